// The webview's saved place (scroll, open "Show more" lists) in a DOM: what
// it saves, what it restores for the same comparison, and that a damaged or
// hostile saved state is reported and ignored, never trusted.
import * as assert from 'node:assert/strict';
import { buildComparison } from '../../src/compare/buildComparison';
import { MAX_EXPANDED_LISTS, type WebviewState } from '../../src/protocol/messages';
import { installDom } from '../support/dom';
import { loadBundledCatalog } from '../support/roles';
import { noActions } from '../support/renderActions';
import { pageOf } from '../support/page';

const window = installDom();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { PagePlace } = require('../../webview/pagePlace') as typeof import('../../webview/pagePlace');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { renderPage } = require('../../webview/render/page') as typeof import('../../webview/render/page');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { registerToolkit } = require('../../webview/toolkitRegister') as typeof import('../../webview/toolkitRegister');

const catalog = loadBundledCatalog();
const ids = ['technical-manager', 'lead-technician'];
const view = buildComparison(ids.map((id) => catalog.byId.get(id)!));
const frame = () => new Promise((r) => window.requestAnimationFrame(() => r(undefined)));

interface Harness {
  root: HTMLElement;
  saved: WebviewState[];
  problems: string[];
  scrolledTo: number[];
  state: InstanceType<typeof PagePlace>;
}

const roots: HTMLElement[] = [];
const realScrollTo = window.scrollTo;

function harness(initial: unknown): Harness {
  registerToolkit();
  // Beside, not instead of, what other suites put in the shared DOM.
  const root = document.createElement('div');
  document.body.append(root);
  roots.push(root);
  const saved: WebviewState[] = [];
  const problems: string[] = [];
  const scrolledTo: number[] = [];
  window.scrollTo = ((_x: number, y: number) => void scrolledTo.push(y)) as unknown as typeof window.scrollTo;
  const state = new PagePlace({ getState: () => initial, setState: (s) => saved.push(s) }, root, (p) => problems.push(p));
  renderPage(root, pageOf(view), noActions);
  return { root, saved, problems, scrolledTo, state };
}

const toggles = (root: HTMLElement) => [...root.querySelectorAll<HTMLElement>('.show-more')];

describe('webview page place (scroll and open lists)', () => {
  afterEach(() => {
    for (const root of roots.splice(0)) root.remove();
    window.scrollTo = realScrollTo;
  });

  it('saves the roles, the scroll position and which lists are open', () => {
    const h = harness(undefined);
    h.state.painted(ids);
    assert.deepEqual(h.saved.at(-1), { roleIds: ids, scrollY: 0 });
    const [first, second] = toggles(h.root);
    first.click();
    assert.deepEqual(h.saved.at(-1)?.expanded, [first.getAttribute('aria-controls')]);
    second.click();
    first.click();
    assert.deepEqual(h.saved.at(-1)?.expanded, [second.getAttribute('aria-controls')]);
    assert.deepEqual(h.problems, []);
  });

  it('restores the place saved for the same roles: lists opened again, scrolled back', async () => {
    const h = harness({ roleIds: ids, scrollY: 640, expanded: ['responsibilities-1'] });
    h.state.painted(ids);
    const second = toggles(h.root).find((t) => t.getAttribute('aria-controls') === 'responsibilities-1')!;
    assert.equal(second.getAttribute('aria-expanded'), 'true');
    assert.equal(toggles(h.root)[0].getAttribute('aria-expanded'), 'false');
    await frame();
    assert.deepEqual(h.scrolledTo, [640]);
    assert.deepEqual(h.saved.at(-1), { roleIds: ids, scrollY: 640, expanded: ['responsibilities-1'] });
  });

  it('opens the lists again when the same comparison is repainted with new data', () => {
    const h = harness(undefined);
    h.state.painted(ids);
    toggles(h.root)[0].click();
    renderPage(h.root, pageOf(view), noActions);
    assert.equal(toggles(h.root)[0].getAttribute('aria-expanded'), 'false');
    h.state.painted(ids);
    assert.equal(toggles(h.root)[0].getAttribute('aria-expanded'), 'true');
  });

  it('does not carry a place over to other roles', async () => {
    const h = harness({ roleIds: ['lead-technician'], scrollY: 640, expanded: ['responsibilities-0'] });
    h.state.painted(ids);
    await frame();
    assert.deepEqual(h.scrolledTo, []);
    assert.ok(toggles(h.root).every((t) => t.getAttribute('aria-expanded') === 'false'));
  });

  it('reports and ignores a damaged or hostile saved state', async () => {
    const tooMany = Array.from({ length: MAX_EXPANDED_LISTS + 1 }, (_, i) => `list-${i}`);
    const cases: unknown[] = [
      'not an object',
      { roleIds: [] },
      { roleIds: ids, scrollY: -5 },
      { roleIds: ids, scrollY: Number.NaN },
      { roleIds: ids, expanded: tooMany },
      { roleIds: ids, expanded: [''] },
      { roleIds: ids, extra: '<img src=x onerror=alert(1)>' },
      { roleIds: ids, stateMap: { table: true, sort: 'yearly-9', descending: false } },
      { roleIds: ids, stateMap: { table: 'yes', sort: 'state', descending: false } },
      { roleIds: ids, stateMap: { table: true, sort: '<img src=x onerror=alert(1)>', descending: false } },
      new Proxy(
        {},
        {
          get() {
            throw new Error('hostile');
          },
        },
      ),
    ];
    for (const [i, bad] of cases.entries()) {
      const h = harness(bad);
      h.state.painted(ids);
      await frame();
      assert.equal(h.problems.length, 1, `case ${i}`);
      assert.deepEqual(h.scrolledTo, []);
      assert.deepEqual(h.saved.at(-1), { roleIds: ids, scrollY: 0 });
    }
  });
});
