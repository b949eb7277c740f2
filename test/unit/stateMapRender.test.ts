// The map of pay by state as the webview draws it (issue 21), in a DOM, on
// real figures (Registered Nurses and Electricians from the shipped state
// files, Texas chosen): every tile named and placed, the chosen state
// outlined and named, areas without a wage marked and listed, the legend,
// "Show as table" and its sort kept across a redraw and a reload; the pay
// chart's national range and the user's pay; a table cell's national figure.
import * as assert from 'node:assert/strict';
import { readGenerated } from '../../scripts/buildData';
import { MAP_LEVELS } from '../../src/limits';
import type { ComparisonView, RangePoint, Section } from '../../src/protocol/comparisonView';
import { parseWebviewState, type WebviewState } from '../../src/protocol/messages';
import { parseStateFile, stateFileFor, type StateFigures } from '../../src/states/stateFigures';
import { buildTileMap } from '../../src/states/tileMap';
import { installDom } from '../support/dom';
import { pageOf } from '../support/page';
import { noActions } from '../support/renderActions';

const window = installDom();
// A reload scrolls back to the saved place; jsdom has no scrolling.
window.scrollTo = (() => {}) as typeof window.scrollTo;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { renderPage } = require('../../webview/render/page') as typeof import('../../webview/render/page');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { PagePlace } = require('../../webview/pagePlace') as typeof import('../../webview/pagePlace');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const choice = require('../../webview/mapChoice') as typeof import('../../webview/mapChoice');

const generated = readGenerated();
function areasOf(roleId: string, category: string): Map<string, StateFigures> {
  const file = stateFileFor(category);
  const parsed = parseStateFile(file, generated.get(file)!);
  assert.ok(parsed.ok);
  return parsed.value.roles.get(roleId)!;
}

const nurses = { title: 'Registered Nurses', areas: areasOf('registered-nurses', 'Healthcare Practitioners and Technical Occupations') };
const electricianAreas = new Map(areasOf('electricians', 'Construction and Extraction Occupations'));
// One area without a published wage, as BLS leaves some: Wyoming keeps its jobs, loses its pay.
electricianAreas.set('WY', { jobs: electricianAreas.get('WY')?.jobs ?? 1200 });
const electricians = { title: 'Electricians', areas: electricianAreas };
const tileMap = buildTileMap([nurses, electricians]);

type StateMapSection = Extract<Section, { kind: 'stateMap' }>;
const mapSection: StateMapSection = {
  id: 'pay-by-state',
  title: 'Pay by state',
  sources: ['BLS Occupational Employment and Wage Statistics, May 2024'],
  kind: 'stateMap',
  legend: tileMap.legend,
  chosen: 'TX',
  maps: tileMap.maps,
};

const point = (key: RangePoint['key'], label: string, text: string, at: number): RangePoint => ({ key, label, text, at, open: false });
const rangeSection: Section = {
  id: 'pay-range',
  title: 'Pay range',
  sources: ['BLS'],
  kind: 'range',
  measure: 'Annual wage',
  ticks: [{ at: 0, text: '$0' }],
  rows: [
    {
      heading: 'Registered Nurses in Texas',
      summary: 'Registered Nurses in Texas: from $66,030 to $120,000, median $89,000',
      points: [
        point('p10', '10th percentile', '$66,030', 20),
        point('median', 'Median', '$89,000', 45),
        point('p90', '90th percentile', '$120,000', 70),
      ],
      yourPay: { at: 40, text: '$85,000', says: '$85,000 is about the 40th percentile of Registered Nurses in Texas.' },
      beside: {
        label: 'United States',
        summary: 'United States: from $66,030 to $135,320, median $93,600',
        points: [point('p10', '10th percentile', '$66,030', 20), point('median', 'Median', '$93,600', 48)],
      },
    },
    {
      heading: 'Electricians in Texas',
      summary: 'no data',
      points: [],
      beside: { label: 'United States', summary: 'no data', points: [] },
    },
  ],
};
const tableSection: Section = {
  id: 'salary',
  title: 'Salary',
  sources: ['BLS'],
  kind: 'table',
  rows: [
    {
      label: 'Yearly mean',
      cells: [
        { text: '$91,690', beside: 'United States: $98,430' },
        { text: null, beside: 'United States: $67,810' },
      ],
    },
  ],
};

