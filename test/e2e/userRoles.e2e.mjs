// End to end: the user adds a role file in .career-compare/ and compares it
// with an official role; a mistake in the file shows in the Problems panel;
// New Role File… starts one from an official role.
import * as assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { comparisonFrame, quickPick, runCommand, screenshot, waitUntil, workbenchSession } from './workbench.mjs';

const offer = (yearly) =>
  JSON.stringify(
    {
      roles: [
        {
          id: 'acme-offer',
          title: 'Acme Data Scientist Offer',
          category: 'Offers',
          pay: { source: { name: 'Acme offer letter', year: 2026 }, yearly },
          growth: { source: { name: 'My estimate', year: 2026 }, rate: 5 },
        },
      ],
    },
    null,
    2,
  );

describe('Your Roles in the browser workbench', function () {
  const session = workbenchSession({ 'workbench.colorTheme': 'Default Dark Modern' });
  let page;
  let file;
  before(() => {
    ({ page } = session);
    const dir = join(session.server.workspace, '.career-compare');
    mkdirSync(dir, { recursive: true });
    file = join(dir, 'acme-offer.json');
  });

  it('a role file added to .career-compare/ appears under "Your Roles" in the tree, without a reload', async () => {
    await page.locator('.activitybar .action-item a[aria-label^="Career Compare"]').click();
    await page.locator('.monaco-list-row[role="treeitem"][aria-level="1"]').first().waitFor({ timeout: 60_000 });
    writeFileSync(file, offer(150000));
    const group = page.locator('.monaco-list-row[role="treeitem"][aria-level="1"]', { hasText: 'Your Roles' });
    await group.waitFor({ timeout: 30_000 });
    await group.click();
    const row = page.locator('.monaco-list-row[role="treeitem"][aria-level="2"]', { hasText: 'Acme Data Scientist Offer' });
    await row.waitFor();
    assert.match(await row.innerText(), /\$150,000/);
    await screenshot(page, 'user-roles-tree');
  });

  it('compares it with an official role from the command palette', async () => {
    await runCommand(page, 'Career Compare: Compare Roles…');
    await quickPick(page, 'Acme Data Scientist Offer');
    await quickPick(page, 'Data Scientists');
    const frame = comparisonFrame(page);
    await frame.locator('h1', { hasText: 'Acme Data Scientist Offer vs Data Scientists' }).waitFor({ timeout: 60_000 });
    const overview = await frame.locator('main').innerText();
    assert.match(overview, /\$150,000/);
    assert.match(overview, /Acme offer letter, 2026/);
    await screenshot(page, 'user-roles-compare');
  });

  it('a mistake in the file shows in the Problems panel at its line, and clears when fixed', async () => {
    writeFileSync(file, offer('a lot'));
    await runCommand(page, 'View: Focus Problems (Errors, Warnings, Infos)');
    const problem = page.locator('.markers-panel .monaco-list-row', { hasText: 'field "pay.yearly": expected dollars' });
    await problem.waitFor({ timeout: 30_000 });
    assert.match(await problem.innerText(), /Career Compare/);
    assert.match(await page.locator('.markers-panel').innerText(), /Ln 12, Col 19/);
    await screenshot(page, 'user-roles-problems');
    writeFileSync(file, offer(150000));
    await waitUntil(async () => (await problem.count()) === 0, 'the problem to clear once the file is fixed', 30_000);
  });

  it('New Role File… starts a file from an official role, pay and skills filled in', async () => {
    await runCommand(page, 'Career Compare: New Role File…');
    await quickPick(page, 'Registered Nurses');
    await page.locator('.tabs-container .tab.active', { hasText: 'my-registered-nurses.json' }).waitFor({ timeout: 30_000 });
    const editor = page.locator('.editor-instance .view-lines').first();
    await waitUntil(async () => /"skills"/.test(await editor.innerText()) || /"pay"/.test(await editor.innerText()), 'the file text');
    await screenshot(page, 'user-roles-new-file');
    // The group went away while the file was broken (no valid role of yours), so it comes back collapsed.
    const group = page.locator('.monaco-list-row[role="treeitem"][aria-level="1"]', { hasText: 'Your Roles' });
    // The row's text is its label and its count ("Your Roles" and "2"), not always with a space between.
    await waitUntil(async () => /Your Roles\s*2\s*$/.test(await group.innerText()), 'both of your roles in the tree', 30_000);
    if ((await group.getAttribute('aria-expanded')) !== 'true') await group.click();
    await page
      .locator('.monaco-list-row[role="treeitem"][aria-level="2"]', { hasText: 'My Registered Nurses' })
      .waitFor({ timeout: 30_000 });
    await screenshot(page, 'user-roles-tree-two');
  });
});
