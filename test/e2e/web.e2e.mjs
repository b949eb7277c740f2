// End to end in VS Code for the Web: the packaged extension without its Node
// entry (package.json `main` removed, only `browser` left), installed into
// code-server, so the workbench can run it only in the browser's web worker
// extension host. The extension's log says where it runs (measured inside
// it: no Node process); Compare Roles, the tree, search, the panel, a folder
// import through vscode.workspace.fs and a download refused for want of CORS
// headers are driven as a user drives them.
import * as assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../harness/codeServer.mjs';
import { writeWebOnlyVsix } from '../harness/webVariant.mjs';
import { comparisonFrame, quickPick, runCommand, screenshot, typeInFreshQuickPick, waitUntil, workbenchSession } from './workbench.mjs';

const require = createRequire(import.meta.url);
const { technicalManager, leadTechnician } = require('../../out/test/support/referenceFigures.js');
const { ONET_FOLDER, serveRoutes } = require('../../out/test/support/onetZip.js');

/** The workspace: an O*NET release folder the web workbench can open (the three files the import reads). */
const home = mkdtempSync(join(tmpdir(), 'career-compare-web-'));
const workspace = join(home, 'workspace');
const releaseFolder = join(workspace, 'onet-29.3');
mkdirSync(releaseFolder, { recursive: true });
for (const name of ['Occupation Data.txt', 'Task Statements.txt', 'Read Me.txt'])
  copyFileSync(join(ONET_FOLDER, name), join(releaseFolder, name));

// A server on another port that sends no CORS headers: the browser refuses to let the worker read it.
const server = await serveRoutes({ '/db_29_3_text.zip': { body: new Uint8Array([0x50, 0x4b]) } });

/** The visible text of the Output panel, spaces normalised. */
const outputText = (page) =>
  page
    .locator('.part.panel .monaco-editor .view-lines')
    .innerText()
    .then((t) => t.replace(/\u00a0/g, ' '));

const pickRowLabelled = (page, label) =>
  page
    .locator('.quick-input-widget .monaco-list-row')
    .filter({ has: page.locator('.label-name', { hasText: new RegExp(`^${label}$`) }) })
    .first();

