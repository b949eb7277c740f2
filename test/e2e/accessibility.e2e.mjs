// Accessibility in the real workbench: axe-core's WCAG 2.0/2.1 A and AA rules
// on every state of the comparison webview in all four colour themes, and the
// page at 200% zoom in a narrow panel with reduced motion asked for.
import * as assert from 'node:assert/strict';
import { describeAxe, runAxe, webviewFrame } from './axe.mjs';
import {
  comparisonFrame,
  openWorkbench,
  quickPick,
  runCommand,
  screenshot,
  setTheme,
  typeInFreshQuickPick,
  workbenchSession,
} from './workbench.mjs';

export const THEMES = [
  ['Dark Modern', 'vscode-dark', 'dark'],
  ['Light Modern', 'vscode-light', 'light'],
  ['Dark High Contrast', 'vscode-high-contrast', 'high-contrast'],
  ['Light High Contrast', 'vscode-high-contrast-light', 'high-contrast-light'],
];

/** Every state the comparison webview has, each reached as a user reaches it. */
const STATES = [
  {
    name: 'reference comparison',
    async show(page) {
      await runCommand(page, 'Career Compare: Compare Roles…');
      await quickPick(page, 'Technical Manager');
      await quickPick(page, 'Lead Technician');
      await comparisonFrame(page).locator('h1', { hasText: 'Technical Manager vs Lead Technician' }).waitFor();
    },
  },
  {
    name: 'official comparison',
    async show(page) {
      await runCommand(page, 'Career Compare: Compare Roles…');
      await quickPick(page, 'Registered Nurses');
      await quickPick(page, 'Electricians');
      await comparisonFrame(page).locator('h1', { hasText: 'Registered Nurses vs Electricians' }).waitFor();
    },
  },
  {
    name: 'official comparison in Texas, with your pay and the map as a table',
    async show(page) {
      await runCommand(page, 'Career Compare: Set Your State…');
      await quickPick(page, 'Texas');
      await runCommand(page, 'Career Compare: Set Your Pay…');
      await typeInFreshQuickPick(page, '85000');
      await page.keyboard.press('Enter');
      const frame = comparisonFrame(page);
      await frame.locator('.range-your-pay-says').first().waitFor();
      await frame.locator('.map-view-toggle').click();
      await frame.locator('table.map-table').waitFor();
    },
  },
  {
    name: 'role page',
    async show(page) {
      await runCommand(page, 'Career Compare: Open Role…');
      await quickPick(page, 'Registered Nurses');
      await comparisonFrame(page)
        .locator('h1', { hasText: /^Registered Nurses$/ })
        .waitFor();
    },
  },
  {
    name: 'career paths page (the picture and its list)',
    async show(page) {
      // One webview at a time: the checks read the one panel open.
      await runCommand(page, 'View: Close All Editors');
      await runCommand(page, 'Career Compare: Find a Career Path…');
      await quickPick(page, 'Electricians');
      await quickPick(page, 'Construction Managers');
      await comparisonFrame(page).locator('#section-routes svg[role="img"]').waitFor();
    },
  },
  {
    name: 'Explore Moves From… page with a filter on',
    async show(page) {
      await runCommand(page, 'View: Close All Editors');
      await runCommand(page, 'Career Compare: Explore Moves From…');
      await quickPick(page, 'Electricians');
      const frame = comparisonFrame(page);
      await frame.locator('.path-filter', { hasText: 'Grows faster' }).click();
      await frame.locator('.path-filter[aria-pressed="true"]', { hasText: 'Grows faster' }).waitFor();
    },
  },
  {
    name: 'error notice',
    async show(page) {
      // The host's error message, delivered as the host delivers it (a window message in the webview).
      const frame = comparisonFrame(page);
      await frame
        .locator('body')
        .evaluate(() => window.postMessage({ type: 'error', message: 'Cannot show that comparison: no role with the id "gone".' }, '*'));
      await frame.locator('.error[role="alert"]').waitFor();
    },
  },
];

