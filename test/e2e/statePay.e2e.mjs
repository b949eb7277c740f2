// End to end, pay where you live (issue 21): Set Your State… from the
// palette picks Texas; Registered Nurses vs Electricians then shows Texas's
// pay with the national figure beside, says so in the header, and draws the
// map of pay by state with every tile named; "Show as table" gives the same
// figures as a table sorted by a click; Set Your Pay… places $85,000 on each
// chart; the header's button goes back to national figures; Clear Your Pay
// takes the mark away.
import * as assert from 'node:assert/strict';
import {
  comparisonFrame,
  quickPick,
  runCommand,
  screenshot,
  setTheme,
  typeInFreshQuickPick,
  waitUntil,
  workbenchSession,
} from './workbench.mjs';

/** The cells of a table row of the Overview, by its label: the figure and the national line under it. */
async function overviewRow(frame, label) {
  const row = frame.locator('#section-overview tr', { has: frame.locator('th', { hasText: label }) }).first();
  return (await row.locator('td').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
}

describe('pay where you live: your state, the map of pay by state and your pay', function () {
  const session = workbenchSession();

  it('Set Your State… picks Texas from the palette, and the comparison shows its figures with the national ones beside', async () => {
    const { page } = session;
    await runCommand(page, 'Career Compare: Set Your State…');
    await quickPick(page, 'Texas');
    await runCommand(page, 'Career Compare: Compare Roles…');
    await quickPick(page, 'Registered Nurses');
    await quickPick(page, 'Electricians');
    const frame = comparisonFrame(page);
    await frame.locator('h1', { hasText: 'Registered Nurses vs Electricians' }).waitFor();
    await frame.locator('.pay-place', { hasText: 'Pay for: Texas' }).waitFor();
    const yearly = await overviewRow(frame, 'Yearly salary');
    assert.match(yearly[0], /\$91,690.*United States: \$98,430/);
    assert.match(yearly[1], /\$57,250.*United States: \$69,630/);
    assert.match(await frame.locator('#section-overview').innerText(), /Pay and jobs are for Texas/);
    assert.match(await frame.locator('.headline').first().innerText(), /In Texas, Registered Nurses pay more/);
    await screenshot(page, 'state-header-texas');
  });

  it('draws a map per role, every state and DC named with its pay, Texas outlined', async () => {
    const { page } = session;
    const frame = comparisonFrame(page);
    const maps = frame.locator('.state-map');
    await maps.first().waitFor();
    assert.equal(await maps.count(), 2);
    for (let i = 0; i < 2; i++) assert.equal(await maps.nth(i).locator('.map-tile[role="img"]').count(), 51);
    const texas = maps.first().locator('.map-tile[aria-label^="Texas: $91,690 a year, 261,050 jobs"]');
    assert.equal(await texas.count(), 1);
    assert.match(await texas.getAttribute('class'), /chosen/);
    await maps.first().scrollIntoViewIfNeeded();
    await screenshot(page, 'state-map-texas');
    for (const [theme, cls, name] of [
      ['Light Modern', 'vscode-light', 'light'],
      ['Dark High Contrast', 'vscode-high-contrast', 'high-contrast'],
      ['Dark Modern', 'vscode-dark', 'dark'],
    ]) {
      await setTheme(page, theme, cls);
      if (name !== 'dark') await screenshot(page, `state-map-texas-${name}`);
    }
  });

  it('"Show as table" gives the same figures as a table; a click sorts it', async () => {
    const { page } = session;
    const frame = comparisonFrame(page);
    await frame.locator('.map-view-toggle').click();
    const table = frame.locator('table.map-table');
    await table.waitFor();
    assert.equal(await frame.locator('.map-view-toggle').getAttribute('aria-pressed'), 'true');
    assert.equal(await table.locator('tbody tr').count(), 51);
    const texasRow = (await table.locator('tbody tr', { has: frame.locator('th', { hasText: 'Texas' }) }).innerText()).replace(/\s+/g, ' ');
    assert.match(texasRow, /\$91,690 261,050 \$57,250/);
    const sortByPay = table.locator('button.map-sort').nth(1);
    await sortByPay.click();
    await waitUntil(async () => (await table.locator('th[aria-sort]').count()) === 1, 'the table to say how it is sorted');
    const order = await table.locator('th[aria-sort]').getAttribute('aria-sort');
    const first = await table.locator('tbody tr').first().locator('td').first().innerText();
    const last = await table.locator('tbody tr').nth(50).locator('td').first().innerText();
    const dollars = (s) => Number(s.replace(/[^\d]/g, '')) || 0;
    assert.ok(order === 'descending' ? dollars(first) >= dollars(last) : dollars(first) <= dollars(last), `${order}: ${first} … ${last}`);
    await table.scrollIntoViewIfNeeded();
    await screenshot(page, 'state-map-table');
    await frame.locator('.map-view-toggle').click();
    await frame.locator('.state-map').first().waitFor();
  });

  it('Set Your Pay… places $85,000 on each chart and says which percentile it is', async () => {
    const { page } = session;
    await runCommand(page, 'Career Compare: Set Your Pay…');
    await typeInFreshQuickPick(page, '85000');
    await page.keyboard.press('Enter');
    const frame = comparisonFrame(page);
    const says = frame.locator('.range-your-pay-says');
    await waitUntil(async () => (await says.count()) === 2, 'both charts to place the pay');
    assert.match(await says.first().innerText(), /^\$85,000 is about the \d+(st|nd|rd|th) percentile of Registered Nurses in Texas\.$/);
    assert.match(await says.nth(1).innerText(), /Electricians in Texas/);
    await says.first().scrollIntoViewIfNeeded();
    await screenshot(page, 'your-pay');
  });

  it("the header's button goes back to national figures; Clear Your Pay takes the mark away", async () => {
    const { page } = session;
    const frame = comparisonFrame(page);
    await frame.locator('.pay-place').click();
    await quickPick(page, 'United States (national)');
    await frame.locator('.pay-place', { hasText: 'Pay for: United States' }).waitFor();
    const yearly = await overviewRow(frame, 'Yearly salary');
    assert.match(yearly[0], /^\$98,430/);
    assert.doesNotMatch(yearly[0], /United States:/);
    await runCommand(page, 'Career Compare: Clear Your Pay');
    await waitUntil(async () => (await frame.locator('.range-your-pay-says').count()) === 0, 'the pay mark to go');
  });
});
