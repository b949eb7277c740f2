// The web half of `npm run bench`, run as an extensionTestsPath inside the
// web worker extension host (the web-only package in development mode, see
// bench/webVscode.mjs): activation measured as bench/vscode/index.ts measures
// it on Node, then the first data load, a cold search and Compare Roles to
// the webview's "rendered". Bundled for the worker (only `vscode` is there),
// it prints one "BENCH-WEB {json}" line.
import * as vscode from 'vscode';
import type { CareerCompareApi } from '../../src/extension';

const TRIALS = 5;
const PAIR = ['technical-manager', 'lead-technician'];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Set by the bundler (bench/webVscode.mjs): how long to let the workbench settle before activating. */
declare const BENCH_SETTLE_MS: number;

export async function run(): Promise<void> {
  const out: Record<string, unknown> = { nodeProcessSeenByTheSuite: typeof process !== 'undefined' };
  const ext = vscode.extensions.getExtension<CareerCompareApi>('career-compare.career-compare')!;
  // The worker shares the page's CPU with the loading workbench: activation is timed at once (as on
  // Node) in some sessions and after the workbench settles in others.
  await sleep(BENCH_SETTLE_MS);
  out.settleMs = BENCH_SETTLE_MS;
  const started = performance.now();
  const api = await ext.activate();
  out.activationTotalMs = performance.now() - started;
  out.activateBodyMs = api.activateMs;
  out.runtime = api.runtime;
  out.dataLoadedAtActivation = api.repository.loaded;

  const searched = performance.now();
  await api.repository.search('registred nurse', 10);
  out.firstSearchColdMs = performance.now() - searched;
  out.catalogLoadMs = api.repository.timings.catalogMs ?? null;
  out.catalogCoreMs = api.repository.timings.catalogCoreMs ?? null;
  out.catalogReadMs = api.repository.timings.catalogReadMs ?? null;
  out.catalogValidateMs = api.repository.timings.catalogValidateMs ?? null;
  out.searchIndexLoadMs = api.repository.timings.searchIndexMs ?? null;

  const bridge: number[] = [];
  for (let trial = 0; trial < TRIALS; trial++) {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await sleep(300);
    const t0 = performance.now();
    const rendered = new Promise<void>((resolve) => {
      const sub = api.panel.onDidRender(() => {
        bridge.push(performance.now() - t0);
        sub.dispose();
        resolve();
      });
    });
    await vscode.commands.executeCommand('careerCompare.compareRoles', PAIR);
    await Promise.race([rendered, sleep(30_000)]);
  }
  out.compareBridgeMs = bridge;
  console.log(`BENCH-WEB ${JSON.stringify(out)}`);
}
