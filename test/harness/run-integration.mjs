// Runs the integration suites inside the real extension host of code-server,
// the offline stand-in for @vscode/test-electron: the workbench loads our
// extension in development mode and runs out/test/integration/index.js.
// A second run starts code-server with workspace trust on, in an untrusted
// folder holding a role file, for the Restricted Mode suite
// (out/test/integration/restricted/index.js); it grants trust when asked.
import { readFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { launchChromium, projectRoot, startCodeServer } from './codeServer.mjs';

const SUITE_TIMEOUT_MS = 5 * 60_000;
/** Printed by the Restricted Mode suite once it has opened the Workspace Trust editor. */
const GRANT_TRUST_MARK = 'CAREER_COMPARE_GRANT_TRUST';

/** Runs one suite index in a fresh code-server; resolves with its exit code and report. */
async function runSuite(suite, serverOptions = {}, onLine = () => {}) {
  const report = join(tmpdir(), `career-compare-integration-${process.pid}-${Date.now()}.log`);
  rmSync(report, { force: true });
  const server = await startCodeServer({ ...serverOptions, testDriver: true, env: { CAREER_COMPARE_TEST_REPORT: report } });
  const browser = await launchChromium();
  let exitCode = 1;
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const done = new Promise((resolve) => {
      page.exposeFunction('codeAutomationExit', (code) => resolve(Number(code)));
    });
    const verbose = process.env.CAREER_COMPARE_VERBOSE === '1';
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const parts = Array.isArray(args) ? args : [args];
      if (verbose) console.log(`[workbench ${type}]`, ...parts);
      onLine(parts.map(String).join(' '), page);
    });
    const payload = [
      ['extensionDevelopmentPath', server.remoteUri(projectRoot)],
      ['extensionTestsPath', server.remoteUri(join(projectRoot, 'out', 'test', 'integration', ...suite, 'index.js'))],
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
  const text = existsSync(report) ? readFileSync(report, 'utf8') : undefined;
  rmSync(report, { force: true });
  return { exitCode, text };
}

/** What a user does to trust a folder: the Workspace Trust editor (already open) → "Trust". */
async function grantTrust(page) {
  try {
    await page.getByRole('button', { name: 'Trust', exact: true }).first().click({ timeout: 30_000 });
  } catch (err) {
    console.error(`Could not press "Trust" in the Workspace Trust editor: ${err instanceof Error ? err.message : err}`);
  }
}

/** An untrusted folder with a role file in .career-compare/, and a user-level role folder with another. */
function restrictedFolders() {
  const root = mkdtempSync(join(tmpdir(), 'career-compare-restricted-'));
  const workspace = join(root, 'workspace');
  const userFolder = join(root, 'user-roles');
  mkdirSync(join(workspace, '.career-compare'), { recursive: true });
  mkdirSync(userFolder, { recursive: true });
  const role = (id, title) =>
    JSON.stringify({ roles: [{ id, title, category: 'Mine', pay: { source: { name: 'My offer', year: 2026 }, yearly: 99000 } }] });
  writeFileSync(
    join(workspace, '.career-compare', 'restricted-workspace-offer.json'),
    role('restricted-workspace-offer', 'Workspace Offer'),
  );
  writeFileSync(join(userFolder, 'restricted-user-role.json'), role('restricted-user-role', 'User Folder Role'));
  return { root, workspace, userFolder };
}

async function main() {
  const main = await runSuite([]);
  if (main.text) process.stdout.write(main.text);
  else console.error('The integration suite wrote no report: it did not load (run with CAREER_COMPARE_VERBOSE=1).');

  const folders = restrictedFolders();
  let granting = false;
  let restricted;
  try {
    restricted = await runSuite(
      ['restricted'],
      { workspaceTrust: true, folder: folders.workspace, settings: { 'careerCompare.userRoleFolder': folders.userFolder } },
      (line, page) => {
        if (!granting && line.includes(GRANT_TRUST_MARK)) {
          granting = true;
          void grantTrust(page);
        }
      },
    );
  } finally {
    rmSync(folders.root, { recursive: true, force: true });
  }
  if (restricted.text) process.stdout.write(restricted.text);
  else console.error('The Restricted Mode suite wrote no report: it did not load (run with CAREER_COMPARE_VERBOSE=1).');
  const ok = main.exitCode === 0 && main.text && restricted.exitCode === 0 && restricted.text;
  process.exit(ok ? 0 : 1);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
