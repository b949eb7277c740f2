// Property: the webview's real entry (webview/main.ts: size check, validator,
// renderer, "rendered" report), in a DOM (jsdom), paints any valid
// ComparisonView whose text is full of hostile strings: a page with the
// view's title, headline and sections as text, no element made from data,
// no script run, and "rendered" sent with the roles shown.
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import type { FromWebview } from '../../src/protocol/messages';
import { checkAsync, comparisonView, fuzzRuns, pickers, reportCases, fuzzTimeout } from '../support/fuzz';
import { installDom } from '../support/dom';
import { pageOf } from '../support/page';
import { loadBundledCatalog } from '../support/roles';
import { buildComparison } from '../../src/compare/buildComparison';
import { INITIAL_VIEW_ID, initialViewJson } from '../../src/protocol/initialView';

const SUITE = 'renderer';
const window = installDom() as unknown as Window & { __pwned?: number };
const posted: FromWebview[] = [];
(globalThis as Record<string, unknown>).acquireVsCodeApi = () => ({
  postMessage: (m: FromWebview) => posted.push(m),
  setState() {},
  getState: () => undefined,
});
// A new panel's HTML carries its first page (issue 19), here with a title that tries to end the data block.
const HOSTILE_TITLE = 'Nurse </script><img src=x onerror="window.__pwned=1"><!-- \u2028';
const catalog = loadBundledCatalog();
const firstView = buildComparison(['technical-manager', 'lead-technician'].map((id) => catalog.byId.get(id)!));
const firstPage = pageOf({ ...firstView, title: HOSTILE_TITLE });
document.body.innerHTML = `<main id="app"></main><script type="application/json" id="${INITIAL_VIEW_ID}">${initialViewJson({
  type: 'show',
  page: firstPage,
})}</script>`;
// The webview's entry runs as it does in VS Code: draws the page its HTML carries, listens, says "ready".
// eslint-disable-next-line @typescript-eslint/no-require-imports
require('../../webview/main');

/** Elements that data could only have produced by being parsed as HTML. */
const FROM_MARKUP = 'script, img, iframe, object, embed, svg, math, style, link, meta, a, template, details, b, div[style]';

function nextPost(type: FromWebview['type'], timeoutMs = 5000): Promise<FromWebview> {
  const start = posted.length;
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + timeoutMs;
    const poll = () => {
      const found = posted.slice(start).find((m) => m.type === type || m.type === 'problem');
      if (found) return resolve(found);
      if (Date.now() > deadline) return reject(new Error(`no "${type}" within ${timeoutMs} ms`));
      setTimeout(poll, 2);
    };
    poll();
  });
}

describe('fuzz: renderer (webview entry in a DOM)', function () {
  // Property runs take seconds on a loaded machine, more than mocha's default.
  this.timeout(fuzzTimeout());
  after(() => reportCases(SUITE));

  it('drew the page its HTML carried before saying "ready", a title that tries to end the data block kept as text', async () => {
    assert.deepEqual(posted[0], { type: 'ready', painted: true });
    assert.equal(document.querySelector('#app h1')?.textContent, HOSTILE_TITLE);
    assert.equal(document.querySelector(`#app :is(${FROM_MARKUP})`), null);
    assert.equal(window.__pwned, undefined);
    const rendered = posted.find((m) => m.type === 'rendered') ?? (await nextPost('rendered'));
    assert.deepEqual((rendered as { roleIds: string[] }).roleIds, ['technical-manager', 'lead-technician']);
  });

  it('any valid page is painted as text and reported "rendered"', async function () {
    // Each case waits two animation frames for "rendered": ~35 ms idle, more on a loaded machine.
    this.timeout(fuzzTimeout());
    const root = document.getElementById('app')!;
    await checkAsync(
      SUITE,
      fc.tuple(comparisonView, pickers),
      async ([view, pick]) => {
        const rendered = nextPost('rendered');
        window.dispatchEvent(new MessageEvent('message', { data: { type: 'show', page: pageOf(view, pick) } }));
        const message = await rendered;
        assert.equal(message.type, 'rendered', JSON.stringify(message));
        assert.deepEqual(
          (message as { roleIds: string[] }).roleIds,
          view.roles.map((r) => r.id),
        );
        assert.equal(root.querySelector('h1')!.textContent, view.title);
        const headline = [...root.querySelectorAll('.headline p')].map((p) => p.textContent);
        assert.deepEqual(headline, view.headline);
        assert.equal(root.querySelectorAll('section.section').length, view.sections.length);
        assert.equal(root.querySelectorAll(FROM_MARKUP).length, 0, 'no element from data');
        assert.equal(window.__pwned, undefined, 'no script ran');
      },
      fuzzRuns(100),
    );
  });

  it('an error message replaces the previous error box, and a huge message is refused', async () => {
    const root = document.getElementById('app')!;
    for (let i = 0; i < 50; i++)
      window.dispatchEvent(new MessageEvent('message', { data: { type: 'error', message: `<img src=x onerror=window.__pwned=1> ${i}` } }));
    assert.equal(root.querySelectorAll('.error').length, 1);
    assert.match(root.querySelector('.error')!.textContent!, /<img src=x onerror=window.__pwned=1> 49/);
    const problem = nextPost('problem');
    window.dispatchEvent(new MessageEvent('message', { data: { type: 'error', message: 'x'.repeat(2_000_000) } }));
    assert.match(((await problem) as { message: string }).message, /over 1,000,000 bytes/);
  });
});
