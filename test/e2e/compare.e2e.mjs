// End to end: the packaged extension installed in the real VS Code workbench
// (code-server), driven in Chromium as a user would drive it.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { projectRoot } from '../harness/codeServer.mjs';
import {
  comparisonFrame,
  openWorkbench,
  quickPick,
  runCommand,
  screenshot,
  SCREENSHOTS,
  setTheme,
  typeInFreshQuickPick,
  webviewFocused,
  workbenchSession,
} from './workbench.mjs';

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
    for (const [text, role] of [
      [left, technicalManager],
      [right, leadTechnician],
    ]) {
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
    for (const [theme, cls, name] of THEMES) {
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
    const row = page.locator('.monaco-list-row[role="treeitem"]', { hasText: /^Lead Technician(?! vs)/ });
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
    await assertEventually(
      async () => (await page.locator('.tabs-container .tab.active').innerText()).trim() === 'Lead Technician vs Electricians',
    );
    // Back to the pair the next tests expect.
    await second.click();
    await second.locator('vscode-option', { hasText: 'Search all roles…' }).click();
    await quickPick(page, 'Technical Manager');
    await frame.locator('h1', { hasText: 'Lead Technician vs Technical Manager' }).waitFor();
  });

  it('drops a malformed message inside the webview, keeps the comparison and logs the problem', async () => {
    const frame = comparisonFrame(page);
    await frame.locator('body').evaluate(() => window.postMessage({ type: 'show', page: { view: { title: 42 } } }, '*'));
    await frame.locator('h1', { hasText: 'Lead Technician vs Technical Manager' }).waitFor();
    await runCommand(page, 'Career Compare: Show Log');
    const log = page.locator('.part.panel .monaco-editor .view-lines');
    // Monaco renders spaces as no-break spaces.
    const logText = async () => (await log.innerText()).replace(/\u00a0/g, ' ');
    await assertEventually(async () => /\[warning\] Webview: invalid message \(type "show"\): page\.view\.title/.test(await logText()));
    await screenshot(page, 'log-after-bad-message');
  });

  it('opens a role page by clicking it in the tree', async () => {
    await expandCategory(page, 'Management Occupations');
    const row = page.locator('.monaco-list-row[role="treeitem"]', { hasText: /^Technical Manager(?! vs)/ });
    await row.click();
    const frame = comparisonFrame(page);
    await frame.locator('h1', { hasText: /^Technical Manager$/ }).waitFor();
    assert.equal((await frame.locator('table.comparison thead th').count()) / (await frame.locator('table.comparison').count()), 1);
    await webviewFocused(page);
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

const THEMES = [
  ['Dark Modern', 'vscode-dark', 'dark'],
  ['Light Modern', 'vscode-light', 'light'],
  ['Dark High Contrast', 'vscode-high-contrast', 'high-contrast'],
  ['Light High Contrast', 'vscode-high-contrast-light', 'high-contrast-light'],
];

const publicData = (...parts) => readFileSync(join(projectRoot, '..', 'shared', 'public-data', ...parts), 'utf8');
const readCsv = (...parts) => parse(publicData(...parts), { columns: true, bom: true });
const readTsv = (...parts) => parse(publicData(...parts), { columns: true, delimiter: '\t', quote: false, relax_column_count: true });
const num = (s) => Number(String(s).replace(/,/g, ''));
const money = (s) => `$${num(s).toLocaleString('en-US')}`;
const count = (s) => num(s).toLocaleString('en-US');

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
    for (const [soc, text] of [
      ['29-1141', nurses],
      ['47-2111', electricians],
    ]) {
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

  it('shows pay by state and industry, percentiles, demographics and fields of study as the raw files have them', async () => {
    const frame = comparisonFrame(page);
    await frame.locator('h1', { hasText: 'Registered Nurses vs Electricians' }).waitFor();
    const national = readCsv('bls', 'oews_national_M2024_dl.csv');
    const states = readCsv('bls', 'oews_state_M2024_detailed.csv');
    const industries = readCsv('bls', 'oews_nat3d_M2024_trimmed.csv');
    const cps = readCsv('bls', 'cps_cpsaat11_2022.csv');
    const cip = readCsv('nces', 'cip2020_soc2018_crosswalk.csv');
    const cells = (sectionId, label) =>
      frame
        .locator(`#section-${sectionId} tbody tr`)
        .filter({ has: frame.locator('th', { hasText: label }) })
        .locator('td');
    for (const [column, soc, cpsTitle] of [
      [0, '29-1141', 'Registered nurses'],
      [1, '47-2111', 'Electricians'],
    ]) {
      const occupation = national.find((r) => r.OCC_CODE === soc && r.O_GROUP === 'detailed');

      // Highest paying state: the largest published annual mean, blanks left out.
      const paid = states.filter((r) => r.OCC_CODE === soc && r.A_MEAN !== '').sort((a, b) => num(b.A_MEAN) - num(a.A_MEAN));
      const state = await cells('salary', 'Highest paying state').nth(column).innerText();
      assert.equal(state, `${paid[0].AREA_TITLE}: ${money(paid[0].A_MEAN)} a year, ${count(paid[0].TOT_EMP)} jobs`);
      const topStates = await cells('salary', 'Top paying states')
        .nth(column)
        .locator('.bar')
        .evaluateAll((bars) => bars.map((b) => b.getAttribute('aria-label')));
      assert.deepEqual(
        topStates,
        paid.slice(0, 10).map((r) => `${r.AREA_TITLE}: ${money(r.A_MEAN)} a year (annual mean wage)`),
      );

      // Best paying industry: the highest annual mean among industries with at least 1% of the occupation's jobs.
      const floor = num(occupation.TOT_EMP) / 100;
      const kept = industries.filter(
        (r) => r.OCC_CODE === soc && r.O_GROUP === 'detailed' && num(r.TOT_EMP) >= floor && !Number.isNaN(num(r.A_MEAN)),
      );
      const best = kept.sort((a, b) => num(b.A_MEAN) - num(a.A_MEAN))[0];
      assert.equal(
        await cells('salary', 'Best paying industry').nth(column).innerText(),
        `${best.NAICS_TITLE}: ${money(best.A_MEAN)} a year, ${count(best.TOT_EMP)} jobs`,
      );

      // Percentiles, as text on the shared range chart.
      const figures = await frame.locator('#section-pay-range .range-figures').nth(column).innerText();
      for (const [label, key] of [
        ['10th percentile', 'A_PCT10'],
        ['25th percentile', 'A_PCT25'],
        ['Median', 'A_MEDIAN'],
        ['75th percentile', 'A_PCT75'],
        ['90th percentile', 'A_PCT90'],
      ]) {
        assert.ok(figures.includes(`${label} ${money(occupation[key])}`), `${soc}: ${label} ${money(occupation[key])} not in ${figures}`);
      }

      // Demographics: CPS table 11's row for the Census title; these two are their Census occupations alone, so unlabelled.
      const row = cps.find((r) => r.Occupation === cpsTitle);
      const gender = cells('demographics', 'Gender ratio').nth(column);
      await gender.locator(`.bar[aria-label="Women: ${Number(row.Women).toFixed(1)}% of workers"]`).waitFor();
      const race = cells('demographics', 'Race ratio').nth(column);
      for (const [name, key] of [
        ['White', 'White'],
        ['Asian', 'Asian'],
        ['Black or African American', 'Black or African American'],
      ]) {
        await race.locator(`.bar[aria-label="${name}: ${Number(row[key]).toFixed(1)}% of workers"]`).waitFor();
      }

      // Related fields of study: programs the NCES crosswalk pairs with the occupation, labelled as related programs.
      const fields = cells('education', 'Related fields of study').nth(column);
      const shown = await fields.locator('li').allInnerTexts();
      const programs = cip.filter((r) => r.SOC2018Code === soc).map((r) => r.CIP2020Title.replace(/\.$/, ''));
      assert.equal(shown.length, Math.min(6, programs.length));
      for (const title of shown) assert.ok(programs.includes(title), `${soc}: "${title}" is not a related program`);
      assert.match(await fields.locator('.cell-caption').innerText(), /^Related programs, not a ranking/);
    }
    assert.equal(await frame.locator('#section-demographics th', { hasText: 'Census occupation' }).count(), 0);
    // O*NET suppresses the nurses' top education category: the overview shows BLS's typical entry-level education, labelled.
    const degree = cells('overview', 'Most common degree').first();
    assert.match(await degree.innerText(), /^Bachelor's degree\nTypical entry-level education \(BLS\), not the most common degree$/);
    // A row no official source fills reads "no data" and says why in a visible footnote.
    assert.match(
      await frame.locator('#section-salary ol.footnotes').innerText(),
      /Best paying company: BLS does not publish pay by employer\./,
    );
    const company = cells('salary', 'Best paying company').first();
    const why = await company.getAttribute('aria-describedby');
    assert.match(await frame.locator(`#${why}`).innerText(), /pay by employer/);
  });

  it('shows the new sections in dark, light and both high contrast themes', async () => {
    const frame = comparisonFrame(page);
    for (const [theme, cls, name] of THEMES) {
      await setTheme(page, theme, cls);
      for (const id of ['salary', 'pay-range', 'education', 'demographics', 'technologies', 'related']) {
        await frame.locator(`#section-${id}`).scrollIntoViewIfNeeded();
        await frame.locator(`#section-${id}`).screenshot({ path: join(SCREENSHOTS, `official-${name}-${id}.png`) });
      }
      const [fg, bg] = await frame.locator('body').evaluate((b) => [getComputedStyle(b).color, getComputedStyle(b).backgroundColor]);
      assert.notEqual(fg, bg, `${name}: text is visible`);
    }
  });

  it('marks hot technologies in text and keeps the rest behind Show more', async () => {
    const frame = comparisonFrame(page);
    const first = frame.locator('#section-technologies .column').first();
    const visible = await first.locator('li:visible').count();
    assert.equal(visible, 10);
    assert.match(await first.locator('li').first().innerText(), /Hot Technology/);
    await first.locator('vscode-button.show-more').click();
    assert.ok((await first.locator('li:visible').count()) > visible);
  });

  it('opens a related role from its link, and compares it with another through Compare with…', async () => {
    const frame = comparisonFrame(page);
    const related = readTsv('onet-29.3', 'Related Occupations.txt')
      .filter((r) => r['O*NET-SOC Code'] === '29-1141.00')
      .map((r) => r['Related Title']);
    const links = frame.locator('#section-related .column').first().locator('.role-link');
    const titles = await links.allInnerTexts();
    assert.ok(titles.length > 0);
    for (const title of titles) assert.ok(related.includes(title), `${title} is not an O*NET related occupation of Registered Nurses`);
    assert.deepEqual(
      titles,
      related.filter((t) => titles.includes(t)),
      'in O*NET order',
    );
    await links.first().click();
    await frame.locator('h1', { hasText: new RegExp(`^${titles[0]}$`) }).waitFor();
    await screenshot(page, 'official-related-role-opened');
    await frame.locator('#section-related .compare-with').first().click();
    await quickPick(page, 'Registered Nurses');
    await frame.locator('h1', { hasText: /vs Registered Nurses$/ }).waitFor();
    await webviewFocused(page);
  });

  it("labels a Census group's figures as the group's where they show", async () => {
    // The Census list gives Cooks the broad SOC group 35-2010; the catalog's roles in it are OEWS's 35-201x rows.
    const census = readCsv('census', 'census_2018_occupation_codes.csv');
    const { census_title: title } = census.find((r) => r.soc_code === '35-2010');
    const national = readCsv('bls', 'oews_national_M2024_dl.csv');
    const covers = national.filter((r) => r.O_GROUP === 'detailed' && r.OCC_CODE.startsWith('35-201')).length;
    const label = `Figures for the Census occupation '${title}', which covers ${covers} occupations`;
    await runCommand(page, 'Career Compare: Open Role…');
    await quickPick(page, 'Cooks, Restaurant');
    const frame = comparisonFrame(page);
    await frame.locator('h1', { hasText: /^Cooks, Restaurant$/ }).waitFor();
    const figuresFor = frame
      .locator('#section-demographics tbody tr')
      .filter({ has: frame.locator('th', { hasText: 'Census occupation' }) });
    assert.equal(await figuresFor.locator('td').innerText(), label);
    const overviewAge = frame.locator('#section-overview tbody tr').filter({ has: frame.locator('th', { hasText: 'Median age' }) });
    assert.equal(await overviewAge.locator('.cell-caption').innerText(), label);
    await frame.locator('#section-demographics').screenshot({ path: join(SCREENSHOTS, 'official-census-group-demographics.png') });
    // Let the panel's late focus land, then click away as a user would: quick
    // picks opened next give focus back to the sidebar, not to the webview.
    await webviewFocused(page);
    await page.locator('.part.sidebar .title-label').click();
  });

  it('draws top-coded percentiles as open ends labelled "≥ $239,200", as BLS marks them "#"', async () => {
    const national = readCsv('bls', 'oews_national_M2024_dl.csv');
    const chiefs = national.find((r) => r.OCC_CODE === '11-1011' && r.O_GROUP === 'detailed');
    assert.deepEqual([chiefs.A_PCT75, chiefs.A_PCT90], ['#', '#']);
    await runCommand(page, 'Career Compare: Compare Roles…');
    await quickPick(page, 'Chief Executives');
    await quickPick(page, 'Registered Nurses');
    const frame = comparisonFrame(page);
    await frame.locator('h1', { hasText: 'Chief Executives vs Registered Nurses' }).waitFor();
    const chart = frame.locator('#section-pay-range');
    const first = chart.locator('.range-row').first();
    assert.equal(await first.locator('.range-open-end').count(), 1);
    assert.equal(await first.locator('.range-open-label').innerText(), '≥ $239,200');
    const figures = await chart.locator('.range-figures').first().innerText();
    assert.match(figures, /90th percentile ≥ \$239,200/);
    assert.ok(figures.includes(`Median ${money(chiefs.A_MEDIAN)}`));
    assert.match(await first.locator('.range-plot').getAttribute('aria-label'), /90th percentile ≥ \$239,200/);
    assert.equal(await chart.locator('.range-row').nth(1).locator('.range-open-end').count(), 0);
    await chart.scrollIntoViewIfNeeded();
    await chart.screenshot({ path: join(SCREENSHOTS, 'official-top-coded-pay-range.png') });
    await webviewFocused(page);
    await page.locator('.part.sidebar .title-label').click();
  });

  it('says in the footnote why an hourly-only role and one without industry job counts have no best paying industry', async () => {
    const industries = readCsv('bls', 'oews_nat3d_M2024_trimmed.csv').filter((r) => r.O_GROUP === 'detailed');
    assert.ok(
      industries.filter((r) => r.OCC_CODE === '27-2011').every((r) => r.A_MEAN === '*'),
      'Actors: hourly wages only',
    );
    assert.ok(
      industries.filter((r) => r.OCC_CODE === '35-2013').every((r) => r.TOT_EMP === '**'),
      'no industry job count',
    );
    await runCommand(page, 'Career Compare: Compare Roles…');
    await quickPick(page, 'Actors');
    await quickPick(page, 'Cooks, Private Household');
    const frame = comparisonFrame(page);
    await frame.locator('h1', { hasText: 'Actors vs Cooks, Private Household' }).waitFor();
    const notes = frame.locator('#section-salary ol.footnotes');
    const text = await notes.innerText();
    assert.match(text, /Best paying industry: Actors: BLS publishes only an hourly wage for this occupation/);
    assert.match(text, /Cooks, Private Household: BLS publishes no job count for it in any industry \(“\*\*”\), so no industry can meet/);
    const best = frame.locator('#section-salary tbody tr').filter({ has: frame.locator('th', { hasText: 'Best paying industry' }) });
    const why = await best.locator('td').nth(1).getAttribute('aria-describedby');
    assert.match(await frame.locator(`#${why}`).innerText(), /Cooks, Private Household: BLS publishes no job count/);
    await notes.scrollIntoViewIfNeeded();
    await frame.locator('#section-salary').screenshot({ path: join(SCREENSHOTS, 'official-industry-gaps.png') });
    await webviewFocused(page);
    await page.locator('.part.sidebar .title-label').click();
  });

  it('finds an occupation by an alternate title with a typo in Search Roles…, and opens it', async () => {
    await runCommand(page, 'Career Compare: Search Roles…');
    await typeInFreshQuickPick(page, 'charge nurce');
    // "Charge Nurse" is an alternate title of two occupations; both must be offered.
    const rows = page.locator('.quick-input-widget .monaco-list-row');
    const nurses = rows.filter({ hasText: /^Registered Nurses/ });
    await nurses.waitFor();
    assert.match(await nurses.innerText(), /also “Charge Nurse”/);
    assert.match(await rows.filter({ hasText: /^Licensed Practical and Licensed Vocational Nurses/ }).innerText(), /also “Charge Nurse”/);
    await screenshot(page, 'search-alternate-title-typo');
    await nurses.click();
    await quickPick(page, 'Open Role');
    await comparisonFrame(page)
      .locator('h1', { hasText: /^Registered Nurses$/ })
      .waitFor();
  });
});