describe('Career Compare in VS Code for the Web (web worker extension host)', function () {
  const session = workbenchSession(
    { 'workbench.colorTheme': 'Default Dark Modern', 'careerCompare.onet.downloadUrl': `${server.origin}/db_29_3_text.zip` },
    { vsix: () => writeWebOnlyVsix(join(projectRoot, 'career-compare.vsix'), join(home, 'career-compare-web.vsix')), folder: workspace },
  );
  let page;
  before(() => ({ page } = session));
  after(async () => {
    await server.close();
    rmSync(home, { recursive: true, force: true });
  });

  it('runs the web build in a web worker extension host, with no Node process', async () => {
    const output = page.locator('.part.panel .monaco-editor .view-lines');
    let runs = 0;
    let lastRun = 0;
    const line = await waitUntil(
      async () => {
        if (!(await output.isVisible())) {
          // As the web window starts, a notification can take focus and close the palette
          // without running the command; a user whose log did not open runs it again.
          if (Date.now() - lastRun > 15_000) {
            await runCommand(page, 'Career Compare: Show Log');
            runs++;
            lastRun = Date.now();
          }
          return undefined;
        }
        const text = await outputText(page);
        // The Output view wraps long lines at a space, which it keeps at the end of the first part.
        return /Career Compare \w+ build, running in .*? ms\./.exec(text.replace(/\n/g, ''))?.[0];
      },
      'the log line saying where the extension runs',
      90_000,
      async () =>
        `Show Log run ${runs} times; panel visible: ${await page.locator('.part.panel').isVisible()}; notifications: ${(
          await page
            .locator('.notifications-toasts')
            .innerText()
            .catch(() => '')
        ).slice(0, 300)}`,
    );
    assert.match(
      line,
      /^Career Compare web build, running in a web worker extension host \(no Node\.js process\), web UI; activate\(\) took \d+\.\d\d ms\.$/,
    );
    await screenshot(page, 'web-host-log');
  });

  it('lists the roles in the tree, with their figures', async () => {
    await page.locator('.activitybar .action-item a[aria-label^="Career Compare"]').click();
    const category = page.locator('.monaco-list-row[role="treeitem"][aria-level="1"]', {
      hasText: 'Computer and Mathematical Occupations',
    });
    await category.click();
    const row = page.locator('.monaco-list-row[role="treeitem"]', { hasText: 'Lead Technician' });
    await row.waitFor();
    assert.match(await row.innerText(), /\$90,615/);
    await screenshot(page, 'web-tree');
  });

  it('compares Technical Manager with Lead Technician, every figure of the reference page shown', async () => {
    await runCommand(page, 'Career Compare: Compare Roles…');
    await quickPick(page, 'Technical Manager');
    await quickPick(page, 'Lead Technician');
    const frame = comparisonFrame(page);
    await frame.locator('h1', { hasText: 'Technical Manager vs Lead Technician' }).waitFor();
    const columns = await frame.locator('main').evaluate((main) => {
      const out = [];
      for (const row of main.querySelectorAll('table.comparison tbody tr')) {
        [...row.querySelectorAll('td')].forEach((td, i) => (out[i] = `${out[i] ?? ''}\n${td.innerText}`));
      }
      main.querySelectorAll('#section-skills .column').forEach((col, i) => (out[i] = `${out[i] ?? ''}\n${col.innerText}`));
      return out;
    });
    for (const [i, role] of [technicalManager, leadTechnician].entries()) {
      for (const figure of role.figures) assert.ok(columns[i].includes(figure), `${role.title}: ${figure} not shown`);
    }
    assert.match(await frame.locator('.headline').innerText(), /\$26,004 \(28\.7%\) more/);
    await screenshot(page, 'web-comparison');
  });

  it('finds an occupation by a misspelt alternate title and opens it', async () => {
    await runCommand(page, 'Career Compare: Search Roles…');
    await typeInFreshQuickPick(page, 'charge nurce');
    await pickRowLabelled(page, 'Registered Nurses').click();
    await quickPick(page, 'Open Role');
    await comparisonFrame(page).locator('h1', { hasText: 'Registered Nurses' }).waitFor();
  });

  it('says that a download from a server without CORS headers cannot work here, and what to do instead', async () => {
    await runCommand(page, 'Career Compare: Download O*NET Descriptions');
    const toast = page.locator('.notifications-toasts .notification-toast', { hasText: 'the O*NET download failed' });
    await toast.waitFor({ timeout: 60_000 });
    const text = await toast.innerText();
    assert.match(text, /the browser could not fetch from 127\.0\.0\.1:\d+/);
    assert.match(text, /CORS/);
    await screenshot(page, 'web-download-refused');
    // Cleared with the command, as from the keyboard: the toast's own close button shows only while hovered,
    // and on a busy machine the toast can shrink out from under the pointer.
    await runCommand(page, 'Notifications: Clear All Notifications');
    await toast.waitFor({ state: 'hidden' });
  });

  it('imports an O*NET release from a folder of the workspace, through the editor file system', async () => {
    await runCommand(page, 'Career Compare: Import O*NET Database…');
    const widget = page.locator('.quick-input-widget');
    await widget.locator('.quick-input-title', { hasText: 'Choose the folder of an O*NET text release' }).waitFor();
    const input = widget.locator('.quick-input-box input');
    // The simple file dialog fills in its start folder as it loads: wait for that, or it can overwrite the path typed.
    await waitUntil(async () => (await input.inputValue()) !== '', 'the folder dialog to show its start folder');
    await input.fill(`${releaseFolder}/`);
    // Enter on a folder's path chooses it (a second Enter if the first only opened it); a path the dialog
    // changed back is typed again, so Enter never takes another folder.
    await waitUntil(async () => {
      if (!(await widget.isVisible())) return true;
      if (!(await input.inputValue()).startsWith(releaseFolder)) {
        await input.fill(`${releaseFolder}/`);
        return false;
      }
      await page.keyboard.press('Enter');
      await new Promise((r) => setTimeout(r, 500));
      return !(await widget.isVisible());
    }, 'the folder dialog to take the release folder');
    await page
      .locator('.notifications-toasts', { hasText: /imported descriptions and tasks for \d+ occupations/ })
      .waitFor({ timeout: 120_000 });
    const about = comparisonFrame(page).locator('#section-description');
    await about.locator('p.description').first().waitFor({ timeout: 30_000 });
    assert.match(await about.locator('.sources').innerText(), /O\*NET 29\.3 Database \(imported\)/);
    await screenshot(page, 'web-import');
  });
});
