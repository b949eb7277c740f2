// End to end: "Plan a Move…" from the palette, the skill gap "From A to B"
// checked against O*NET's own Skills and Knowledge files, in four themes,
// and "From B to A" and similar roles from a comparison.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../harness/codeServer.mjs';
import {
  comparisonFrame,
  quickPick,
  runCommand,
  screenshot,
  SCREENSHOTS,
  setTheme,
  waitUntil,
  webviewFocused,
  workbenchSession,
} from './workbench.mjs';

const THEMES = [
  ['Dark Modern', 'vscode-dark', 'dark'],
  ['Light Modern', 'vscode-light', 'light'],
  ['Dark High Contrast', 'vscode-high-contrast', 'high-contrast'],
  ['Light High Contrast', 'vscode-high-contrast-light', 'high-contrast-light'],
];

/** The importance (IM) of every element of one O*NET-SOC code, read straight from O*NET's file; suppressed estimates left out. */
function importance(file, code) {
  const [header, ...lines] = readFileSync(join(projectRoot, '..', 'shared', 'public-data', 'onet-29.3', file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');
  const cols = header.split('\t');
  const at = (name) => cols.indexOf(name);
  const out = new Map();
  for (const line of lines) {
    const v = line.split('\t');
    if (v[at('O*NET-SOC Code')] !== code || v[at('Scale ID')] !== 'IM' || v[at('Recommend Suppress')] === 'Y') continue;
    out.set(v[at('Element Name')], Number(v[at('Data Value')]));
  }
  return out;
}

/** What O*NET's file says the gap is: elements where the target's importance is at least 0.5 higher, as "name +gap". */
function expectedGaps(file, from, to) {
  const a = importance(file, from);
  const b = importance(file, to);
  const out = [];
  for (const [name, value] of b) {
    if (!a.has(name)) continue;
    const gap = Math.round((value - a.get(name)) * 100) / 100;
    if (gap >= 0.5) out.push(`${name} +${gap.toFixed(2)}`);
  }
  return out.sort();
}

/** The frame of the webview now visible (the skill gap panel or the comparison, whichever is in front). */
const visibleFrame = (page) => page.frameLocator('iframe.webview.ready:visible').frameLocator('#active-frame');

async function listedGaps(frame, section) {
  return frame
    .locator(`#section-${section} .gap-row`)
    .evaluateAll((rows) => rows.map((r) => `${r.querySelector('.gap-label').textContent} ${r.querySelector('.gap-amount').textContent}`));
}

describe('Plan a Move in the browser workbench', function () {
  const session = workbenchSession({ 'workbench.colorTheme': 'Default Dark Modern' });
  let page;
  before(() => ({ page } = session));

  it('opens "From Registered Nurses to Electricians" from the palette, asking for the current role then the target', async () => {
    await runCommand(page, 'Career Compare: Plan a Move…');
    await quickPick(page, 'Registered Nurses');
    await quickPick(page, 'Electricians');
    const frame = comparisonFrame(page);
    await frame.locator('h1', { hasText: 'From Registered Nurses to Electricians' }).waitFor();
    assert.equal((await page.locator('.tabs-container .tab.active').innerText()).trim(), 'From Registered Nurses to Electricians');
  });

  it('lists the skills and knowledge areas O*NET’s files say electricians need more of, largest gap first', async () => {
    const frame = comparisonFrame(page);
    for (const [section, file] of [
      ['gap-skills', 'Skills.txt'],
      ['gap-knowledge', 'Knowledge.txt'],
    ]) {
      const listed = await listedGaps(frame, section);
      assert.deepEqual([...listed].sort(), expectedGaps(file, '29-1141.00', '47-2111.00'), section);
      const gaps = listed.map((l) => Number(l.slice(l.lastIndexOf('+') + 1)));
      for (let i = 1; i < gaps.length; i++) assert.ok(gaps[i - 1] >= gaps[i], `${section}: largest gap first`);
    }
    // Each pair is one image to a screen reader, its spoken text carrying both values and the gap.
    const first = frame.locator('#section-gap-knowledge .gap-row').first();
    assert.match(
      await first.getAttribute('aria-label'),
      /^Building and Construction: Registered Nurses \d\.\d\d, Electricians \d\.\d\d of 5, gap \+\d\.\d\d/,
    );
    assert.match(await frame.locator('#section-changes').innerText(), /Average salary/);
  });

  it('shows the skill gap in dark, light and both high contrast themes', async () => {
    const frame = comparisonFrame(page);
    for (const [theme, cls, name] of THEMES) {
      await setTheme(page, theme, cls);
      await frame.locator('h1').scrollIntoViewIfNeeded();
      await screenshot(page, `skill-gap-${name}-top`);
      await frame.locator('#section-gap-knowledge').scrollIntoViewIfNeeded();
      await frame.locator('#section-gap-knowledge').screenshot({ path: join(SCREENSHOTS, `skill-gap-${name}-knowledge.png`) });
      const [to, from] = await frame
        .locator('.gap-row')
        .first()
        .evaluate((r) =>
          [r.querySelector('.gap-fill-to'), r.querySelector('.gap-fill-from')].map((f) => getComputedStyle(f).backgroundColor),
        );
      assert.notEqual(to, from, `${name}: the two bars differ (and are labelled "from" and "to")`);
    }
    await setTheme(page, 'Dark Modern', 'vscode-dark');
  });

  it('opens "From Electricians to Registered Nurses" from a comparison, which also lists similar roles', async () => {
    await runCommand(page, 'View: Close All Editors');
    await runCommand(page, 'Career Compare: Compare Roles…');
    await quickPick(page, 'Registered Nurses');
    await quickPick(page, 'Electricians');
    let frame = visibleFrame(page);
    await frame.locator('h1', { hasText: 'Registered Nurses vs Electricians' }).waitFor();
    await webviewFocused(page);
    const similar = frame.locator('#section-similar');
    await similar.scrollIntoViewIfNeeded();
    assert.match(await similar.innerText(), /Most similar to Registered Nurses[\s\S]*Licensed Practical and Licensed Vocational Nurses/);
    assert.match(await similar.innerText(), /similarity 0\.\d\d · \$[\d,]+ a year/);
    await similar.screenshot({ path: join(SCREENSHOTS, 'similar-roles-dark.png') });
    const button = frame.locator('#section-moves vscode-button', { hasText: 'From Electricians to Registered Nurses' });
    await button.scrollIntoViewIfNeeded();
    await frame.locator('#section-moves').screenshot({ path: join(SCREENSHOTS, 'moves-buttons-dark.png') });
    await button.click();
    await waitUntil(
      async () => (await page.locator('.tabs-container .tab.active').innerText()).trim() === 'From Electricians to Registered Nurses',
      'the skill gap tab',
    );
    frame = visibleFrame(page);
    await frame.locator('h1', { hasText: 'From Electricians to Registered Nurses' }).waitFor();
    const listed = await listedGaps(frame, 'gap-skills');
    assert.deepEqual([...listed].sort(), expectedGaps('Skills.txt', '47-2111.00', '29-1141.00'));
    await screenshot(page, 'skill-gap-reverse-dark');
  });
});
