// The renderer (webview/render/, the real toolkit) in a DOM, at one to four
// columns: column heads with remove buttons, Add role…, Swap sides for two
// only, every table four columns wide, and the difference marks read with
// their figures.
import * as assert from 'node:assert/strict';
import { buildComparison, pickerOptions } from '../../src/compare/buildComparison';
import { MAX_ROLES } from '../../src/limits';
import type { Role } from '../../src/model/schema';
import { installDom } from '../support/dom';
import { cooks, lookupOf, nurses, surgeons } from '../support/officialRoles';
import { officialRoles } from '../support/officialData';
import { loadBundledCatalog } from '../support/roles';
import { pageOf } from '../support/page';

installDom();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const render = require('../../webview/render/page') as typeof import('../../webview/render/page');

type Sent = [string, ...unknown[]];

function paint(roles: Role[]) {
  const sent: Sent[] = [];
  const actions = {
    replace: (column: number, roleId: string) => sent.push(['replace', column, roleId]),
    remove: (column: number) => sent.push(['remove', column]),
    add: () => sent.push(['add']),
    swap: () => sent.push(['swap']),
    search: (column: number) => sent.push(['search', column]),
    downloadDescriptions: () => sent.push(['downloadDescriptions']),
    openRole: (id: string) => sent.push(['openRole', id]),
    compareWith: (id: string) => sent.push(['compareWith', id]),
    toggleFavourite: (id: string) => sent.push(['toggleFavourite', id]),
    openOfficialPage: (id: string, site: string) => sent.push(['openOfficialPage', id, site]),
    chooseState: () => sent.push(['chooseState']),
  };
  const root = document.createElement('main');
  const view = buildComparison(roles, lookupOf(roles));
  const painted = render.showPage(root, pageOf(view, pickerOptions(roles, roles)), actions);
  assert.ok(painted.ok);
  return { root, sent, view };
}

const click = (node: Element) => node.dispatchEvent(new window.MouseEvent('click', { bubbles: true }));

describe('four columns in the webview', () => {
  const tm = loadBundledCatalog().byId.get('technical-manager')!;
  const four = [nurses, surgeons, cooks, tm];

  it('draws every table with a header and a cell for each of the four roles', () => {
    const { root } = paint(four);
    const tables = root.querySelectorAll('table.comparison');
    assert.ok(tables.length >= 3);
    for (const table of tables) {
      const heads = [...table.querySelectorAll('thead th')].map((th) => th.textContent);
      assert.deepEqual(
        heads,
        four.map((r) => r.title),
      );
      for (const tr of table.querySelectorAll('tbody tr')) assert.equal(tr.querySelectorAll('td').length, 4);
      // Each cell names its role for the stacked (narrow) layout.
      for (const tr of table.querySelectorAll('tbody tr')) {
        assert.deepEqual(
          [...tr.querySelectorAll('td')].map((td) => td.getAttribute('data-role')),
          four.map((r) => r.title),
        );
      }
    }
    assert.equal(root.querySelectorAll('.range-row:not(.range-axis-row)').length, 4);
  });

  it('gives each column a remove button named for its role, and no Add role… when full', () => {
    const { root, sent } = paint(four);
    const removes = [...root.querySelectorAll('.remove-column')];
    assert.deepEqual(
      removes.map((b) => b.getAttribute('aria-label')),
      four.map((r) => `Remove ${r.title}`),
    );
    click(removes[2]);
    assert.deepEqual(sent, [['remove', 2]]);
    assert.equal(root.querySelector('.add-column'), null);
    assert.equal(root.querySelector('[data-focus-key="swap"]'), null, 'Swap sides is for two roles only');
    assert.equal(MAX_ROLES, four.length);
  });

  it('offers Add role… below four, Swap sides at exactly two, and no remove button on a role page', () => {
    const pair = paint([nurses, cooks]);
    assert.ok(pair.root.querySelector('[data-focus-key="swap"]'));
    click(pair.root.querySelector('.add-column')!);
    assert.deepEqual(pair.sent, [['add']]);
    const three = paint([nurses, cooks, surgeons]);
    assert.equal(three.root.querySelector('[data-focus-key="swap"]'), null);
    assert.ok(three.root.querySelector('.add-column'));
    const page = paint([nurses]);
    assert.equal(page.root.querySelectorAll('.remove-column').length, 0);
    assert.ok(page.root.querySelector('.add-column'));
  });

  it('sends an intent naming the column, not a list of ids, when a picker changes', () => {
    const { root, sent } = paint(four);
    const picker = root.querySelectorAll<HTMLElement & { value: string }>('.picker')[1];
    picker.value = nurses.id;
    picker.dispatchEvent(new window.Event('change'));
    assert.deepEqual(sent, [['replace', 1, nurses.id]]);
  });

  it('shows each difference mark as a star and words inside the best cell, the words read with the figure', () => {
    const { root, view } = paint(four);
    const overview = root.querySelector('#section-overview table')!;
    const salaryRow = [...overview.querySelectorAll('tbody tr')].find((tr) => tr.querySelector('th')?.textContent === 'Yearly salary')!;
    const cells = [...salaryRow.querySelectorAll('td')];
    const marked = cells.map((td) => td.querySelector('.best-mark')?.textContent ?? null);
    assert.deepEqual(marked, [null, '★ Highest pay', null, null]);
    // The star is hidden from screen readers; the words stay in the cell's text.
    assert.equal(cells[1].querySelector('.best-star')!.getAttribute('aria-hidden'), 'true');
    assert.match(cells[1].textContent!, /\$239,200.*Highest pay/);
    const count = view.sections
      .flatMap((s) => (s.kind === 'table' ? s.rows.flatMap((r) => r.cells) : []))
      .filter((c) => c.best !== undefined).length;
    assert.equal(root.querySelectorAll('td .best-mark').length, count);
    assert.ok(root.querySelectorAll('.range-figures .best-mark').length >= 3);
  });
});

