// The move sections painted by the real webview renderer in jsdom.
import * as assert from 'node:assert/strict';
import { buildMoveView } from '../../../src/compare/moveView';
import { withMoves } from '../../../src/compare/moves';
import { buildComparison } from '../../../src/compare/buildComparison';
import { parseProfilesFile } from '../../../src/model/profiles';
import { officialRoles } from '../../support/officialData';
import { installDom } from '../../support/dom';
import { committedProfiles } from '../../support/profiles';
import { noActions } from '../../support/renderActions';
import { pageOf } from '../../support/page';

installDom();
// After the DOM exists: the toolkit registers custom elements on load.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const render = require('../../../webview/render/page') as typeof import('../../../webview/render/page');
// eslint-disable-next-line @typescript-eslint/no-require-imports
require('../../../webview/toolkitRegister').registerToolkit();

const { profiles } = committedProfiles();
const nurses = officialRoles().get('29-1141')!;
const electricians = officialRoles().get('47-2111')!;

describe('the move sections in the webview', () => {
  it('draws each gap as two labelled bars, "from" then "to", one image with its spoken text, the gap written beside', () => {
    const view = buildMoveView(nurses, electricians, profiles);
    const root = document.createElement('main');
    assert.deepEqual(render.showPage(root, pageOf(view, [], { fixedColumns: true }), noActions), { ok: true });
    assert.equal(root.querySelector('h1')!.textContent, 'From Registered Nurses to Electricians');
    // A move's two sides are fixed: pickers and Swap sides, but no remove or add buttons and no stars.
    assert.equal(root.querySelectorAll('.picker').length, 2);
    assert.ok(root.querySelector('[data-focus-key="swap"]'));
    assert.equal(root.querySelectorAll('.remove-column, .add-column, .star').length, 0);
    const rows = root.querySelectorAll('#section-gap-skills .gap-row');
    const section = view.sections.find((s) => s.id === 'gap-skills')!;
    assert.ok(section.kind === 'gap');
    assert.equal(rows.length, section.rows.length);
    const first = rows[0] as HTMLElement;
    assert.equal(first.getAttribute('role'), 'img');
    assert.equal(first.getAttribute('aria-label'), section.rows[0].spoken);
    assert.deepEqual(
      [...first.querySelectorAll('.gap-who')].map((n) => n.textContent),
      ['from', 'to'],
    );
    assert.equal(first.querySelector('.gap-amount')!.textContent, section.rows[0].gap);
    const fills = [...first.querySelectorAll<HTMLElement>('.bar-fill')].map((f) => f.style.width);
    assert.deepEqual(fills, [`${(section.rows[0].from.value / 5) * 100}%`, `${(section.rows[0].to.value / 5) * 100}%`]);
  });

  it('sends the columns of "From A to B", and shows each similar role’s line', () => {
    const roles = [nurses, electricians];
    const view = withMoves(buildComparison(roles), roles, profiles, undefined);
    const root = document.createElement('main');
    const sent: [number, number][] = [];
    render.showPage(root, pageOf(view), { ...noActions, planMove: (from, to) => sent.push([from, to]) });
    const buttons = [...root.querySelectorAll<HTMLElement>('#section-moves vscode-button')];
    assert.deepEqual(
      buttons.map((b) => b.textContent),
      ['From Registered Nurses to Electricians', 'From Electricians to Registered Nurses'],
    );
    buttons[1].click();
    assert.deepEqual(sent, [[1, 0]]);
  });

  it('reads a damaged profiles file as an error naming the file, never throwing', () => {
    for (const text of [
      '',
      '{',
      '{"format":2}',
      '{"format":1,"source":{"name":"x","year":null},"skills":["a"],"knowledge":["b"],"roles":[{"id":"r","skills":[],"knowledge":[[1,1]]}]}',
    ]) {
      const parsed = parseProfilesFile('data/generated/profiles.json', text);
      assert.ok(!parsed.ok, text);
      assert.match(parsed.error, /^data\/generated\/profiles\.json: /);
    }
  });
});