const view: ComparisonView = {
  title: 'Registered Nurses vs Electricians',
  roles: [
    { id: 'registered-nurses', title: 'Registered Nurses' },
    { id: 'electricians', title: 'Electricians' },
  ],
  headline: [],
  announcement: 'Now comparing Registered Nurses and Electricians',
  sections: [tableSection, rangeSection, mapSection],
};
const ids = view.roles.map((r) => r.id);

function paint(root: HTMLElement): void {
  renderPage(root, pageOf(view), noActions);
}

// Beside, not instead of, what other suites put in the shared DOM.
const roots: HTMLElement[] = [];
const removeRoots = () => {
  for (const root of roots.splice(0)) root.remove();
};

function setUp(saved?: unknown) {
  const root = document.createElement('main');
  document.body.append(root);
  roots.push(root);
  const states: WebviewState[] = [];
  const place = new PagePlace({ getState: () => saved, setState: (s) => states.push(s) }, root, (p) => assert.fail(p));
  paint(root);
  place.painted(ids);
  return { root, states };
}

const section = (root: HTMLElement) => root.querySelector<HTMLElement>('#section-pay-by-state')!;
const toggle = (root: HTMLElement) => section(root).querySelector<HTMLButtonElement>('button.map-view-toggle')!;
const bodyRows = (root: HTMLElement) => [...section(root).querySelectorAll('table.map-table tbody tr')];
const rowNames = (root: HTMLElement) => bodyRows(root).map((tr) => tr.querySelector('th')!.firstChild!.textContent);
const sortButton = (root: HTMLElement, name: RegExp) =>
  [...section(root).querySelectorAll<HTMLButtonElement>('button.map-sort')].find((b) => name.test(b.textContent ?? ''))!;
const figureText = (td: Element) => td.textContent!.replace(/\s+/g, ' ');

