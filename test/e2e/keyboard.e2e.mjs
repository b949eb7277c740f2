// Keyboard only: from the Roles view to a comparison and through it, with no
// mouse event at all. Focus is visible at every stop, in the theme's focus
// colour (high contrast too), and Tab always leads out of the webview again.
import * as assert from 'node:assert/strict';
import { webviewFrame } from './axe.mjs';
import { comparisonFrame, screenshot, setTheme, workbenchSession } from './workbench.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Presses `key` until `done()` holds; fails after `max` presses. */
async function pressUntil(page, key, done, what, max = 40) {
  for (let i = 0; i <= max; i++) {
    if (await done()) return;
    await page.keyboard.press(key);
    await sleep(60);
  }
  assert.fail(`${what}: not reached with ${max} × ${key}`);
}

/** Waits until `check()` holds; `describe()` says what was seen instead. */
async function assertEventually(check, describe, timeoutMs = 5000) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check()) return;
    await sleep(100);
  }
  assert.fail(await describe());
}

/** Chooses the open quick pick's row labelled exactly `label`, with the arrow keys and Enter. */
async function chooseInQuickPick(page, label, typed = label) {
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor();
  await page.keyboard.type(typed);
  // The extension answers a role search asynchronously: wait for the row, then let the list settle.
  const exact = new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  await page.locator('.quick-input-widget .monaco-list-row .label-name', { hasText: exact }).first().waitFor();
  await listSettled(page.locator('.quick-input-widget #quickInput_list'));
  const focusedLabel = page.locator('.quick-input-widget .monaco-list-row.focused .label-name');
  await pressUntil(
    page,
    'ArrowDown',
    async () => (await focusedLabel.count()) > 0 && (await focusedLabel.first().innerText()) === label,
    `quick pick row "${label}"`,
    15,
  );
  await page.keyboard.press('Enter');
}

/** Waits until a list reads the same three times in a row: the extension answers typing asynchronously. */
async function listSettled(list) {
  let last = '';
  let same = 0;
  await assertEventually(
    async () => {
      const now = await list.innerText();
      same = now === last ? same + 1 : 0;
      last = now;
      return same >= 2;
    },
    async () => `the list kept changing: ${JSON.stringify(last.slice(0, 200))}`,
    30_000,
  );
}

/** A command from the palette (F1), typed and chosen with Enter. */
async function commandByKeyboard(page, title) {
  const input = page.locator('.quick-input-widget .quick-input-box input');
  for (let attempt = 0; attempt < 3; attempt++) {
    await page.keyboard.press('F1');
    try {
      await input.waitFor({ timeout: 3000 });
      break;
    } catch {
      // A webview does not always pass F1 on at once: press it again.
    }
  }
  await chooseInQuickPick(page, title);
}

/**
 * Where keyboard focus is: "outside" the webview, on its "body", or on a
 * "control" — then which (through shadow roots) and whether its focus is
 * drawn in the theme's focus colour (outline or border).
 */
function focusInWebview(frame) {
  return frame.evaluate(() => {
    if (!document.hasFocus()) return { where: 'outside' };
    const chain = [];
    for (let el = document.activeElement; el; el = el.shadowRoot?.activeElement ?? null) chain.push(el);
    const host = chain[0];
    if (!host || host === document.body) return { where: 'body' };
    const probe = document.createElement('span');
    probe.style.color = 'var(--vscode-focusBorder)';
    document.body.append(probe);
    const focusColour = getComputedStyle(probe).color;
    probe.remove();
    const drawn = chain.some((el) => {
      const s = getComputedStyle(el);
      const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 && s.outlineColor === focusColour;
      const border = s.borderTopStyle !== 'none' && parseFloat(s.borderTopWidth) > 0 && s.borderTopColor === focusColour;
      return outline || border;
    });
    const name = `${host.tagName.toLowerCase()} "${(host.getAttribute('aria-label') ?? host.textContent ?? '').trim().slice(0, 30)}"`;
    // Which element, even where two share a name: a number kept beside the page, not written into it.
    const ids = (window.__focusIds ??= { map: new WeakMap(), next: 0 });
    if (!ids.map.has(host)) ids.map.set(host, ++ids.next);
    return { where: 'control', name, key: host.dataset?.focusKey ?? null, drawn, focusColour, element: ids.map.get(host) };
  });
}