describe('related roles add themselves as a column', () => {
  const official = officialRoles();
  const everyRole = lookupOf([...official.values()]);
  const rn = official.get('29-1141')!;
  const lpn = official.get('29-2061')!;

  function paintWith(roles: Role[]) {
    const sent: Sent[] = [];
    const actions = {
      replace: () => {},
      remove: () => {},
      add: (roleId?: string) => sent.push(['add', roleId]),
      swap: () => {},
      search: () => {},
      downloadDescriptions: () => {},
      openRole: () => {},
      compareWith: () => {},
      toggleFavourite: () => {},
      openOfficialPage: () => {},
      chooseState: () => {},
    };
    const root = document.createElement('main');
    assert.ok(render.showPage(root, pageOf(buildComparison(roles, everyRole)), actions).ok);
    return { root, sent };
  }

  it('offers Add beside each related role not shown while there is room, and sends that role', () => {
    const { root, sent } = paintWith([rn, lpn]);
    const items = [...root.querySelectorAll('#section-related li')];
    assert.ok(items.length > 0, 'the nurses have related roles');
    const shown = new Set([rn.id, lpn.id]);
    const adds = root.querySelectorAll('#section-related .add-linked');
    assert.ok(adds.length > 0);
    click(adds[0]);
    assert.equal(sent.length, 1);
    const [kind, roleId] = sent[0];
    assert.equal(kind, 'add');
    assert.ok(typeof roleId === 'string' && !shown.has(roleId), `adds a role not shown: ${String(roleId)}`);
    assert.match(adds[0].getAttribute('title') ?? '', /^Add .+ to this comparison$/);
  });

  it(`offers no Add at ${MAX_ROLES} columns`, () => {
    const more = [...official.values()].filter((r) => r.id !== rn.id && r.id !== lpn.id).slice(0, MAX_ROLES - 2);
    const { root } = paintWith([rn, lpn, ...more]);
    assert.equal(root.querySelectorAll('.add-linked').length, 0);
  });
});
