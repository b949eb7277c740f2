// Pay where you live (issue 21), end to end in the pure core: Registered
// Nurses vs Electricians with Texas chosen shows Texas's figures with the
// national ones beside, says so, draws the map, and places the user's pay.
// Every figure is checked against the state file's own row.
import * as assert from 'node:assert/strict';
import { readGenerated } from '../../../scripts/buildData';
import { buildComparison } from '../../../src/compare/buildComparison';
import { applyPayWhere } from '../../../src/compare/payWhere';
import type { Role } from '../../../src/model/schema';
import type { Cell, Section } from '../../../src/protocol/comparisonView';
import { ComparisonViewSchema } from '../../../src/protocol/comparisonView';
import { parseStateFile, stateFileFor, type StateFigures } from '../../../src/states/stateFigures';
import { findUsArea } from '../../../src/states/usAreas';
import { exportDocument } from '../../../src/export/document';
import { officialRoles, rawCsv } from '../../support/officialData';

const generated = readGenerated();
const official = officialRoles();
const texas = findUsArea('Texas')!;

function areasOf(role: Role) {
  const parsed = parseStateFile('x', generated.get(stateFileFor(role.category))!);
  assert.ok(parsed.ok);
  return { areas: parsed.value.roles.get(role.id)!, source: parsed.value.source };
}

/** The state file's own row for a SOC code in an area. */
function stateRow(soc: string, area: string): Record<string, string> {
  const row = stateRows().find((r) => r.OCC_CODE === soc && r.AREA_TITLE === area);
  assert.ok(row, `${soc} in ${area}`);
  return row;
}
let rows: Record<string, string>[] | undefined;
const stateRows = () => (rows ??= rawCsv('bls', 'oews_state_M2024_detailed.csv'));
const money = (s: string) => `$${Number(s).toLocaleString('en-US')}`;

function section(sections: Section[], id: string): Section {
  const s = sections.find((x) => x.id === id);
  assert.ok(s, id);
  return s;
}
function rowCells(s: Section, label: string): Cell[] {
  assert.equal(s.kind, 'table');
  const row = s.rows.find((r) => r.label === label);
  assert.ok(row, label);
  return row.cells;
}

