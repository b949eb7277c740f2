// The panel's star buttons, in a DOM (jsdom) with the real renderer and toolkit:
// one per column, beside its picker; a click sends the intent only; the host's
// answer sets the glyph and aria-pressed.
import * as assert from 'node:assert/strict';
import { buildComparison, pickerOptions } from '../../../src/compare/buildComparison';
import { parseFromWebview, parseToWebview } from '../../../src/protocol/messages';
import { installDom } from '../../support/dom';
import { loadBundledCatalog } from '../../support/roles';
import { noActions } from '../../support/renderActions';

installDom();
// After the DOM exists: the toolkit reads it when loaded.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const render = require('../../../webview/render') as typeof import('../../../webview/render');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const stars = require('../../../webview/favouriteStars') as typeof import('../../../webview/favouriteStars');

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
  const root = document.createElement('main');
  const toggled: string[] = [];

  before(() => {
    assert.deepEqual(render.showComparison(root, view, pickerOptions(roles, catalog.roles), noActions), { ok: true });
    stars.setStarred(root, [], view.roles);
    stars.addStars(root, view.roles, (id) => toggled.push(id));
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

  it("follows the host's answer, and a repaint draws the stars as last answered", () => {
    assert.ok(parseToWebview({ type: 'favourites', roleIds: ['lead-technician'] }).ok);
    stars.setStarred(root, ['lead-technician'], view.roles);
    const second = root.querySelectorAll<HTMLElement>('.star')[1];
    assert.equal(second.getAttribute('aria-pressed'), 'true');
    assert.equal(icon(second), 'star-full');
    assert.equal(second.getAttribute('title'), 'Remove Lead Technician from Favourites');
    const again = document.createElement('main');
    render.showComparison(again, view, pickerOptions(roles, catalog.roles), noActions);
    stars.addStars(again, view.roles, () => {});
    assert.deepEqual(
      [...again.querySelectorAll('.star')].map((b) => b.getAttribute('aria-pressed')),
      ['false', 'true'],
    );
  });
});