describe('the map of pay by state in the webview', () => {
  afterEach(() => {
    choice.restoreMapChoice(choice.DEFAULT_MAP_CHOICE);
    removeRoots();
  });

  it('draws 51 tiles a map, each named with its figures, placed on the grid, shown as a tooltip', () => {
    const { root } = setUp();
    const maps = section(root).querySelectorAll('.state-map');
    assert.equal(maps.length, 2);
    maps.forEach((map, i) => {
      assert.equal(map.getAttribute('role'), 'group');
      assert.equal(document.getElementById(map.getAttribute('aria-labelledby')!)?.textContent, tileMap.maps[i].heading);
      const tiles = [...map.querySelectorAll<HTMLElement>('.map-tile')];
      assert.equal(tiles.length, 51);
      tiles.forEach((node, j) => {
        const t = tileMap.maps[i].tiles[j];
        const name = t.code === 'TX' ? `${t.label} (your state)` : t.label;
        assert.equal(node.getAttribute('role'), 'img');
        assert.equal(node.getAttribute('aria-label'), name);
        assert.equal(node.title, name);
        assert.equal(node.textContent, t.code);
        assert.equal(node.style.gridRow, String(t.row + 1));
        assert.equal(node.style.gridColumn, String(t.column + 1));
        assert.ok(node.classList.contains(t.level === undefined ? 'map-no-wage' : `map-level-${t.level}`));
      });
    });
  });

  it('outlines Texas on every map and names it as the chosen state', () => {
    const { root } = setUp();
    for (const map of section(root).querySelectorAll('.state-map')) {
      const chosen = [...map.querySelectorAll('.map-tile.map-chosen')];
      assert.equal(chosen.length, 1);
      assert.equal(chosen[0].textContent, 'TX');
      assert.match(chosen[0].getAttribute('aria-label')!, /^Texas: \$[\d,]+ a year, [\d,]+ jobs \(your state\)$/);
    }
  });

  it('marks an area without a published wage and names it under its map', () => {
    const { root } = setUp();
    const [nurseMap, electricianMap] = section(root).querySelectorAll('.state-map');
    const wy = electricianMap.querySelector<HTMLElement>('.map-tile[aria-label^="Wyoming"]')!;
    assert.ok(wy.classList.contains('map-no-wage'));
    assert.ok(![...wy.classList].some((c) => c.startsWith('map-level-')));
    assert.match(wy.getAttribute('aria-label')!, /^Wyoming: no published yearly wage/);
    assert.equal(electricianMap.querySelector('.map-without-wage')?.textContent, 'No published yearly wage: Wyoming');
    assert.equal(nurseMap.querySelector('.map-without-wage'), null);
  });

  it('keys the shared colour steps with their ranges, the no-wage mark and the chosen state', () => {
    const { root } = setUp();
    const items = [...section(root).querySelectorAll('ul.map-legend li')];
    assert.equal(items.length, MAP_LEVELS + 2);
    items.slice(0, MAP_LEVELS).forEach((li, level) => {
      assert.equal(li.textContent, tileMap.legend[level]);
      assert.ok(li.querySelector(`.map-swatch.map-level-${level}[aria-hidden="true"]`));
    });
    assert.equal(items[MAP_LEVELS].textContent, 'No published yearly wage');
    assert.ok(items[MAP_LEVELS].querySelector('.map-swatch.map-no-wage'));
    assert.equal(items[MAP_LEVELS + 1].textContent, 'Your state');
  });

  it('"Show as table" swaps the maps for one table of the same figures, by state name', () => {
    const { root, states } = setUp();
    assert.equal(toggle(root).getAttribute('aria-pressed'), 'false');
    assert.equal(section(root).querySelector('table.map-table'), null);
    toggle(root).click();
    assert.equal(toggle(root).getAttribute('aria-pressed'), 'true');
    assert.equal(section(root).querySelector('.state-map'), null);
    assert.equal(section(root).querySelector('ul.map-legend'), null);
    const table = section(root).querySelector('table.map-table')!;
    assert.equal(table.querySelector('caption')?.textContent, 'Pay by state: yearly mean wage and jobs by state');
    const roleHeads = [...table.querySelectorAll('th.map-table-role')].map((th) => th.textContent);
    assert.deepEqual(roleHeads, ['Registered Nurses', 'Electricians']);
    assert.equal(bodyRows(root).length, 51);
    const names = tileMap.maps[0].tiles.map((t) => t.name).sort((a, b) => a.localeCompare(b, 'en'));
    assert.deepEqual(rowNames(root), names);
    for (const tr of bodyRows(root)) {
      const name = tr.querySelector('th')!.firstChild!.textContent;
      const cells = [...tr.querySelectorAll('td')].map(figureText);
      const expected = tileMap.maps.flatMap((m) => {
        const t = m.tiles.find((x) => x.name === name)!;
        return [t.yearlyText ?? '—no data', t.jobsText ?? '—no data'];
      });
      assert.deepEqual(cells, expected, name!);
    }
    const texas = bodyRows(root).find((tr) => tr.querySelector('th')!.textContent === 'Texas (your state)');
    assert.ok(texas?.classList.contains('map-table-chosen'));
    assert.equal(section(root).querySelector('th[aria-sort]')?.textContent, 'State');
    assert.equal(section(root).querySelector('th[aria-sort]')?.getAttribute('aria-sort'), 'ascending');
    assert.deepEqual(states.at(-1)?.stateMap, { table: true, sort: 'state', descending: false });
    toggle(root).click();
    assert.equal(section(root).querySelectorAll('.state-map').length, 2);
    assert.equal(states.at(-1)?.stateMap, undefined, 'the default is not saved');
  });

  it('sorts by any column through its header button, absent figures last, and says the order in aria-sort', () => {
    const { root, states } = setUp();
    toggle(root).click();
    const yearly = sortButton(root, /^Yearly mean, Electricians$/);
    yearly.click();
    const th = yearly.closest('th')!;
    assert.equal(th.getAttribute('aria-sort'), 'descending');
    assert.equal(section(root).querySelectorAll('th[aria-sort]').length, 1);
    const pay = (name: string) => tileMap.maps[1].tiles.find((t) => t.name === name)!.yearly;
    const high = rowNames(root).map((n) => pay(n!));
    assert.equal(high.at(-1), undefined, 'Wyoming, without a wage, last');
    const known = high.slice(0, -1) as number[];
    assert.deepEqual(
      known,
      known.slice().sort((a, b) => b - a),
    );
    yearly.click();
    assert.equal(th.getAttribute('aria-sort'), 'ascending');
    const low = rowNames(root).map((n) => pay(n!));
    assert.equal(low.at(-1), undefined, 'still last when the order turns');
    assert.deepEqual(low.slice(0, -1), known.slice().reverse());
    assert.deepEqual(states.at(-1)?.stateMap, { table: true, sort: 'yearly-1', descending: false });
    const jobs = sortButton(root, /^Jobs, Registered Nurses$/);
    jobs.click();
    const nurseJobs = rowNames(root).map((n) => tileMap.maps[0].tiles.find((t) => t.name === n)!.jobs!);
    assert.deepEqual(
      nurseJobs,
      nurseJobs.slice().sort((a, b) => b - a),
    );
    assert.equal(th.getAttribute('aria-sort'), null);
    assert.equal(jobs.closest('th')!.getAttribute('aria-sort'), 'descending');
  });

  it('keeps the table and its sort across a redraw and a reload (the saved state)', () => {
    const { root, states } = setUp();
    toggle(root).click();
    sortButton(root, /^Yearly mean, Registered Nurses$/).click();
    const order = rowNames(root);
    // The host sends the page again (new data, a star): drawn whole.
    paint(root);
    assert.equal(toggle(root).getAttribute('aria-pressed'), 'true');
    assert.deepEqual(rowNames(root), order);
    assert.equal(
      sortButton(root, /^Yearly mean, Registered Nurses$/)
        .closest('th')!
        .getAttribute('aria-sort'),
      'descending',
    );
    const saved = states.at(-1)!;
    assert.ok(parseWebviewState(saved).ok);
    // A reload: a new webview, nothing in memory, only the saved state.
    choice.restoreMapChoice(choice.DEFAULT_MAP_CHOICE);
    removeRoots();
    const reloaded = setUp(JSON.parse(JSON.stringify(saved)));
    assert.equal(toggle(reloaded.root).getAttribute('aria-pressed'), 'true');
    assert.deepEqual(rowNames(reloaded.root), order);
    assert.deepEqual(reloaded.states.at(-1)?.stateMap, saved.stateMap);
  });

  it('draws a sort saved for a column this page lacks by state name', () => {
    const { root } = setUp({ roleIds: ids, stateMap: { table: true, sort: 'jobs-3', descending: true } });
    assert.equal(section(root).querySelector('th[aria-sort]')?.textContent, 'State');
    assert.equal(rowNames(root)[0], 'Alabama');
  });
});

