// End to end: a Markdown file in the workspace mentions "registered nurse".
// Cards are off until the user turns them on with Toggle Job Title Hovers;
// then hovering the title shows the role's card (the first one saying how to
// turn them off), the card's "Compare with…" link starts a comparison that the
// user finishes in the picker, and the status bar item turns them off again.
import * as assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { comparisonFrame, quickPick, runCommand, screenshot, waitUntil, workbenchSession } from './workbench.mjs';

const PLAN = [
  '# Career plan',
  '',
  'Today I work as a registered nurse; next year, maybe something else.',
  '',
  'Notes without any title.',
  '',
].join('\n');

/** Opens a workspace file with Quick Open (Ctrl+P), as a user does. */
async function openFile(page, name) {
  await page.locator('.monaco-workbench').click({ position: { x: 700, y: 5 } });
  await waitUntil(async () => {
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible', timeout: 3000 });
    await input.fill(name);
    const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: name }).first();
    await row.waitFor({ timeout: 5000 });
    await page.keyboard.press('Enter');
    return page.locator('.tabs-container .tab.active', { hasText: name }).isVisible();
  }, `${name} to open`);
  await page.locator('.monaco-editor .view-line', { hasText: 'registered' }).waitFor();
}

/** The middle of `word` as the editor draws it (a DOM range over the rendered text). */
async function wordCentre(page, word) {
  return waitUntil(
    () =>
      page.evaluate((w) => {
        for (const span of document.querySelectorAll('.monaco-editor .view-line span')) {
          const text = span.firstChild;
          if (!text || text.nodeType !== Node.TEXT_NODE) continue;
          const at = text.textContent.indexOf(w);
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(text, at + 1);
          range.setEnd(text, at + w.length - 1);
          const box = range.getBoundingClientRect();
          return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
        }
        return undefined;
      }, word),
    `"${word}" drawn in the editor`,
  );
}

const hoverWidget = (page) => page.locator('.monaco-hover:visible');
/** The status bar item shown while the active editor gets cards. */
const hoverStatus = (page) => page.locator('.statusbar-item', { hasText: 'Job titles' });

/** Moves the pointer off and back onto `word` until a card naming `title` shows; returns its text. */
async function cardOver(page, word, title) {
  const at = await wordCentre(page, word);
  await waitUntil(async () => {
    await page.mouse.move(at.x - 30, at.y + 60);
    await page.mouse.move(at.x, at.y, { steps: 3 });
    return hoverWidget(page)
      .filter({ hasText: title })
      .first()
      .waitFor({ timeout: 4000 })
      .then(() => true);
  }, `the hover card for ${title}`);
  return (await hoverWidget(page).filter({ hasText: title }).first().innerText()).replace(/\u00a0/g, ' ');
}

/** Hovers `word` with the cards off: no card, once the editor's hover delay (200 ms here) has long passed. */
async function noCardOver(page, word) {
  await page.mouse.move(5, 5);
  await hoverWidget(page)
    .first()
    .waitFor({ state: 'hidden' })
    .catch(() => undefined);
  const at = await wordCentre(page, word);
  await page.mouse.move(at.x, at.y, { steps: 3 });
  await new Promise((r) => setTimeout(r, 1500));
  assert.equal(await hoverWidget(page).filter({ hasText: 'Yearly pay' }).count(), 0);
}

describe('Hover cards on job titles in the browser workbench', function () {
  const session = workbenchSession({ 'workbench.colorTheme': 'Default Dark Modern', 'editor.hover.delay': 200 });
  let page;
  before(() => {
    ({ page } = session);
    writeFileSync(join(session.server.workspace, 'plan.md'), PLAN);
  });

  it('shows no card until asked; Toggle Job Title Hovers turns them on, and the first card says how to turn them off', async () => {
    await openFile(page, 'plan.md');
    // Off by default: no status bar item says they are on, and the title gets no card.
    assert.equal(await hoverStatus(page).count(), 0);
    await noCardOver(page, 'nurse');
    await runCommand(page, 'Career Compare: Toggle Job Title Hovers');
    await hoverStatus(page).waitFor();
    const text = await cardOver(page, 'nurse', 'Registered Nurses');
    assert.match(text, /Yearly pay \(average\): \$[\d,]+/);
    assert.match(text, /Jobs: [\d,]+/);
    assert.match(text, /Sources: .*2024/);
    assert.ok(text.includes('Open Role') && text.includes('Compare with…'), text);
    assert.match(text, /Career Compare shows these cards on job titles in Markdown\.\s*Turn Off\s*·\s*Settings/);
    await screenshot(page, 'hover-card');
  });

  it('shows no card off a title', async () => {
    await page.mouse.move(5, 5);
    await hoverWidget(page)
      .first()
      .waitFor({ state: 'hidden' })
      .catch(() => undefined);
    const at = await wordCentre(page, 'Notes');
    await page.mouse.move(at.x, at.y, { steps: 3 });
    await new Promise((r) => setTimeout(r, 1500));
    assert.equal(await hoverWidget(page).filter({ hasText: 'Yearly pay' }).count(), 0);
  });

  it('follows "Compare with…" from the card and finishes the comparison', async () => {
    const again = await cardOver(page, 'nurse', 'Registered Nurses');
    assert.doesNotMatch(again, /Turn Off/, 'the hint is on the first card only');
    const link = hoverWidget(page).filter({ hasText: 'Registered Nurses' }).first().locator('a', { hasText: 'Compare with…' });
    await link.hover();
    await link.click();
    await quickPick(page, 'Electricians');
    const frame = comparisonFrame(page);
    await frame.locator('h1', { hasText: 'Registered Nurses vs Electricians' }).waitFor({ timeout: 60_000 });
    await screenshot(page, 'hover-compare-with');
  });

  it('turns the cards off from the status bar item, and on again with the command', async () => {
    await openFile(page, 'plan.md');
    await hoverStatus(page).click();
    await hoverStatus(page).waitFor({ state: 'detached' });
    await noCardOver(page, 'nurse');
    await runCommand(page, 'Career Compare: Toggle Job Title Hovers');
    await hoverStatus(page).waitFor();
    await cardOver(page, 'nurse', 'Registered Nurses');
    await screenshot(page, 'hover-toggled-on-again');
  });
});
