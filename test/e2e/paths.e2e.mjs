// End to end: "Find a Career Path…" from the palette, from Electricians to
// Construction Managers, drawn as a labelled picture with the routes listed
// beside it, in four themes; a step opens its skill gap; "Explore Moves
// From…" lists the roles within reach and filters them.
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { describeAxe, runAxe } from './axe.mjs';
import { quickPick, runCommand, screenshot, SCREENSHOTS, setTheme, waitUntil, workbenchSession } from './workbench.mjs';

const THEMES = [
  ['Dark Modern', 'vscode-dark', 'dark'],
  ['Light Modern', 'vscode-light', 'light'],
  ['Dark High Contrast', 'vscode-high-contrast', 'high-contrast'],
  ['Light High Contrast', 'vscode-high-contrast-light', 'high-contrast-light'],
];

/** The frame of the webview now visible (the path page, or whichever panel is in front). */
const visibleFrame = (page) => page.frameLocator('iframe.webview.ready:visible').frameLocator('#active-frame');
const activeTab = async (page) => (await page.locator('.tabs-container .tab.active').innerText()).trim();
const SUPERVISORS = 'First-Line Supervisors of Construction Trades and Extraction Workers';

describe('career paths in the browser workbench', function () {
  const session = workbenchSession({ 'workbench.colorTheme': 'Default Dark Modern' });
  let page;
  before(() => ({ page } = session));

  it('opens "Paths from Electricians to Construction Managers" from the palette: the role you have, then the one you want', async () => {
    await runCommand(page, 'Career Compare: Find a Career Path…');
    await quickPick(page, 'Electricians');
    await quickPick(page, 'Construction Managers');
    const frame = visibleFrame(page);
    await frame.locator('h1', { hasText: 'Paths from Electricians to Construction Managers' }).waitFor();
    assert.equal(await activeTab(page), 'Paths from Electricians to Construction Managers');
    assert.match(
      await frame.locator('.headline').innerText(),
      /The cheapest takes 2 steps, through First-Line Supervisors of Construction Trades and Extraction Workers\./,
    );
  });

  it('draws the routes as one labelled picture: a box per role, arrows labelled with the pay change', async () => {
    const frame = visibleFrame(page);
    const picture = frame.locator('#section-routes svg[role="img"]');
    const name = await picture.getAttribute('aria-label');
    assert.match(
      name,
      /^Picture of \d routes? from Electricians to Construction Managers, cheapest first: 1, through First-Line Supervisors/,
    );
    const boxes = await picture.locator('.path-node title').allTextContents();
    assert.ok(boxes.some((t) => t.startsWith('Electricians')));
    assert.ok(boxes.some((t) => t.startsWith('Construction Managers')));
    assert.ok(boxes.some((t) => t.startsWith(SUPERVISORS)));
    // Electricians $69,630 → First-Line Supervisors $84,500 (BLS OEWS 2024).
    assert.ok((await picture.innerHTML()).includes('+$14,870'));
    for (const [theme, cls, label] of THEMES) {
      await setTheme(page, theme, cls);
      await frame.locator('#section-routes').scrollIntoViewIfNeeded();
      await frame.locator('#section-routes').screenshot({ path: join(SCREENSHOTS, `career-paths-${label}.png`) });
    }
    await setTheme(page, 'Dark Modern', 'vscode-dark');
  });

  it('lists the same routes for the keyboard: each step with its figures and what to build', async () => {
    const frame = visibleFrame(page);
    const first = frame.locator('.path-route').first();
    assert.match(await first.locator('h3').innerText(), /^Route 1: 2 steps, cost \d+\.\d$/);
    const steps = await first.locator('.path-step').allInnerTexts();
    assert.equal(steps.length, 2);
    const supervisors = `${SUPERVISORS}[\\s\\S]*\\$84,500[\\s\\S]*\\+\\$14,870 a year`;
    assert.match(steps[0], new RegExp(`${supervisors}[\\s\\S]*Build: English Language \\(\\+1\\.08\\)`));
    assert.match(steps[1], /Construction Managers[\s\S]*\$119,660[\s\S]*Job Zone 4 of 5/);
    await screenshot(page, 'career-paths-list-dark');
  });

  it('keeps the picture readable in a narrow panel: it scrolls sideways, by the arrow keys too', async () => {
    const frame = visibleFrame(page);
    const wrap = frame.locator('#section-routes .path-graph-wrap');
    assert.equal(await wrap.getAttribute('tabindex'), null, 'no tab stop while the picture fits');
    await page.setViewportSize({ width: 640, height: 1200 });
    try {
      await waitUntil(async () => (await wrap.getAttribute('tabindex')) === '0', 'the picture to scroll');
      assert.match(await wrap.getAttribute('aria-label'), /scroll sideways/);
      const { shown, drawn } = await wrap
        .locator('svg')
        .evaluate((svg) => ({ shown: svg.getBoundingClientRect().width, drawn: svg.viewBox.baseVal.width }));
      assert.ok(shown >= drawn * 0.8 - 1, `the picture is ${shown} px wide for ${drawn} drawn`);
      await wrap.focus();
      await page.keyboard.press('ArrowRight');
      await waitUntil(async () => (await wrap.evaluate((w) => w.scrollLeft)) > 0, 'the picture to scroll by the arrow key');
      await screenshot(page, 'career-paths-narrow-dark');
      const result = await runAxe(page);
      console.log(`      axe ${describeAxe('dark / career paths in a narrow panel', result)}`);
      assert.deepEqual(
        result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
        [],
      );
    } finally {
      await page.setViewportSize({ width: 1500, height: 1500 });
    }
    await waitUntil(async () => (await wrap.getAttribute('tabindex')) === null, 'the picture to fit again, no tab stop');
  });

  it('opens a step\'s skill gap from "Plan this step"', async () => {
    const frame = visibleFrame(page);
    await frame.locator('.path-route').first().locator('.path-step').first().locator('.path-plan').click();
    await waitUntil(async () => (await activeTab(page)) === `From Electricians to ${SUPERVISORS}`, 'the skill gap tab');
    await visibleFrame(page)
      .locator('h1', { hasText: `From Electricians to ${SUPERVISORS}` })
      .waitFor();
  });

  it('lists the moves from Electricians within one and two steps, and "Pays more" keeps those that pay more', async () => {
    await runCommand(page, 'View: Close All Editors');
    await runCommand(page, 'Career Compare: Explore Moves From…');
    await quickPick(page, 'Electricians');
    const frame = visibleFrame(page);
    await frame.locator('h1', { hasText: 'Moves from Electricians' }).waitFor();
    const headings = frame.locator('#section-reach h3');
    const count = async () => Number(/: (\d+) roles?/.exec(await headings.first().innerText())[1]);
    const all = await count();
    assert.ok(all > 20, `${all} roles within one step`);
    const toggle = frame.locator('.path-filter', { hasText: 'Pays more' });
    assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
    await toggle.click();
    const pressed = () => frame.locator('.path-filter', { hasText: 'Pays more' }).getAttribute('aria-pressed');
    await waitUntil(async () => (await pressed()) === 'true', 'the filter on');
    const fewer = await count();
    assert.ok(fewer > 0 && fewer < all, `${fewer} of ${all} pay more`);
    for (const text of await frame.locator('#section-reach .path-entry .path-figures').allInnerTexts())
      assert.match(text, /\+\$[\d,]+ a year/, 'each listed role pays more than $69,630');
    await screenshot(page, 'career-moves-pays-more-dark');
    // Put it back: the filter is view state, kept for the workspace.
    await frame.locator('.path-filter', { hasText: 'Pays more' }).click();
    await waitUntil(async () => (await count()) === all, 'every role again');
  });
});
