// End to end: the packaged extension installed in the real VS Code workbench
// (code-server), driven in Chromium as a user would drive it.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { projectRoot } from '../harness/codeServer.mjs';
import { comparisonFrame, openWorkbench, quickPick, runCommand, screenshot, SCREENSHOTS, setTheme, workbenchSession } from './workbench.mjs';

const require = createRequire(import.meta.url);
const { technicalManager, leadTechnician } = require('../../out/test/support/referenceFigures.js');

const roleFile = (id) => JSON.parse(readFileSync(join(projectRoot, 'data', 'roles', `${id}.json`), 'utf8')).roles[0];

/** What each role's column shows: table cells and skill groups, as rendered text. */
function columnTexts(frame) {
  return frame.locator('main').evaluate((main) => {
    const columns = [];
    const add = (i, text) => (columns[i] ??= []).push(text);
    for (const row of main.querySelectorAll('table.comparison tbody tr')) {
      [...row.querySelectorAll('td')].forEach((td, i) => add(i, td.innerText));
    }
    main.querySelectorAll('#section-skills .column').forEach((col, i) => add(i, col.innerText));
    return columns.map((c) => c.join('\n'));
  });
}

describe('Career Compare in the browser workbench', function () {
  const session = workbenchSession({ 'workbench.colorTheme': 'Default Dark Modern' });
  let page;
  before(() => ({ page } = session));

  it('compares Technical Manager with Lead Technician from the command palette', async () => {
    await runCommand(page, 'Career Compare: Compare Roles…');
    await quickPick(page, 'Technical Manager');
    await quickPick(page, 'Lead Technician');
    const frame = comparisonFrame(page);
    await frame.locator('h1', { hasText: 'Technical Manager vs Lead Technician' }).waitFor();
    const tab = page.locator('.tabs-container .tab.active');
    assert.equal((await tab.innerText()).trim(), 'Technical Manager vs Lead Technician');
  });

  it('shows every figure of the reference page in the right column', async () => {
    const frame = comparisonFrame(page);
    const [left, right] = await columnTexts(frame);
    for (const [text, role] of [[left, technicalManager], [right, leadTechnician]]) {
      for (const figure of role.figures) assert.ok(text.includes(figure), `${role.title}: ${figure} not shown`);
    }
    const headline = await frame.locator('.headline').innerText();
    assert.match(headline, /\$26,004 \(28\.7%\) more/);
    assert.match(headline, /1–2 years/);
    // Unknown is shown as unknown: job satisfaction has no data for either role.
    const satisfaction = frame.locator('tr', { has: frame.locator('th', { hasText: 'Job satisfaction' }) });
    assert.equal(await satisfaction.locator('.no-data-label', { hasText: 'no data' }).count(), 2);
  });

  it('shows the skill bars with their numbers', async () => {
    const frame = comparisonFrame(page);
    const groups = frame.locator('#section-skills .column');
    for (const [i, role] of [technicalManager, leadTechnician].entries()) {
      const bars = groups.nth(i).locator('.bar');
      assert.equal(await bars.count(), role.skills.length);
      for (const [j, [name, value]] of role.skills.entries()) {
        const bar = bars.nth(j);
        assert.equal(await bar.locator('.bar-label').innerText(), name);
        assert.equal(await bar.locator('.bar-value').innerText(), value);
        assert.ok(await bar.locator('.bar-value').isVisible());
        // Heard with its scale: "Project Management: 7% of the role’s skill mentions".
        assert.ok((await bar.getAttribute('aria-label')).startsWith(`${name}: ${value} of `), `${name} says its scale`);
        const width = await bar.locator('.bar-fill').evaluate((el) => el.getBoundingClientRect().width);
        assert.ok(width > 0, `${name} bar is drawn`);
      }
    }
  });

  it('reveals every responsibility with Show more, and hides them with Show less', async () => {
    const frame = comparisonFrame(page);
    const columns = frame.locator('#section-responsibilities .column');
    for (const [i, id] of ['technical-manager', 'lead-technician'].entries()) {
      const items = roleFile(id).responsibilities.items;
      const col = columns.nth(i);
      const visible = () => col.locator('li:visible').allInnerTexts();
      assert.ok((await visible()).length < items.length);
      await col.locator('vscode-button.show-more').click();
      assert.deepEqual(await visible(), items);
      assert.equal(await col.locator('vscode-button.show-more').innerText(), 'Show less');
      await col.locator('vscode-button.show-more').click();
      assert.equal((await visible()).length, 4);
    }
  });

  it('follows dark, light and both high contrast themes', async () => {
    const frame = comparisonFrame(page);
    for (const [theme, cls, name] of [
      ['Dark Modern', 'vscode-dark', 'dark'],
      ['Light Modern', 'vscode-light', 'light'],
      ['Dark High Contrast', 'vscode-high-contrast', 'high-contrast'],
      ['Light High Contrast', 'vscode-high-contrast-light', 'high-contrast-light'],
    ]) {
      await setTheme(page, theme, cls);
      await frame.locator('h1').scrollIntoViewIfNeeded();
      await screenshot(page, `comparison-${name}-top`);
      await page.locator('.part.editor').screenshot({ path: join(SCREENSHOTS, `editor-${name}.png`) });
      await frame.locator('#section-demographics').scrollIntoViewIfNeeded();
      await screenshot(page, `comparison-${name}-demographics`);
      await frame.locator('#section-skills').scrollIntoViewIfNeeded();
      await screenshot(page, `comparison-${name}-skills`);
      // Text and background differ in every theme: the theme's colours reached the webview.
      const [fg, bg] = await frame.locator('body').evaluate((b) => [getComputedStyle(b).color, getComputedStyle(b).backgroundColor]);
      assert.notEqual(fg, bg, `${name}: text is visible`);
    }
  });

  it('opens a comparison from the Roles tree with Compare with…', async () => {
    await page.locator('.activitybar .action-item a[aria-label^="Career Compare"]').click();
    await expandCategory(page, 'Computer and Mathematical Occupations');
    const row = page.locator('.monaco-list-row[role="treeitem"]', { hasText: 'Lead Technician' });
    await row.waitFor();
    assert.match(await row.innerText(), /\$90,615/);
    await row.hover();
    await row.locator('.action-label[aria-label="Compare with…"]').click();
    await quickPick(page, 'Technical Manager');
    const frame = comparisonFrame(page);
    await frame.locator('h1', { hasText: 'Lead Technician vs Technical Manager' }).waitFor();
    await screenshot(page, 'tree-compare-with');
  });

  it('changes a role from the picker inside the webview, and the panel title follows', async () => {
    const frame = comparisonFrame(page);
    await frame.locator('h1', { hasText: 'Lead Technician vs Technical Manager' }).waitFor();
    const first = frame.locator('vscode-dropdown').first();
    await first.click();
    await first.locator('vscode-option', { hasText: 'Technical Manager' }).click();
    await frame.locator('h1', { hasText: 'Technical Manager vs Lead Technician' }).waitFor();
    const tab = page.locator('.tabs-container .tab.active');
    await assertEventually(async () => (await tab.innerText()).trim() === 'Technical Manager vs Lead Technician');
    await frame.locator('vscode-button[aria-label="Swap sides"]').click();
    await frame.locator('h1', { hasText: 'Lead Technician vs Technical Manager' }).waitFor();
    await assertEventually(async () => (await tab.innerText()).trim() === 'Lead Technician vs Technical Manager');
  });

  it('replaces a role through "Search all roles…" in the webview picker', async () => {
    const frame = comparisonFrame(page);
    const second = frame.locator('vscode-dropdown').nth(1);
    await second.click();
    await second.locator('vscode-option', { hasText: 'Search all roles…' }).click();
    await quickPick(page, 'Electricians');
    await frame.locator('h1', { hasText: 'Lead Technician vs Electricians' }).waitFor();
    await assertEventually(async () => (await page.locator('.tabs-container .tab.active').innerText()).trim() === 'Lead Technician vs Electricians');
    // Back to the pair the next tests expect.
    await second.click();
    await second.locator('vscode-option', { hasText: 'Search all roles…' }).click();
    await quickPick(page, 'Technical Manager');
    await frame.locator('h1', { hasText: 'Lead Technician vs Technical Manager' }).waitFor();
  });

  it('drops a malformed message inside the webview, keeps the comparison and logs the problem', async () => {
    const frame = comparisonFrame(page);
    await frame.locator('body').evaluate(() => window.postMessage({ type: 'show', view: { title: 42 } }, '*'));
    await frame.locator('h1', { hasText: 'Lead Technician vs Technical Manager' }).waitFor();
    await runCommand(page, 'Career Compare: Show Log');
    const log = page.locator('.part.panel .monaco-editor .view-lines');
    // Monaco renders spaces as no-break spaces.
    const logText = async () => (await log.innerText()).replace(/\u00a0/g, ' ');
    await assertEventually(async () => /\[warning\] Webview: invalid message \(type "show"\): view\.title/.test(await logText()));
    await screenshot(page, 'log-after-bad-message');
  });

  it('opens a role page by clicking it in the tree', async () => {
    await expandCategory(page, 'Management Occupations');
    const row = page.locator('.monaco-list-row[role="treeitem"]', { hasText: 'Technical Manager' });
    await row.click();
    const frame = comparisonFrame(page);
    await frame.locator('h1', { hasText: /^Technical Manager$/ }).waitFor();
    assert.equal(await frame.locator('table.comparison thead th').count() / (await frame.locator('table.comparison').count()), 1);
  });

  it('comes back showing the same comparison after a window reload', async () => {
    await runCommand(page, 'Career Compare: Compare Roles…');
    await quickPick(page, 'Lead Technician');
    await quickPick(page, 'Technical Manager');
    await comparisonFrame(page).locator('h1', { hasText: 'Lead Technician vs Technical Manager' }).waitFor();
    // Developer: Reload Window, as a user reloads VS Code (it saves the workbench state first).
    const reloaded = page.waitForEvent('framenavigated', { predicate: (f) => f === page.mainFrame() });
    await runCommand(page, 'Developer: Reload Window');
    await reloaded;
    await openWorkbench(page);
    await comparisonFrame(page).locator('h1', { hasText: 'Lead Technician vs Technical Manager' }).waitFor();
    const tab = page.locator('.tabs-container .tab.active');
    assert.equal((await tab.innerText()).trim(), 'Lead Technician vs Technical Manager');
    await screenshot(page, 'restored-after-reload');
  });

  it('logs no errors from the webview, CSP included', () => {
    const ours = session.consoleErrors.filter((e) => /Content Security Policy|webview|vscode-resource|vscode-cdn/i.test(e));
    assert.deepEqual(ours, []);
  });
});