describe('pay where you live on the pay chart and in tables', () => {
  afterEach(removeRoots);

  it('draws the national range under a state row, muted, with its own text alternative and figures', () => {
    const { root } = setUp();
    const chart = root.querySelector('#section-pay-range .range-chart')!;
    const beside = [...chart.querySelectorAll('.range-row.range-beside')];
    assert.equal(beside.length, 2);
    assert.equal(beside[0].querySelector('.range-heading')?.textContent, 'United States');
    const plot = beside[0].querySelector('.range-plot')!;
    assert.equal(plot.getAttribute('role'), 'img');
    assert.equal(plot.getAttribute('aria-label'), 'United States: from $66,030 to $135,320, median $93,600');
    assert.equal(beside[0].nextElementSibling?.className, 'range-figures range-beside-figures');
    assert.match(beside[0].nextElementSibling!.textContent!, /Median \$93,600/);
    // Electricians in Texas have no figures, nor does the country here: two labelled dashes.
    assert.equal(beside[1].querySelector('.no-data')?.getAttribute('aria-label'), 'no data');
  });

  it("marks the user's pay on the row and says where it falls in a sentence a screen reader gets", () => {
    const { root } = setUp();
    const chart = root.querySelector('#section-pay-range .range-chart')!;
    const row = chart.querySelector('.range-row.has-your-pay')!;
    const mark = row.querySelector<HTMLElement>('.range-plot .range-your-pay')!;
    assert.equal(mark.style.left, '40%');
    assert.equal(mark.textContent, 'You $85,000');
    const says = chart.querySelector('p.range-your-pay-says')!;
    assert.equal(says.textContent, '$85,000 is about the 40th percentile of Registered Nurses in Texas.');
    assert.equal(says.closest('[aria-hidden="true"], [role="img"]'), null);
    assert.equal(chart.querySelectorAll('.range-your-pay').length, 1);
  });

  it('shows the national figure under a state figure, and under a "no data" dash', () => {
    const { root } = setUp();
    const cells = [...root.querySelectorAll('#section-salary tbody td')];
    assert.equal(cells[0].textContent, '$91,690United States: $98,430');
    assert.equal(cells[0].querySelector('.cell-beside')?.textContent, 'United States: $98,430');
    assert.ok(cells[1].firstElementChild?.classList.contains('no-data'));
    assert.equal(cells[1].lastElementChild?.className, 'cell-beside');
    assert.equal(cells[1].lastElementChild?.textContent, 'United States: $67,810');
  });
});
