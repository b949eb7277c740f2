// End to end: the Roles view as a browser — sorted and filtered from its title
// bar and its "…" menu (without writing settings.json), a role starred into Favourites (kept across a window reload), a recent
// comparison reopened with one click — in the real workbench, as a user does it.
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { projectRoot } from '../harness/codeServer.mjs';
import {
  chooseMenuEntry,
  comparisonFrame,
  openWorkbench,
  quickPick,
  runCommand,
  screenshot,
  waitUntil,
  workbenchSession,
} from './workbench.mjs';

const PUBLIC = join(projectRoot, '..', 'shared', 'public-data');
const money = (n) => `$${Math.round(n).toLocaleString('en-US')}`;

/** The best paid detailed occupation in the OEWS national file, read with csv-parse (no project code). */
function bestPaidInOews() {
  const rows = parse(readFileSync(join(PUBLIC, 'bls', 'oews_national_M2024_dl.csv'), 'utf8'), { columns: true, bom: true });
  let best;
  for (const row of rows) {
    if (row.O_GROUP !== 'detailed' || row.I_GROUP !== 'cross-industry') continue;
    const mean = Number(row.A_MEAN.replace(/,/g, ''));
    if (Number.isFinite(mean) && row.A_MEAN.trim() !== '' && (!best || mean > best.mean)) best = { title: row.OCC_TITLE, mean };
  }
  return best;
}

const sidebar = (page) => page.locator('.part.sidebar');
const rows = (page) => sidebar(page).locator('.monaco-list-row[role="treeitem"]');
const topRows = (page) => sidebar(page).locator('.monaco-list-row[role="treeitem"][aria-level="1"]');
const titleAction = (page, label) => sidebar(page).locator(`.action-label[aria-label^="${label}"]`).filter({ visible: true }).first();

/** Runs an entry of the Roles view's "…" menu, as a user does: the menu button, then the entry by its name. */
async function menuAction(page, label) {
  await sidebar(page).locator('.composite.title .action-label[aria-label$="More Actions..."]').filter({ visible: true }).first().click();
  await chooseMenuEntry(page, label);
}

async function openRolesView(page) {
  // After a reload the workbench restores the side bar a moment later: wait for it before deciding to click,
  // since the activity bar icon toggles the side bar and a click on an open view would close it.
  const shown = await titleAction(page, 'Filter')
    .waitFor({ timeout: 5000 })
    .then(() => true)
    .catch(() => false);
  if (!shown) await page.locator('.activitybar .action-item a[aria-label^="Career Compare"]').click();
  await rows(page).first().waitFor();
}

