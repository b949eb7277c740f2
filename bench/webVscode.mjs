// Drives the web half of the benchmark: the web-only package (no `main`)
// unpacked and loaded in development mode into code-server, so it runs in the
// browser's web worker extension host, with bench/web/index.ts (bundled for
// the worker) as its test suite. One fresh session each; the suite prints
// one "BENCH-WEB {json}" line, which the workbench passes to the page.
// Activation is timed at once in half the sessions and after a pause in the
// others: the worker shares the page's CPU with the loading workbench.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { launchChromium, projectRoot, startCodeServer } from '../test/harness/codeServer.mjs';
import { unpackWebOnly } from '../test/harness/webVariant.mjs';

async function session(settleMs) {
  const dir = mkdtempSync(join(tmpdir(), 'career-compare-web-bench-'));
  const extension = unpackWebOnly(join(projectRoot, 'career-compare.vsix'), dir);
  const suite = join(extension, 'bench-web.js');
  await esbuild.build({
    entryPoints: [join(projectRoot, 'bench', 'web', 'index.ts')],
    outfile: suite,
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    logLevel: 'warning',
    define: { BENCH_SETTLE_MS: String(settleMs) },
  });
  const server = await startCodeServer({ testDriver: true });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    let result;
    const got = new Promise((resolve) => (result = resolve));
    const seen = (text) => {
      const at = text.indexOf('BENCH-WEB {');
      if (at >= 0)
        result(
          JSON.parse(
            text
              .slice(at + 10)
              .replace(/%c.*$/, '')
              .trim(),
          ),
        );
    };
    const finished = new Promise((resolve) => page.exposeFunction('codeAutomationExit', (code) => resolve(Number(code))));
    await page.exposeFunction('codeAutomationLog', (_type, args) => seen((Array.isArray(args) ? args : [args]).join(' ')));
    page.on('console', (m) => seen(m.text()));
    const payload = [
      ['extensionDevelopmentPath', server.remoteUri(extension)],
      ['extensionTestsPath', server.remoteUri(suite)],
      ['skipWelcome', 'true'],
    ];
    await page.goto(server.workbenchUrl(payload));
    const timeout = (ms) => new Promise((r) => setTimeout(() => r('timeout'), ms).unref());
    const first = await Promise.race([got, finished.then((code) => ({ exited: code })), timeout(5 * 60_000)]);
    if (first === 'timeout' || 'exited' in first) throw new Error(`the web bench suite gave no result (${JSON.stringify(first)})`);
    return first;
  } finally {
    await browser.close();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Activation in the worker, timed at once (as on Node) and after the workbench has settled for `settleMs`. */
export async function runWebBench(sessions = 3, settleMs = 8000) {
  const results = [];
  for (let i = 0; i < sessions; i++) results.push(await session(0), await session(settleMs));
  return results;
}