describe('accessibility of the comparison webview (axe-core, WCAG 2.0/2.1 A and AA)', function () {
  const session = workbenchSession({ 'workbench.colorTheme': 'Default Dark Modern' });

  for (const state of STATES) {
    it(`has no serious or critical violations on the ${state.name}, in all four themes`, async function () {
      const { page } = session;
      await state.show(page);
      const found = [];
      for (const [theme, cls, name] of THEMES) {
        await setTheme(page, theme, cls);
        const result = await runAxe(page);
        console.log(`      axe ${describeAxe(`${name} / ${state.name}`, result)}`);
        for (const v of result.violations) {
          if (v.impact === 'serious' || v.impact === 'critical') found.push(`${name}: ${v.id} (${v.nodes[0]})`);
        }
      }
      assert.deepEqual(found, []);
    });
  }

  it('finds the violation the issue reported when it is put back (the check reads the real page)', async () => {
    const { page } = session;
    const frame = await webviewFrame(page);
    await frame.evaluate(() => {
      const old = document.createElement('div');
      old.id = 'old-divider';
      old.setAttribute('role', 'presentation');
      old.setAttribute('aria-orientation', 'horizontal');
      document.getElementById('app').append(old);
    });
    try {
      const result = await runAxe(page);
      assert.ok(
        result.violations.some((v) => v.id === 'aria-allowed-attr' && v.impact === 'critical'),
        describeAxe('with the old divider', result),
      );
    } finally {
      await frame.evaluate(() => document.getElementById('old-divider').remove());
    }
  });

  it('announces each new comparison in a polite live region', async () => {
    const { page } = session;
    await STATES[1].show(page);
    const region = comparisonFrame(page).locator('#announcer');
    assert.equal(await region.getAttribute('role'), 'status');
    assert.equal(await region.getAttribute('aria-live'), 'polite');
    assert.equal(await region.textContent(), 'Now comparing Registered Nurses and Electricians');
    const bar = comparisonFrame(page).locator('#section-skills .bar').first();
    assert.match(await bar.getAttribute('aria-label'), /^[^:]+: importance \d\.\d\d of 5$/);
  });
});

describe('the comparison webview at 200% zoom, in a narrow panel, with reduced motion', function () {
  const session = workbenchSession({ 'workbench.colorTheme': 'Default Dark Modern' });
  let context;
  let page;

  before(async () => {
    // 200% browser zoom of a 1400-pixel window: half the CSS pixels, each drawn twice as large.
    context = await session.browser.newContext({ viewport: { width: 700, height: 900 }, deviceScaleFactor: 2, reducedMotion: 'reduce' });
    page = await context.newPage();
    await openWorkbench(page, session.server.workbenchUrl());
    await page.locator('.activitybar .action-item a[aria-label^="Career Compare"]').click();
    await STATES[1].show(page);
  });
  after(() => context?.close());

  it('reflows: no horizontal scroll, no clipped or overflowing text, in a panel under 500 CSS pixels wide', async () => {
    const frame = await webviewFrame(page);
    const report = await frame.evaluate(() => {
      const root = document.documentElement;
      const clipped = [];
      for (const el of document.querySelectorAll('h1, h2, h3, p, li, th, td, .bar-label, .bar-value, vscode-button, vscode-dropdown')) {
        if (el.closest('.visually-hidden') || el.getClientRects().length === 0) continue;
        if (el.scrollWidth > el.clientWidth + 1)
          clipped.push(
            `${el.tagName.toLowerCase()}.${el.className}: ${el.textContent.slice(0, 40)} (${el.scrollWidth} > ${el.clientWidth})`,
          );
      }
      return { width: root.clientWidth, scrollWidth: root.scrollWidth, clipped };
    });
    console.log(`      webview width ${report.width} CSS px, page scroll width ${report.scrollWidth}`);
    assert.ok(report.width < 500, `the panel is narrow (${report.width} CSS px)`);
    assert.ok(report.scrollWidth <= report.width, `no horizontal scroll (${report.scrollWidth} > ${report.width})`);
    assert.deepEqual(report.clipped, []);
    const inner = comparisonFrame(page);
    await inner.locator('h1').scrollIntoViewIfNeeded();
    await screenshot(page, 'zoom200-narrow-top');
    await inner.locator('#section-salary').scrollIntoViewIfNeeded();
    await screenshot(page, 'zoom200-narrow-salary');
    await inner.locator('#section-demographics').scrollIntoViewIfNeeded();
    await screenshot(page, 'zoom200-narrow-demographics');
    await inner.locator('#section-skills').scrollIntoViewIfNeeded();
    await screenshot(page, 'zoom200-narrow-skills');
  });

  it('has no serious or critical axe violations at this size', async () => {
    const result = await runAxe(page);
    console.log(`      axe ${describeAxe('dark / 200% zoom, narrow panel', result)}`);
    assert.deepEqual(
      result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'),
      [],
    );
  });

  it('runs no animation or transition when reduced motion is asked for', async () => {
    const frame = await webviewFrame(page);
    const moving = await frame.evaluate(() => {
      const found = [];
      const visit = (root) => {
        for (const el of root.querySelectorAll('*')) {
          const style = getComputedStyle(el);
          const longest = (list) =>
            list.split(',').reduce((max, t) => Math.max(max, parseFloat(t) * (t.trim().endsWith('ms') ? 1 : 1000)), 0);
          const ms = Math.max(longest(style.transitionDuration), style.animationName !== 'none' ? longest(style.animationDuration) : 0);
          if (ms > 1)
            found.push(
              `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? '.' + el.className : ''}: ${ms} ms`,
            );
          if (el.shadowRoot) visit(el.shadowRoot);
        }
      };
      visit(document);
      return { reduce: matchMedia('(prefers-reduced-motion: reduce)').matches, found };
    });
    assert.equal(moving.reduce, true, 'the webview sees the preference');
    assert.deepEqual(moving.found, []);
  });
});
