// Career paths (issue 22) in the real extension host: "Find a Career Path…"
// from Electricians to Construction Managers and "Explore Moves From…"
// Electricians, each opened in a fresh panel, timed from the command to the
// webview's "rendered" message, as the comparison's own row is.
import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import type { CareerCompareApi } from '../../src/extension';
import { COMMANDS } from '../../src/host/shared/commands';

const TRIALS = 5;

/** Runs `act` in a fresh editor area and resolves with the ms to the path panel's next paint, and the webview's own paint time. */
async function timedOpen(api: CareerCompareApi, ids: string[], act: () => Thenable<unknown>): Promise<{ ms: number; paintMs: number }> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no paint within 20 s')), 20_000);
    const sub = api.paths.onDidRender((e) => {
      if (e.roleIds.join() !== ids.join()) return;
      clearTimeout(timer);
      sub.dispose();
      resolve({ ms: performance.now() - t0, paintMs: e.paintMs });
    });
    const t0 = performance.now();
    act().then(undefined, reject);
  });
}

export interface PathsBench {
  pathMs: number[];
  pathPaintMs: number[];
  exploreMs: number[];
  explorePaintMs: number[];
}

export async function pathsBench(api: CareerCompareApi): Promise<PathsBench> {
  const out: PathsBench = { pathMs: [], pathPaintMs: [], exploreMs: [], explorePaintMs: [] };
  const pair = ['electricians', 'construction-managers'];
  for (let trial = 0; trial < TRIALS; trial++) {
    const path = await timedOpen(api, pair, () => vscode.commands.executeCommand(COMMANDS.findPath, pair));
    out.pathMs.push(path.ms);
    out.pathPaintMs.push(path.paintMs);
    const explore = await timedOpen(api, ['electricians'], () => vscode.commands.executeCommand(COMMANDS.exploreMoves, 'electricians'));
    out.exploreMs.push(explore.ms);
    out.explorePaintMs.push(explore.paintMs);
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  return out;
}
