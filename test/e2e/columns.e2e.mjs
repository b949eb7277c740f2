// Issue 9, columns: a four-role comparison built from the command palette and
// the Roles tree, the difference marks read from the page and checked against
// the figures it shows, one role removed, and screenshots at four columns,
// wide and narrow, in dark, light and high contrast.
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  chooseMenuEntry,
  comparisonFrame,
  quickPick,
  runCommand,
  screenshot,
  SCREENSHOTS,
  setTheme,
  waitUntil,
  workbenchSession,
} from './workbench.mjs';

const FOUR = ['Registered Nurses', 'Electricians', 'Cooks, Restaurant', 'Software Developers'];
const THEMES = [
  ['Dark Modern', 'vscode-dark', 'dark'],
  ['Light Modern', 'vscode-light', 'light'],
  ['Dark High Contrast', 'vscode-high-contrast', 'high-contrast'],
];
const ZONES = { One: 1, Two: 2, Three: 3, Four: 4, Five: 5 };

/** The figure a cell shows, as a number: "$98,430" → 98430, "4.9%" → 4.9, "Job Zone Three: …" → 3; no data → undefined. */
function figure(text) {
  const zone = /Job Zone (One|Two|Three|Four|Five)/.exec(text);
  if (zone) return ZONES[zone[1]];
  const m = /-?[\d,]+(?:\.\d+)?/.exec(text.replace(/−/g, '-'));
  return m && !/no data/.test(text) ? Number(m[0].replace(/,/g, '')) : undefined;
}

/** Each row of a table section: its label and, per column, the figure's text and the mark's text (if any). */
function readRows(frame, section) {
  return frame.locator(`#section-${section} table tbody tr`).evaluateAll((rows) =>
    rows.map((tr) => ({
      label: tr.querySelector('th').firstChild.textContent,
      cells: [...tr.querySelectorAll('td')].map((td) => {
        const mark = td.querySelector('.best-mark');
        const copy = td.cloneNode(true);
        copy.querySelector('.best-mark')?.remove();
        copy.querySelector('.cell-caption')?.remove();
        return { text: copy.textContent.trim(), mark: mark ? mark.textContent.trim() : null };
      }),
    })),
  );
}

/** A row's marks against its figures: the best (highest or lowest) has "★ words", ties all; none if < 2 figures or all equal. */
function checkMarks(row, better, words) {
  const values = row.cells.map((c) => figure(c.text));
  const known = values.filter((v) => v !== undefined);
  const best = better === 'higher' ? known.reduce((a, b) => Math.max(a, b), -Infinity) : known.reduce((a, b) => Math.min(a, b), Infinity);
  const differ = known.length >= 2 && known.some((v) => v !== known[0]);
  row.cells.forEach((c, i) => {
    const expected = differ && values[i] === best ? `★ ${words}` : null;
    assert.equal(c.mark, expected, `${row.label}, column ${i + 1} (${c.text})`);
  });
  return row.cells.filter((c) => c.mark).length;
}

const CHECKS = [
  ['overview', 'Yearly salary', 'higher', 'Highest pay'],
  ['overview', 'Hourly rate', 'higher', 'Highest pay'],
  ['overview', 'Growth rate', 'higher', 'Fastest growth'],
  ['overview', 'Number of jobs', 'higher', 'Most jobs'],
  ['salary', 'Average salary', 'higher', 'Highest pay'],
  ['salary', 'Median salary', 'higher', 'Highest pay'],
  ['education', 'Job Zone', 'lower', 'Shortest preparation'],
];

async function checkAllMarks(frame) {
  let marked = 0;
  for (const [section, label, better, words] of CHECKS) {
    const row = (await readRows(frame, section)).find((r) => r.label === label);
    assert.ok(row, `${section}: ${label}`);
    marked += checkMarks(row, better, words);
  }
  // Rows without a rule carry no mark (ages, shares, places).
  const ages = (await readRows(frame, 'overview')).find((r) => r.label === 'Average age');
  assert.ok(ages.cells.every((c) => c.mark === null));
  return marked;
}