const focusNow = async (page) => focusInWebview(await webviewFrame(page));

/**
 * Tabs through the webview from its first control until focus leaves it, and
 * returns every stop. It gets to the top by keyboard too: focus the editor
 * (if focus is elsewhere), Shift+Tab out of the page (so it is no trap
 * backwards either), then Tab back in.
 */
async function tabThrough(page, onStop = async () => {}) {
  if ((await focusNow(page)).where === 'outside') {
    await commandByKeyboard(page, 'View: Focus Active Editor Group');
    await assertEventually(
      async () => (await focusNow(page)).where !== 'outside',
      async () => 'focus did not reach the comparison after "View: Focus Active Editor Group"',
      30_000,
    );
  }
  await pressUntil(page, 'Shift+Tab', async () => (await focusNow(page)).where === 'outside', 'Shift+Tab out of the webview', 30);
  await pressUntil(page, 'Tab', async () => (await focusNow(page)).where === 'control', 'Tab into the webview', 6);
  const stops = [];
  for (let i = 0; i < 30; i++) {
    const focus = await focusNow(page);
    if (focus.where !== 'control') return stops;
    stops.push(focus);
    await onStop(focus);
    await page.keyboard.press('Tab');
    // Each Tab moves the focus somewhere else: wait for it to have moved before looking.
    const before = JSON.stringify(focus);
    await assertEventually(
      async () => JSON.stringify(await focusNow(page)) !== before,
      async () => `Tab did not move the focus from ${focus.name}`,
      10_000,
    );
  }
  assert.fail(`focus stayed inside the webview after 30 Tabs: ${stops.map((s) => s.name).join(' → ')}`);
}

