// Runs the integration suites inside the real extension host of code-server,
// the offline stand-in for @vscode/test-electron: the workbench loads our
// extension in development mode and runs out/test/integration/index.js.
import { readFileSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { launchChromium, projectRoot, startCodeServer } from './codeServer.mjs';

const SUITE_TIMEOUT_MS = 5 * 60_000;

async function main() {
  const report = join(tmpdir(), `career-compare-integration-${process.pid}.log`);
  rmSync(report, { force: true });
  const server = await startCodeServer({ testDriver: true, env: { CAREER_COMPARE_TEST_REPORT: report } });
  const browser = await launchChromium();
  let exitCode = 1;
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const done = new Promise((resolve) => {
      page.exposeFunction('codeAutomationExit', (code) => resolve(Number(code)));
    });
    const verbose = process.env.CAREER_COMPARE_VERBOSE === '1';
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      if (verbose) console.log(`[workbench ${type}]`, ...(Array.isArray(args) ? args : [args]));
    });
    const payload = [
      ['extensionDevelopmentPath', server.remoteUri(projectRoot)],
      ['extensionTestsPath', server.remoteUri(join(projectRoot, 'out', 'test', 'integration', 'index.js'))],
      ['skipWelcome', 'true'],
    ];
    await page.goto(server.workbenchUrl(payload));
    exitCode = await Promise.race([done, new Promise((resolve) => setTimeout(() => resolve('timeout'), SUITE_TIMEOUT_MS))]);
    if (exitCode === 'timeout') {
      console.error(`The integration suite did not finish within ${SUITE_TIMEOUT_MS / 1000} s.`);
      exitCode = 1;
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  if (existsSync(report)) process.stdout.write(readFileSync(report, 'utf8'));
  else console.error('The integration suite wrote no report: it did not load (run with CAREER_COMPARE_VERBOSE=1).');
  process.exit(exitCode === 0 && existsSync(report) ? 0 : 1);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
