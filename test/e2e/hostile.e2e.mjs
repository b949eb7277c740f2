// End to end, hostile input in the real webview (code-server + Chromium):
// a comparison whose every text field holds XSS payloads paints as text with
// no script run and no CSP violation; a 130,000-item list paints instead of
// leaving the old page; errors replace each other; an oversized message is
// refused and logged. Crafted views are posted inside the webview's own frame,
// the way a compromised host message would arrive.
import * as assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { comparisonFrame, quickPick, runCommand, screenshot, waitUntil, workbenchSession } from './workbench.mjs';

const require = createRequire(import.meta.url);
const { XSS_PAYLOADS } = require('../../out/test/support/hostile.js');
const { loadBundledCatalog } = require('../../out/test/support/roles.js');
const { buildComparison, pickerOptions } = require('../../out/src/compare/buildComparison.js');
const { pageOf } = require('../../out/test/support/page.js');

/** The reference comparison's page with every string of its view and pickers replaced by a payload (a different one each time, cycling). */
function hostileMessage() {
  const catalog = loadBundledCatalog();
  const roles = [catalog.byId.get('technical-manager'), catalog.byId.get('lead-technician')];
  let n = 0;
  const poison = (value) => {
    if (typeof value === 'string') return `${XSS_PAYLOADS[n++ % XSS_PAYLOADS.length]} #${n}`;
    if (Array.isArray(value)) return value.map(poison);
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'kind' ? v : poison(v)]));
    return value;
  };
  return { type: 'show', page: pageOf(poison(buildComparison(roles)), poison(pickerOptions(roles, catalog.roles))) };
}

/** Posts a message to the webview's own window, as the host's messages arrive. */
function postInWebview(frame, message) {
  return frame.locator('body').evaluate((_, m) => {
    // Kept as the page received it (after Playwright's serialisation), to compare with what is drawn.
    window.__lastSent = m;
    window.postMessage(m, '*');
  }, message);
}

describe('hostile input in the browser workbench', function () {
  const session = workbenchSession({ 'workbench.colorTheme': 'Default Dark Modern' });
  let page;
  before(() => ({ page } = session));

  it('paints a comparison whose every text field is an XSS payload as plain text: no script runs, no CSP violation', async () => {
    await runCommand(page, 'Career Compare: Compare Roles…');
    await quickPick(page, 'Technical Manager');
    await quickPick(page, 'Lead Technician');
    const frame = comparisonFrame(page);
    await frame.locator('h1', { hasText: 'Technical Manager vs Lead Technician' }).waitFor();
    // Watch for CSP reports and script side effects inside the webview from here on.
    await frame.locator('body').evaluate(() => {
      window.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const message = hostileMessage();
    await postInWebview(frame, message);
    await waitUntil(
      () => frame.locator('body').evaluate(() => document.querySelector('h1')?.textContent === window.__lastSent.page.view.title),
      'the hostile comparison to be painted',
      30_000,
    );
    // Every text as sent is on the page as text: title, headline, section titles.
    const same = await frame.locator('body').evaluate(() => {
      const sent = window.__lastSent.page.view;
      const texts = (selector) => [...document.querySelectorAll(selector)].map((n) => n.textContent);
      return {
        headline: JSON.stringify(texts('.headline p')) === JSON.stringify(sent.headline),
        sections: JSON.stringify(texts('section.section > h2')) === JSON.stringify(sent.sections.map((s) => s.title)),
      };
    });
    assert.deepEqual(same, { headline: true, sections: true });
    // Give any injected handler (onerror, onload, a refresh) time to fire before looking: a full second.
    await frame.locator('body').evaluate(() => new Promise((r) => setTimeout(r, 1000)));
    const result = await frame.locator('body').evaluate(() => ({
      pwned: window.__pwned ?? null,
      parentPwned: (() => {
        try {
          return window.parent.__pwned ?? null;
        } catch {
          return null;
        }
      })(),
      csp: window.__csp,
      fromMarkup: document.querySelectorAll(
        'main script, main img, main iframe, main object, main svg, main style, main link, main meta, main a, main template, main details',
      ).length,
    }));
    assert.deepEqual(result, { pwned: null, parentPwned: null, csp: [], fromMarkup: 0 });
    assert.equal(await page.evaluate(() => window.__pwned ?? null), null, 'nothing ran in the workbench either');
    await screenshot(page, 'hostile-payloads');
  });

  it('paints a 130,000-item list instead of leaving the previous comparison on screen', async () => {
    const frame = comparisonFrame(page);
    const base = hostileMessage();
    // One character each: 130,000 items stay under the bridge's 1,000,000-character limit.
    const items = Array.from({ length: 130_000 }, (_, i) => String.fromCharCode(97 + (i % 26)));
    const view = {
      ...base.page.view,
      title: 'Huge list',
      sections: [
        { id: 'huge', title: 'Responsibilities', sources: ['test'], kind: 'list', lists: [{ heading: 'Many', items, initiallyShown: 4 }] },
      ],
    };
    await postInWebview(frame, { type: 'show', page: { ...base.page, view } });
    await frame.locator('h1', { hasText: 'Huge list' }).waitFor();
    assert.equal(await frame.locator('#section-huge li').count(), 130_000);
    assert.equal(await frame.locator('#section-huge li:visible').count(), 4);
  });

  it('shows one error box however many errors arrive', async () => {
    const frame = comparisonFrame(page);
    for (let i = 0; i < 200; i++) await postInWebview(frame, { type: 'error', message: `error number ${i}` });
    await frame.locator('.error', { hasText: 'error number 199' }).waitFor();
    assert.equal(await frame.locator('.error').count(), 1);
  });

  it('refuses a message over the size limit, keeps the page, and logs why', async () => {
    const frame = comparisonFrame(page);
    await postInWebview(frame, { type: 'error', message: 'x'.repeat(1_100_000) });
    await frame.locator('h1', { hasText: 'Huge list' }).waitFor();
    await runCommand(page, 'Career Compare: Show Log');
    const log = page.locator('.part.panel .monaco-editor .view-lines');
    await waitUntil(
      async () =>
        /dropped a message from the host: the message is over 1,000,000 bytes/.test((await log.innerText()).replace(/\u00a0/g, ' ')),
      'the log line about the dropped message',
      30_000,
    );
  });

  it('logs no CSP violation or webview error in the whole session', () => {
    const ours = session.consoleErrors.filter((e) => /Content Security Policy|webview|vscode-resource|vscode-cdn/i.test(e));
    assert.deepEqual(ours, []);
  });
});
