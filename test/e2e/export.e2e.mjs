// End to end, the panel as a reference page: copy a comparison from the
// webview's context menu and paste it into a Markdown editor, the official
// page links, the find widget, and the page's place (scroll, "Show more")
// kept across a tab switch and a window reload.
import * as assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import {
  comparisonFrame,
  openWorkbench,
  quickPick,
  runCommand,
  screenshot,
  waitUntil,
  webviewFocused,
  workbenchSession,
} from './workbench.mjs';

const require = createRequire(import.meta.url);
const { REFERENCE_MARKDOWN } = require('../../out/test/unit/export/referenceExports.js');

const TITLE = 'Technical Manager vs Lead Technician';

/** The clipboard's text, as the workbench page reads it. */
const clipboardText = (page) => page.evaluate(() => navigator.clipboard.readText());

async function compareReference(page) {
  await runCommand(page, 'Career Compare: Compare Roles…');
  await quickPick(page, 'Technical Manager');
  await quickPick(page, 'Lead Technician');
  await comparisonFrame(page).locator('h1', { hasText: TITLE }).waitFor();
}

describe('export and the reference page in the browser workbench', function () {
  const session = workbenchSession({ 'workbench.colorTheme': 'Default Light Modern', 'editor.minimap.enabled': false });
  let page;
  before(async () => {
    ({ page } = session);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
  });

  it('shows Copy in the panel toolbar and the webview context menu', async () => {
    await compareReference(page);
    // Its label ends with its key: "Copy Comparison as Markdown (Shift+Alt+C)".
    await page.locator('.editor-actions .action-label[aria-label^="Copy Comparison as Markdown"]').waitFor();
    const frame = comparisonFrame(page);
    await frame.locator('#section-overview h2').click({ button: 'right' });
    const menu = page.locator('.context-view .monaco-menu');
    await menu.waitFor();
    // The menu fades in: let it settle before the screenshot.
    await new Promise((r) => setTimeout(r, 500));
    const items = await menu.locator('.action-label').allInnerTexts();
    for (const title of ['Copy Comparison as Markdown', 'Save Comparison As…', 'Insert Comparison at Cursor']) {
      assert.ok(
        items.some((t) => t.trim() === title),
        `${title} in ${JSON.stringify(items)}`,
      );
    }
    await screenshot(page, 'export-context-menu');
    await menu.locator('.action-label', { hasText: 'Copy Comparison as Markdown' }).click();
    await waitUntil(
      async () => (await clipboardText(page)) === `${REFERENCE_MARKDOWN.join('\n')}\n`,
      'the comparison on the clipboard',
      20_000,
    );
  });

  it('swaps, copies and adds a role with their keys while the comparison is active, and Compare Roles has a key anywhere', async () => {
    const frame = comparisonFrame(page);
    // Focus in the page, as after reading it: the webview passes keys it does not use on to VS Code.
    await frame.locator('h1', { hasText: TITLE }).click();
    await page.evaluate(() => navigator.clipboard.writeText('cleared'));
    await page.keyboard.press('Shift+Alt+S');
    await frame.locator('h1', { hasText: 'Lead Technician vs Technical Manager' }).waitFor();
    await page.keyboard.press('Shift+Alt+C');
    await waitUntil(
      async () => (await clipboardText(page)).startsWith('# Lead Technician vs Technical Manager\n'),
      'the swapped comparison on the clipboard',
      20_000,
    );
    await page.keyboard.press('Shift+Alt+S');
    await frame.locator('h1', { hasText: TITLE }).waitFor();
    await page.keyboard.press('Shift+Alt+C');
    await waitUntil(
      async () => (await clipboardText(page)) === `${REFERENCE_MARKDOWN.join('\n')}\n`,
      'the comparison copied again',
      20_000,
    );
    await page.keyboard.press('Shift+Alt+A');
    const title = page.locator('.quick-input-widget .quick-input-title');
    await title.filter({ hasText: 'Add Role to Comparison' }).waitFor();
    await screenshot(page, 'keys-add-role');
    await page.keyboard.press('Escape');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
    // From the editor area, not the webview: the Compare Roles key is not tied to the panel.
    await page.locator('.tabs-container .tab.active').click();
    await page.keyboard.press('Control+Shift+Alt+K');
    await title.filter({ hasText: 'Compare Roles (1/2)' }).waitFor();
    await page.keyboard.press('Escape');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  });

  it('pastes the comparison into a Markdown editor as its Markdown text', async () => {
    await runCommand(page, 'File: New Untitled Text File');
    await page.locator('.editor-group-container.active .monaco-editor textarea').waitFor();
    await runCommand(page, 'Change Language Mode');
    await quickPick(page, 'Markdown');
    await page.locator('.editor-group-container.active .monaco-editor .view-lines').click();
    await page.keyboard.press('Control+V');
    await page.locator('.statusbar-item', { hasText: `Ln ${REFERENCE_MARKDOWN.length + 1}, Col 1` }).waitFor({ timeout: 20_000 });
    await page.keyboard.press('Control+Home');
    await screenshot(page, 'export-pasted-markdown');
    // What the editor now holds, read back the way a user would: select all, copy (over a cleared clipboard).
    await page.evaluate(() => navigator.clipboard.writeText('cleared'));
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Control+C');
    await waitUntil(
      async () => (await clipboardText(page)) === `${REFERENCE_MARKDOWN.join('\n')}\n`,
      'the editor to hold exactly the comparison',
      20_000,
    );
    await runCommand(page, 'Markdown: Open Preview to the Side');
    await waitUntil(async () => (await page.locator('iframe.webview.ready').count()) >= 1, 'the Markdown preview');
    await new Promise((r) => setTimeout(r, 1500));
    await screenshot(page, 'export-pasted-markdown-preview');
  });

  it('links an official role to O*NET OnLine and BLS, and the host opens only their pages', async () => {
    await runCommand(page, 'View: Close All Editors');
    const dontSave = page.locator('.monaco-dialog-box .monaco-button', { hasText: "Don't Save" });
    if (await dontSave.isVisible({ timeout: 3000 }).catch(() => false)) await dontSave.click();
    await runCommand(page, 'Career Compare: Compare Roles…');
    await quickPick(page, 'Registered Nurses');
    await quickPick(page, 'Electricians');
    const frame = comparisonFrame(page);
    await frame.locator('h1', { hasText: 'Registered Nurses vs Electricians' }).waitFor();
    const links = frame.locator('.official-pages button.official-link');
    assert.equal(await links.count(), 4);
    assert.deepEqual(
      (await links.allInnerTexts()).map((t) => t.trim()),
      ['O*NET OnLine', 'BLS wages and employment (OEWS)', 'O*NET OnLine', 'BLS wages and employment (OEWS)'],
    );
    // The codicon font loads under the webview's CSP from the extension's own dist folder.
    const iconFont = await frame
      .locator('.official-pages .codicon')
      .first()
      .evaluate((el) => getComputedStyle(el).fontFamily);
    assert.match(iconFont, /codicon/);
    await screenshot(page, 'export-official-links');
    // VS Code asks before opening an external site: the dialog names the address the host built.
    const popup = page
      .context()
      .waitForEvent('page', { timeout: 20_000 })
      .catch(() => undefined);
    await links.first().click();
    const dialog = page.locator('.monaco-dialog-box');
    const opened = await Promise.race([
      dialog.waitFor({ timeout: 20_000 }).then(async () => dialog.innerText()),
      popup.then((p) => p?.url() ?? ''),
    ]);
    assert.match(opened, /https:\/\/www\.onetonline\.org\/link\/summary\/29-1141\.00/);
    if (await dialog.isVisible()) {
      await screenshot(page, 'export-official-link-dialog');
      await dialog.locator('.monaco-button', { hasText: 'Cancel' }).click();
    }
  });

  it('has a find widget', async () => {
    const frame = comparisonFrame(page);
    await frame.locator('h1').click();
    await webviewFocused(page);
    await page.keyboard.press('Control+F');
    const find = page.locator('.simple-find-part-wrapper .simple-find-part.visible');
    await find.waitFor({ timeout: 15_000 });
    await page.keyboard.type('Electricians');
    await waitUntil(async () => (await find.locator('input').inputValue()) === 'Electricians', 'the find widget to take the text');
    await new Promise((r) => setTimeout(r, 500));
    await screenshot(page, 'export-find-widget');
    await page.keyboard.press('Escape');
  });

  it('keeps the scroll position and open "Show more" lists across a tab switch and a window reload', async () => {
    const frame = comparisonFrame(page);
    const more = frame.locator('vscode-button.show-more').first();
    const list = await more.getAttribute('aria-controls');
    await more.click();
    assert.equal(await more.getAttribute('aria-expanded'), 'true');
    await frame.locator('body').evaluate(() => window.scrollTo(0, 900));
    const scrolled = await frame.locator('body').evaluate(() => window.scrollY);
    assert.ok(scrolled > 500, `scrolled to ${scrolled}`);
    await frame.locator('body').evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

    const place = async () =>
      comparisonFrame(page)
        .locator('body')
        .evaluate(
          (_, id) => ({
            y: window.scrollY,
            expanded: document.querySelector(`vscode-button.show-more[aria-controls="${id}"]`)?.getAttribute('aria-expanded'),
          }),
          list,
        );
    const restored = async (what) =>
      waitUntil(
        async () => {
          const now = await place();
          return Math.abs(now.y - scrolled) <= 2 && now.expanded === 'true';
        },
        `the page's place after ${what}`,
        30_000,
      );

    await runCommand(page, 'File: New Untitled Text File');
    await page.locator('.editor-group-container.active .monaco-editor textarea').waitFor();
    await page.locator('.tabs-container .tab', { hasText: 'Registered Nurses vs Electricians' }).click();
    await comparisonFrame(page).locator('h1', { hasText: 'Registered Nurses vs Electricians' }).waitFor();
    await restored('a tab switch');

    await runCommand(page, 'Developer: Reload Window');
    await openWorkbench(page);
    await comparisonFrame(page).locator('h1', { hasText: 'Registered Nurses vs Electricians' }).waitFor({ timeout: 60_000 });
    await restored('a window reload');
    await screenshot(page, 'export-restored-place');
  });
});