/** Expands one category of the Roles tree and collapses the others (the tree only draws rows in view). */
async function expandCategory(page, name) {
  const open = page.locator('.monaco-list-row[role="treeitem"][aria-level="1"][aria-expanded="true"]');
  for (let n = await open.count(); n > 0; n--) {
    const first = open.first();
    if ((await first.innerText()).includes(name)) break;
    await first.click();
  }
  const category = page.locator('.monaco-list-row[role="treeitem"][aria-level="1"]', { hasText: name });
  if ((await category.getAttribute('aria-expanded')) !== 'true') await category.click();
  await page.locator(`.monaco-list-row[role="treeitem"][aria-expanded="true"]`, { hasText: name }).waitFor();
}

async function assertEventually(check, timeoutMs = 10_000) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.fail('condition not met in time');
}

describe('official occupations in the browser workbench', function () {
  const session = workbenchSession();
  let page;
  before(() => ({ page } = session));

  it('compares Registered Nurses with Electricians, figures as BLS publishes them', async () => {
    await runCommand(page, 'Career Compare: Compare Roles…');
    await quickPick(page, 'Registered Nurses');
    await quickPick(page, 'Electricians');
    const frame = comparisonFrame(page);
    await frame.locator('h1', { hasText: 'Registered Nurses vs Electricians' }).waitFor();
    const [nurses, electricians] = await columnTexts(frame);
    const oews = parse(readFileSync(join(projectRoot, '..', 'shared', 'public-data', 'bls', 'oews_national_M2024_dl.csv'), 'utf8'), {
      columns: true,
      bom: true,
    });
    const ep = parse(readFileSync(join(projectRoot, '..', 'shared', 'public-data', 'bls', 'employment_projections_2024-34.csv'), 'utf8'), {
      columns: true,
      bom: true,
    });
    const money = (s) => `$${Number(s.replace(/,/g, '')).toLocaleString('en-US')}`;
    for (const [soc, text] of [['29-1141', nurses], ['47-2111', electricians]]) {
      const row = oews.find((r) => r.OCC_CODE === soc && r.O_GROUP === 'detailed');
      const projection = ep.find((r) => r['Occupation Code'] === soc);
      const expected = [
        money(row.A_MEAN),
        `$${Number(row.H_MEAN).toFixed(2)}`,
        Number(row.TOT_EMP.replace(/,/g, '')).toLocaleString('en-US'),
        `${money(row.A_PCT10)} – ${money(row.A_PCT90)}`,
        money(row.A_MEDIAN),
        `${Number(projection['Employment Percent Change, 2024-2034'])}%`,
        projection['Typical Entry-Level Education'],
      ];
      for (const figure of expected) assert.ok(text.includes(figure), `${soc}: ${figure} not shown`);
    }
    const attribution = await frame.locator('#section-skills .attribution').innerText();
    assert.match(attribution, /O\*NET 29\.3 Database .* CC BY 4\.0/);
    await frame.locator('#section-skills').scrollIntoViewIfNeeded();
    await screenshot(page, 'official-nurses-vs-electricians-skills');
    await frame.locator('h1').scrollIntoViewIfNeeded();
    await screenshot(page, 'official-nurses-vs-electricians-top');
  });

  it('finds an occupation by an alternate title with a typo in Search Roles…, and opens it', async () => {
    await runCommand(page, 'Career Compare: Search Roles…');
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await input.fill('charge nurce');
    // "Charge Nurse" is an alternate title of two occupations; both must be offered.
    const rows = page.locator('.quick-input-widget .monaco-list-row');
    const nurses = rows.filter({ hasText: /^Registered Nurses/ });
    await nurses.waitFor();
    assert.match(await nurses.innerText(), /also “Charge Nurse”/);
    assert.match(await rows.filter({ hasText: /^Licensed Practical and Licensed Vocational Nurses/ }).innerText(), /also “Charge Nurse”/);
    await screenshot(page, 'search-alternate-title-typo');
    await nurses.click();
    await quickPick(page, 'Open Role');
    await comparisonFrame(page).locator('h1', { hasText: /^Registered Nurses$/ }).waitFor();
  });
});