describe('keyboard only, in the browser workbench', function () {
  const session = workbenchSession({ 'workbench.colorTheme': 'Default Dark Modern' });
  let page;
  before(() => ({ page } = session));

  it('opens the Roles view, expands a category and runs Compare with… on a role', async () => {
    await page.locator('.monaco-workbench').focus();
    const tree = page.locator('.part.sidebar .monaco-list');
    // The first run opens the view while the extension loads its roles; focus lands in the tree once it has rows.
    const inTree = () => page.evaluate(() => !!document.activeElement?.closest('.part.sidebar .monaco-list'));
    for (let attempt = 0; attempt < 3 && !(await inTree()); attempt++) {
      await commandByKeyboard(page, 'Career Compare: Focus on Roles View');
      await tree.locator('.monaco-list-row').first().waitFor();
      await assertEventually(inTree, async () => 'focus is not in the Roles tree', 10_000).catch(() => undefined);
    }
    assert.ok(await inTree(), 'the Roles tree has keyboard focus');
    const focusedRow = tree.locator('.monaco-list-row.focused');
    await tree.locator('.monaco-list-row').first().waitFor();
    const on = (text) => async () => (await focusedRow.count()) > 0 && (await focusedRow.innerText()).includes(text);
    const category = 'Computer and Mathematical Occupations';
    await pressUntil(page, 'ArrowDown', on(category), category);
    await page.keyboard.press('ArrowRight');
    await page.locator('.monaco-list-row[aria-expanded="true"]', { hasText: category }).waitFor();
    // Down as many rows as the role is below the category (read from the rows' indexes), then check where focus is.
    const indexOf = (row) => row.getAttribute('data-index').then(Number);
    const target = tree.locator('.monaco-list-row', { hasText: 'Lead Technician' });
    const steps = (await indexOf(target)) - (await indexOf(focusedRow));
    for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowDown');
    await assertEventually(on('Lead Technician'), async () => `focus is on "${await focusedRow.innerText()}" after ${steps} × ArrowDown`);
    // The context menu from the keyboard, then its first entry.
    await page.keyboard.press('Shift+F10');
    const menu = page.locator('.context-view .monaco-menu');
    await menu.waitFor();
    const focusedItem = menu.locator('.action-item.focused');
    await pressUntil(
      page,
      'ArrowDown',
      async () => (await focusedItem.count()) > 0 && (await focusedItem.innerText()).trim() === 'Compare with…',
      'Compare with…',
      5,
    );
    await page.keyboard.press('Enter');
    await chooseInQuickPick(page, 'Technical Manager');
    await comparisonFrame(page).locator('h1', { hasText: 'Lead Technician vs Technical Manager' }).waitFor();
    await screenshot(page, 'keyboard-compare-with');
  });

  it('moves through the page with Tab, focus always visible, and out again', async () => {
    const stops = await tabThrough(page);
    assert.ok(stops.length > 0);
    console.log(`      Tab stops: ${stops.map((s) => s.name).join(' → ')}`);
    assert.deepEqual(
      stops.map((s) => s.key),
      // Then the skill gap's "From A to B" and "From B to A".
      [
        'picker-0',
        'star-0',
        'remove-0',
        'swap',
        'picker-1',
        'star-1',
        'remove-1',
        'add',
        'responsibilities-0-more',
        'responsibilities-1-more',
        'move-0-1',
        'move-1-0',
      ],
    );
    for (const stop of stops) assert.ok(stop.drawn, `${stop.name}: focus drawn in ${stop.focusColour}`);
  });

  it('opens Show more with Enter', async () => {
    const frame = comparisonFrame(page);
    await tabThrough(page, async (stop) => {
      if (stop.key !== 'responsibilities-0-more') return;
      await page.keyboard.press('Enter');
      const button = frame.locator('[data-focus-key="responsibilities-0-more"]');
      assert.equal(await button.getAttribute('aria-expanded'), 'true');
      assert.equal((await button.innerText()).trim(), 'Show less');
      assert.equal(await frame.locator('#responsibilities-0 li:visible').count(), await frame.locator('#responsibilities-0 li').count());
    });
    await screenshot(page, 'keyboard-show-more');
  });

  it('changes a role in the webview picker, and keeps focus on the picker', async () => {
    const frame = comparisonFrame(page);
    let picked = false;
    await tabThrough(page, async (stop) => {
      if (stop.key !== 'picker-0' || picked) return;
      picked = true;
      // Enter opens the list, typing jumps to the option, Enter takes it.
      await page.keyboard.press('Enter');
      await page.keyboard.type('Technical');
      await page.keyboard.press('Enter');
      await frame.locator('h1', { hasText: 'Technical Manager vs Lead Technician' }).waitFor();
      const after = await focusNow(page);
      assert.equal(after.key, 'picker-0', 'focus stays on the picker after the page re-renders');
      assert.ok(after.drawn, 'and is visible');
    });
    assert.ok(picked);
  });

  it('swaps sides with the keyboard', async () => {
    const frame = comparisonFrame(page);
    let swapped = false;
    await tabThrough(page, async (stop) => {
      if (stop.key !== 'swap' || swapped) return;
      swapped = true;
      await page.keyboard.press('Enter');
      await frame.locator('h1', { hasText: 'Lead Technician vs Technical Manager' }).waitFor();
      assert.equal((await focusNow(page)).key, 'swap');
    });
    assert.ok(swapped);
  });

  it('draws focus in the theme focus colour in both high contrast themes', async () => {
    for (const [theme, cls, name] of [
      ['Dark High Contrast', 'vscode-high-contrast', 'high-contrast'],
      ['Light High Contrast', 'vscode-high-contrast-light', 'high-contrast-light'],
    ]) {
      await setTheme(page, theme, cls);
      let shot = false;
      const stops = await tabThrough(page, async (stop) => {
        if (shot || stop.key !== 'swap') return;
        shot = true;
        await screenshot(page, `keyboard-focus-${name}`);
      });
      assert.equal(stops.length, 12, `${name}: ${stops.map((s) => s.name).join(' → ')}`);
      for (const stop of stops) assert.ok(stop.drawn, `${name}: ${stop.name} focus drawn in ${stop.focusColour}`);
    }
  });
});