describe('columns: four roles side by side in the browser workbench', function () {
  const session = workbenchSession({ 'workbench.colorTheme': 'Default Dark Modern' });
  let page;
  before(() => ({ page } = session));

  it('builds a four-role comparison from the palette and the Roles tree', async () => {
    await runCommand(page, 'Career Compare: Compare Roles…');
    await quickPick(page, FOUR[0]);
    await quickPick(page, FOUR[1]);
    const frame = comparisonFrame(page);
    await frame.locator('h1', { hasText: `${FOUR[0]} vs ${FOUR[1]}` }).waitFor();
    await runCommand(page, 'Career Compare: Add Role to Comparison…');
    await quickPick(page, FOUR[2]);
    await frame.locator('h1', { hasText: FOUR.slice(0, 3).join(' vs ') }).waitFor();
    // The fourth from the Roles tree's context menu.
    await page.locator('.activitybar .action-item a[aria-label^="Career Compare"]').click();
    const category = page.locator('.monaco-list-row[role="treeitem"][aria-level="1"]', {
      hasText: 'Computer and Mathematical Occupations',
    });
    if ((await category.getAttribute('aria-expanded')) !== 'true') await category.click();
    const row = page.locator('.monaco-list-row[role="treeitem"][aria-level="2"]', { hasText: FOUR[3] }).first();
    await row.scrollIntoViewIfNeeded();
    await row.click({ button: 'right' });
    await chooseMenuEntry(page, 'Add Role to Comparison…');
    await frame.locator('h1', { hasText: FOUR.join(' vs ') }).waitFor();
    const heads = await frame.locator('#section-overview table thead th').allInnerTexts();
    assert.deepEqual(
      heads.map((h) => h.trim()),
      FOUR,
    );
    const removes = await frame.locator('vscode-button.remove-column').evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-label')));
    assert.deepEqual(
      removes,
      FOUR.map((t) => `Remove ${t}`),
    );
    assert.equal(await frame.locator('vscode-button.add-column').count(), 0, 'no Add role… at four');
    assert.equal(await frame.locator('vscode-button[aria-label="Swap sides"]').count(), 0, 'Swap sides is for two');
  });

  it('marks the best value of each numeric row, checked against the figures shown', async () => {
    const frame = comparisonFrame(page);
    const marked = await checkAllMarks(frame);
    assert.ok(marked >= CHECKS.length, `${marked} marks`);
    // The mark is words, not colour alone, and part of what a screen reader reads in the cell.
    const cell = frame.locator('td', { has: frame.locator('.best-mark') }).first();
    assert.match(await cell.innerText(), /★ \w+/);
    assert.equal(await cell.locator('.best-star').getAttribute('aria-hidden'), 'true');
    const headline = await frame.locator('.headline').innerText();
    assert.match(headline, /pay the most|pays the most/);
    assert.match(headline, /the lowest of the four/);
  });

  it('shows four columns wide and narrow (≤ 600 px) in dark, light and high contrast', async () => {
    const frame = comparisonFrame(page);
    // Close the sidebar: the editor gets the page's width.
    await runCommand(page, 'View: Close Primary Side Bar');
    for (const [theme, cls, name] of THEMES) {
      await setTheme(page, theme, cls);
      await page.setViewportSize({ width: 1500, height: 1200 });
      await frame.locator('h1').scrollIntoViewIfNeeded();
      await page.locator('.part.editor').screenshot({ path: join(SCREENSHOTS, `columns-4-wide-${name}.png`) });
      await frame.locator('#section-education').scrollIntoViewIfNeeded();
      await page.locator('.part.editor').screenshot({ path: join(SCREENSHOTS, `columns-4-wide-${name}-education.png`) });
      await page.setViewportSize({ width: 640, height: 1200 });
      await waitUntil(async () => (await frame.locator('body').evaluate(() => window.innerWidth)) <= 600, 'the panel to be narrow');
      // Narrow: each row is a card, each cell names its role, nothing overflows sideways.
      const layout = await frame.locator('body').evaluate(() => {
        const td = document.querySelector('#section-overview tbody td');
        return {
          display: getComputedStyle(td).display,
          label: getComputedStyle(td, '::before').content,
          overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        };
      });
      assert.equal(layout.display, 'block');
      assert.equal(layout.label, `"${FOUR[0]}"`);
      assert.ok(layout.overflow <= 1, `${name}: the page scrolls sideways by ${layout.overflow} px`);
      await frame.locator('h1').scrollIntoViewIfNeeded();
      await page.locator('.part.editor').screenshot({ path: join(SCREENSHOTS, `columns-4-narrow-${name}.png`) });
    }
    await page.setViewportSize({ width: 1500, height: 1500 });
    await setTheme(page, 'Dark Modern', 'vscode-dark');
  });

  it('removes a role with its column header button, and the marks follow', async () => {
    const frame = comparisonFrame(page);
    await frame.locator(`vscode-button[aria-label="Remove ${FOUR[3]}"]`).click();
    await frame.locator('h1', { hasText: FOUR.slice(0, 3).join(' vs ') }).waitFor();
    await waitUntil(
      async () => (await page.locator('.tabs-container .tab.active').innerText()).trim() === FOUR.slice(0, 3).join(' vs '),
      'the tab title to follow',
    );
    assert.equal(await frame.locator('#section-overview table thead th').count(), 3);
    assert.equal(await frame.locator('vscode-button.add-column').count(), 1, 'Add role… is back below four');
    await checkAllMarks(frame);
    await screenshot(page, 'columns-3-after-remove');
  });
});