describe('pay where you live: Registered Nurses vs Electricians in Texas', () => {
  const nurses = official.get('29-1141')!;
  const electricians = official.get('47-2111')!;
  const input = [nurses, electricians];
  const n = areasOf(nurses);
  const e = areasOf(electricians);
  const areas = new Map<string, ReadonlyMap<string, StateFigures>>([
    [nurses.id, n.areas],
    [electricians.id, e.areas],
  ]);
  const { roles, where } = applyPayWhere(input, { area: texas, areas, source: n.source, yourPay: 85000 });
  const view = buildComparison(roles, undefined, where);

  it('is a valid view', () => {
    assert.ok(ComparisonViewSchema.safeParse(view).success);
  });

  it("shows Texas's yearly pay, from the state file's row, with the national figure beside", () => {
    const tx = [stateRow('29-1141', 'Texas'), stateRow('47-2111', 'Texas')];
    assert.deepEqual(
      tx.map((r) => money(r.A_MEAN)),
      ['$91,690', '$57,250'],
    );
    for (const id of ['overview', 'salary']) {
      const cells = rowCells(section(view.sections, id), id === 'overview' ? 'Yearly salary' : 'Average salary');
      assert.deepEqual(
        cells.map((c) => c.text),
        ['$91,690', '$57,250'],
      );
      assert.deepEqual(
        cells.map((c) => c.beside),
        ['United States: $98,430', 'United States: $69,630'],
      );
      assert.match(cells[0].note!, /state estimates for Texas, 2024/);
    }
    const jobs = rowCells(section(view.sections, 'overview'), 'Number of jobs');
    assert.equal(jobs[0].text, Number(tx[0].TOT_EMP).toLocaleString('en-US'));
    const median = rowCells(section(view.sections, 'salary'), 'Median salary');
    assert.deepEqual(
      median.map((c) => c.text),
      tx.map((r) => money(r.A_MEDIAN)),
    );
    const range = rowCells(section(view.sections, 'salary'), 'Salary range');
    assert.equal(range[0].text, `${money(tx[0].A_PCT10)} – ${money(tx[0].A_PCT90)}`);
  });

  it('says the figures are for Texas, and gives the location quotient in words', () => {
    const overview = section(view.sections, 'overview');
    assert.match(overview.notes!.join(' '), /Pay and jobs are for Texas/);
    assert.ok(overview.sources.some((s) => s.includes('for Texas')));
    const lq = rowCells(overview, 'Concentration of jobs');
    const tx = stateRow('29-1141', 'Texas');
    assert.equal(
      lq[0].text,
      `jobs per 1,000 workers: ${Number(tx.JOBS_1000).toFixed(1)}, ${Number(tx.LOC_QUOTIENT).toFixed(2)}× the national share`,
    );
    assert.match(view.headline[0], /^In Texas, Registered Nurses pay more: an average of \$91,690 a year/);
  });

  it('draws the map with every state named with its pay, Texas chosen', () => {
    const map = section(view.sections, 'pay-map');
    assert.equal(map.kind, 'stateMap');
    assert.equal(map.chosen, 'TX');
    assert.equal(map.maps.length, 2);
    for (const m of map.maps) assert.equal(m.tiles.length, 51);
    assert.equal(map.maps[0].tiles.find((t) => t.code === 'TX')!.label, 'Texas: $91,690 a year, 261,050 jobs');
  });

  it("places $85,000 among each role's Texas percentiles, and draws the national ones beside", () => {
    const range = section(view.sections, 'pay-range');
    assert.equal(range.kind, 'range');
    const [rn, el] = range.rows;
    assert.match(rn.yourPay!.says, /^\$85,000 is about the \d+(st|nd|rd|th) percentile of Registered Nurses in Texas\.$/);
    assert.equal(rn.yourPay!.text, '$85,000');
    assert.equal(rn.beside!.label, 'United States');
    assert.ok(rn.beside!.points.length === 5);
    assert.match(el.yourPay!.says, /Electricians in Texas/);
    // Texas nurses: 25th $75,000s, median $88,000s: $85,000 sits between them.
    const pct = Number(/the (\d+)/.exec(rn.yourPay!.says)![1]);
    assert.ok(pct > 25 && pct < 50, String(pct));
  });

  it("exports the state figures with the national beside, and never the user's pay", () => {
    const doc = JSON.stringify(exportDocument(view));
    assert.match(doc, /\$91,690 \(United States: \$98,430\)/);
    assert.doesNotMatch(doc, /85,000/);
  });

  it('shows no data with its reason where Texas has no figure, the national one still beside', () => {
    const blank = new Map(areas);
    blank.set(nurses.id, new Map([...n.areas].filter(([code]) => code !== 'TX')));
    const { roles: r2, where: w2 } = applyPayWhere(input, { area: texas, areas: blank, source: n.source });
    const v2 = buildComparison(r2, undefined, w2);
    const overview = section(v2.sections, 'overview');
    assert.equal(overview.kind, 'table');
    const row = overview.rows.find((r) => r.label === 'Yearly salary')!;
    assert.equal(row.cells[0].text, null);
    assert.equal(row.cells[0].beside, 'United States: $98,430');
    assert.match(row.why!, /Registered Nurses: BLS publishes no estimate for Registered Nurses in Texas/);
  });

  it('is national, with no beside, when no state is chosen', () => {
    const { roles: r3, where: w3 } = applyPayWhere(input, { areas, source: n.source });
    const v3 = buildComparison(r3, undefined, w3);
    const cells = rowCells(section(v3.sections, 'overview'), 'Yearly salary');
    assert.deepEqual(
      cells.map((c) => [c.text, c.beside]),
      [
        ['$98,430', undefined],
        ['$69,630', undefined],
      ],
    );
    assert.equal(section(v3.sections, 'pay-map').kind, 'stateMap');
  });
});