/** Answers an input box: waits for it, replaces its text, presses Enter. */
async function answerInput(page, text) {
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible' });
  await waitUntil(async () => {
    await input.fill(text);
    return (await input.inputValue()) === text;
  }, `the input box to take "${text}"`);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

/** Switches the colour theme with "Preferences: Color Theme" and waits for the workbench to take it. */
async function setWorkbenchTheme(page, theme, workbenchClass) {
  await runCommand(page, 'Preferences: Color Theme');
  await page
    .locator('.quick-input-widget .monaco-list-row')
    .filter({ has: page.locator('.label-name', { hasText: new RegExp(`^${theme}$`) }) })
    .first()
    .click();
  await page.locator(`.monaco-workbench.${workbenchClass}`).waitFor({ timeout: 30_000 });
}

describe('the Roles view as a browser', function () {
  const session = workbenchSession({ 'workbench.colorTheme': 'Default Dark Modern' });
  let page;
  before(() => ({ page } = session));
  const best = bestPaidInOews();

  /** The user's settings.json and the workspace's as they are on disk now, but the colour theme (the tests switch it). */
  const settingsFiles = () =>
    [join(session.server.userDataDir, 'User', 'settings.json'), join(session.server.workspace, '.vscode', 'settings.json')].map((f) => {
      if (!existsSync(f)) return '(none)';
      const { 'workbench.colorTheme': _theme, ...rest } = JSON.parse(readFileSync(f, 'utf8'));
      return rest;
    });
  let settingsBefore;

  it('shows three icons in its title bar, the rest under "…"', async () => {
    await openRolesView(page);
    settingsBefore = settingsFiles();
    // The view is alone in its container, so its actions are drawn in the container's title.
    const icons = sidebar(page).locator('.composite.title .action-label').filter({ visible: true });
    const labels = (await icons.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')))).filter(Boolean);
    console.log(`      title bar: ${labels.join(' | ')}`);
    assert.deepEqual(
      labels.map((l) => l.replace(/ \(.*\)$/, '')),
      ['Compare Roles…', 'Search Roles…', 'Filter…', 'Collapse All', 'Views and More Actions...'],
    );
  });

  it('sorts by pay from the "…" menu: the first role is the best paid occupation in the OEWS file', async () => {
    await menuAction(page, 'Sort By…');
    await quickPick(page, 'Pay (highest first)');
    await menuAction(page, 'Show as One List');
    await waitUntil(
      async () => (await topRows(page).first().getAttribute('aria-expanded')) === null,
      'the tree to list roles, not categories',
    );
    const first = (await topRows(page).first().innerText()).trim();
    console.log(`      first role: ${first.replace(/\s+/g, ' ')}; OEWS best paid: ${best.title}, ${money(best.mean)}`);
    assert.match(first, new RegExp(`^${best.title}\\s*${money(best.mean).replace('$', '\\$')}$`));
    await sidebar(page)
      .getByText(/Sorted by pay, highest first\. \d+ without a pay figure are listed last\./)
      .waitFor();
  });

  it('filters by minimum pay from the title bar, says what it shows, and Clear Filter shows all', async () => {
    await titleAction(page, 'Filter').click();
    await quickPick(page, 'Minimum pay…');
    await answerInput(page, '300k');
    const message = sidebar(page).getByText(/^Showing \d+ of [\d,]+ roles: pay ≥ \$300,000\./);
    await message.waitFor();
    assert.match(await message.innerText(), /left out because their data lacks a figure the filter needs/);
    const listed = await topRows(page).allInnerTexts();
    assert.ok(listed.length >= 3 && listed.length < 20, `${listed.length} roles of $300,000 or more`);
    for (const text of listed) {
      const pay = Number(/\$([\d,]+)/.exec(text)[1].replace(/,/g, ''));
      assert.ok(pay >= 300000, `${text} pays at least $300,000`);
    }
    for (const [theme, cls, name] of [
      ['Light Modern', 'vs', 'light'],
      ['Dark High Contrast', 'hc-black', 'high-contrast'],
      ['Dark Modern', 'vs-dark', 'dark'],
    ]) {
      await setWorkbenchTheme(page, theme, cls);
      await screenshot(page, `roles-sorted-filtered-${name}`);
    }
    await menuAction(page, 'Clear Filter');
    await message.waitFor({ state: 'detached' });
    await waitUntil(async () => (await topRows(page).count()) > 20, 'every role listed again');
    // Sort, grouping and filter are the view's state: neither settings file changed.
    assert.deepEqual(settingsFiles(), settingsBefore);
  });

  it('stars a role from the tree and finds it in Favourites after a window reload', async () => {
    const row = topRows(page).filter({ hasText: best.title }).first();
    await row.hover();
    await row.locator('.action-label[aria-label="Add to Favourites"]').click();
    const group = topRows(page).first();
    await waitUntil(async () => /^Favourites\s*1$/.test((await group.innerText()).trim()), 'a Favourites group at the top');
    const reloaded = page.waitForEvent('framenavigated', { predicate: (f) => f === page.mainFrame() });
    await runCommand(page, 'Developer: Reload Window');
    await reloaded;
    await openWorkbench(page);
    await openRolesView(page);
    await waitUntil(async () => /^Favourites\s*1$/.test((await topRows(page).first().innerText()).trim()), 'Favourites after the reload');
    // The sort chosen before the reload is kept with the view, not in settings.
    await sidebar(page)
      .getByText(/Sorted by pay, highest first/)
      .waitFor();
    const starred = sidebar(page).locator('.monaco-list-row[role="treeitem"][aria-level="2"]').first();
    assert.match(await starred.innerText(), new RegExp(`^${best.title}`));
    await screenshot(page, 'roles-favourites-after-reload');
  });

  it('reopens a recent comparison with one click', async () => {
    await runCommand(page, 'Career Compare: Compare Roles…');
    await quickPick(page, 'Technical Manager');
    await quickPick(page, 'Lead Technician');
    await comparisonFrame(page).locator('h1', { hasText: 'Technical Manager vs Lead Technician' }).waitFor();
    await runCommand(page, 'View: Close All Editors');
    await page.locator('iframe.webview').waitFor({ state: 'detached' });
    const recent = rows(page).filter({ hasText: 'Technical Manager vs Lead Technician' });
    await recent.waitFor();
    await recent.click();
    await comparisonFrame(page).locator('h1', { hasText: 'Technical Manager vs Lead Technician' }).waitFor();
    await screenshot(page, 'roles-recent-reopened');
  });

  it("stars a role from the comparison panel's column header", async () => {
    const frame = comparisonFrame(page);
    const star = frame.locator('vscode-button.star[aria-label="Favourite: Lead Technician"]');
    assert.equal(await star.getAttribute('aria-pressed'), 'false');
    await star.click();
    await waitUntil(async () => (await star.getAttribute('aria-pressed')) === 'true', 'the star to show it is pressed');
    await waitUntil(async () => /^Favourites\s*2$/.test((await topRows(page).first().innerText()).trim()), 'Lead Technician in Favourites');
    await screenshot(page, 'panel-star-pressed');
  });

  it('logs no errors from the webview, CSP included', () => {
    const ours = session.consoleErrors.filter((e) => /Content Security Policy|webview|vscode-resource|vscode-cdn/i.test(e));
    assert.deepEqual(ours, []);
  });
});
