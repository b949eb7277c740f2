// The panel's star buttons, in a DOM (jsdom) with the real renderer and toolkit:
// one per column, beside its picker; a click sends the intent only; the page
// the host sends back sets the glyph and aria-pressed.
import * as assert from 'node:assert/strict';
import { buildComparison, pickerOptions } from '../../../src/compare/buildComparison';
import { parseFromWebview, parseToWebview } from '../../../src/protocol/messages';
import { installDom } from '../../support/dom';
import { pageOf } from '../../support/page';
import { loadBundledCatalog } from '../../support/roles';
import { noActions } from '../../support/renderActions';

installDom();
// After the DOM exists: the toolkit reads it when loaded.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const render = require('../../../webview/render/page') as typeof import('../../../webview/render/page');

/** The codicon a button shows (hidden from screen readers: its label and aria-pressed speak). */
const icon = (button: Element) => {
  const glyph = button.querySelector('.codicon');
  assert.equal(glyph?.getAttribute('aria-hidden'), 'true');
  return [...(glyph?.classList ?? [])].find((c) => c.startsWith('codicon-'))?.slice('codicon-'.length);
};

describe('the panel star buttons', () => {
  const catalog = loadBundledCatalog();
  const roles = [catalog.byId.get('technical-manager')!, catalog.byId.get('lead-technician')!];
  const view = buildComparison(roles);
  const pickers = pickerOptions(roles, catalog.roles);
  const root = document.createElement('main');
  const toggled: string[] = [];

  before(() => {
    const page = pageOf(view, pickers, { isFavourite: () => false });
    assert.deepEqual(render.showPage(root, page, { ...noActions, toggleFavourite: (id) => toggled.push(id) }), { ok: true });
  });

  it('puts one star after each column picker, named for its role and not pressed', () => {
    const buttons = [...root.querySelectorAll<HTMLElement>('.star')];
    assert.deepEqual(
      buttons.map((b) => [b.getAttribute('aria-label'), b.getAttribute('aria-pressed'), icon(b)]),
      [
        ['Favourite: Technical Manager', 'false', 'star-empty'],
        ['Favourite: Lead Technician', 'false', 'star-empty'],
      ],
    );
    assert.equal(buttons[0].previousElementSibling?.getAttribute('data-focus-key'), 'picker-0');
  });

  it('sends the intent on a click, a message the host accepts, and changes nothing itself', () => {
    root.querySelectorAll<HTMLElement>('.star')[1].click();
    assert.deepEqual(toggled, ['lead-technician']);
    assert.ok(parseFromWebview({ type: 'toggleFavourite', roleId: toggled[0] }).ok);
    assert.equal(root.querySelectorAll('.star')[1].getAttribute('aria-pressed'), 'false');
  });

  it("draws the stars the host's next page says, and keeps focus on the star that was clicked", () => {
    const star = root.querySelectorAll<HTMLElement>('.star')[1];
    document.body.append(root);
    star.focus();
    const page = pageOf(view, pickers, { isFavourite: (id) => id === 'lead-technician' });
    assert.deepEqual(page.starred, ['lead-technician']);
    assert.ok(parseToWebview({ type: 'show', page }).ok);
    render.showPage(root, page, noActions);
    const second = root.querySelectorAll<HTMLElement>('.star')[1];
    assert.equal(second.getAttribute('aria-pressed'), 'true');
    assert.equal(icon(second), 'star-full');
    assert.equal(second.getAttribute('title'), 'Remove Lead Technician from Favourites');
    assert.equal(document.activeElement, second, 'focus stays on the star');
    assert.deepEqual(
      [...root.querySelectorAll('.star')].map((b) => b.getAttribute('aria-pressed')),
      ['false', 'true'],
    );
    root.remove();
  });

  it('draws no stars on a page whose columns are fixed (a skill gap)', () => {
    const fixed = document.createElement('main');
    render.showPage(fixed, pageOf(view, pickers, { fixedColumns: true, isFavourite: () => true }), noActions);
    assert.equal(fixed.querySelectorAll('.star').length, 0);
  });
});
