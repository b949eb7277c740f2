import * as assert from 'node:assert/strict';
import { buildComparison } from '../../../src/compare/buildComparison';
import { BEST_RULES, bestColumns, RANGE_MARK } from '../../../src/compare/differences';
import type { Role } from '../../../src/model/schema';
import type { ComparisonView, Row, Section } from '../../../src/protocol/comparisonView';
import { ComparisonViewSchema } from '../../../src/protocol/comparisonView';
import { officialRoles } from '../../support/officialData';
import { cooks, lookupOf, nurses, surgeons } from '../../support/officialRoles';
import { loadBundledCatalog } from '../../support/roles';

const src = { name: 'Test data', year: 2024 };
const role = (id: string, extra: Partial<Role>): Role => ({ id, title: id.toUpperCase(), category: 'C', ...extra });

function rowOf(view: ComparisonView, section: string, label: string): Row | undefined {
  const s = view.sections.find((x) => x.id === section) as Extract<Section, { kind: 'table' }> | undefined;
  return s?.rows.find((r) => r.label === label);
}
const marks = (row: Row | undefined) => row?.cells.map((c) => c.best ?? null);

/** Which columns should carry the mark, worked out plainly: the extreme of the known figures, unless fewer than two or all equal. */
function expectedBest(values: (number | undefined)[], better: 'higher' | 'lower'): boolean[] {
  const known = values.filter((v): v is number => v !== undefined);
  let best = known[0];
  for (const v of known) if (better === 'higher' ? v > best : v < best) best = v;
  const allEqual = known.every((v) => v === known[0]);
  return values.map((v) => known.length >= 2 && !allEqual && v === best);
}

describe('differences: the best value of each numeric row', () => {
  const catalog = loadBundledCatalog();
  const tm = catalog.byId.get('technical-manager')!;
  const lt = catalog.byId.get('lead-technician')!;
  const official = officialRoles();
  // Registered Nurses, Electricians, Restaurant Cooks, Software Developers: real BLS and O*NET figures.
  const four = ['29-1141', '47-2111', '35-2014', '15-1252'].map((soc) => official.get(soc)!);
  const view = buildComparison(four, lookupOf(four));
  const handMade = [nurses, surgeons, cooks, tm];
  const handView = buildComparison(handMade, lookupOf(handMade));

  it('picks the highest, or the lowest where lower is better', () => {
    assert.deepEqual(bestColumns([3, 9, 5], 'higher'), [1]);
    assert.deepEqual(bestColumns([3, 9, 5], 'lower'), [0]);
    assert.deepEqual(bestColumns([-2.5, -1, -4], 'higher'), [1], 'negative growth: the least decline is best');
  });

  it('marks every column tied at the best', () => {
    assert.deepEqual(bestColumns([9, 3, 9, 5], 'higher'), [0, 2]);
  });

  it('marks nothing when fewer than two roles have the figure, or all are equal', () => {
    assert.deepEqual(bestColumns([9, undefined, undefined], 'higher'), []);
    assert.deepEqual(bestColumns([undefined, undefined], 'higher'), []);
    assert.deepEqual(bestColumns([4, 4, undefined, 4], 'higher'), []);
    assert.deepEqual(bestColumns([Number.NaN, 4], 'higher'), []);
  });

  it('marks highest pay, fastest growth, most jobs and shortest preparation among four official roles', () => {
    const checks: [string, string, (r: Role) => number | undefined, 'higher' | 'lower', string][] = [
      ['overview', 'Yearly salary', (r) => r.pay?.yearly as number | undefined, 'higher', 'Highest pay'],
      ['overview', 'Hourly rate', (r) => r.pay?.hourly as number | undefined, 'higher', 'Highest pay'],
      ['overview', 'Growth rate', (r) => r.growth?.rate, 'higher', 'Fastest growth'],
      ['overview', 'Number of jobs', (r) => r.jobs?.count, 'higher', 'Most jobs'],
      ['salary', 'Median salary', (r) => r.pay?.yearlyMedian as number | undefined, 'higher', 'Highest pay'],
      ['education', 'Job Zone', (r) => r.education?.jobZone?.zone, 'lower', 'Shortest preparation'],
    ];
    for (const [section, label, value, better, words] of checks) {
      const expected = expectedBest(four.map(value), better);
      assert.ok(expected.some(Boolean), `${label}: these four roles differ`);
      assert.deepEqual(
        marks(rowOf(view, section, label)),
        expected.map((e) => (e ? words : null)),
        label,
      );
    }
    // Software Developers pay the most of the four; Restaurant Cooks need the shortest preparation.
    assert.equal(rowOf(view, 'overview', 'Yearly salary')!.cells[3].best, 'Highest pay');
    assert.equal(rowOf(view, 'education', 'Job Zone')!.cells[2].best, 'Shortest preparation');
  });

  it("counts a top-coded wage at its floor: Surgeons' at least $239,200 is the highest", () => {
    assert.deepEqual(marks(rowOf(handView, 'overview', 'Yearly salary')), [null, 'Highest pay', null, null]);
    // Only the hand-made reference role has a growth figure here: one figure, no mark.
    assert.deepEqual(marks(rowOf(handView, 'overview', 'Growth rate')), [null, null, null, null]);
  });

  it('never marks a "no data" cell, nor rows without a best (ages, ranges, places)', () => {
    for (const section of view.sections) {
      if (section.kind !== 'table') continue;
      for (const row of section.rows) {
        for (const c of row.cells) if (c.text === null) assert.equal(c.best, undefined, `${section.id}/${row.label}`);
        if (!BEST_RULES.some((r) => r.section === section.id && r.row === row.label)) {
          assert.ok(
            row.cells.every((c) => c.best === undefined),
            `${section.id}/${row.label}`,
          );
        }
      }
    }
  });

  it('names only rows the comparison has (a renamed row fails here, not silently)', () => {
    const reference = buildComparison([tm, lt]);
    for (const rule of BEST_RULES) {
      assert.ok(rowOf(view, rule.section, rule.row) ?? rowOf(reference, rule.section, rule.row), `${rule.section}/${rule.row}`);
    }
  });

  it('marks the highest of each pay percentile on the chart', () => {
    const range = handView.sections.find((s) => s.id === 'pay-range') as Extract<Section, { kind: 'range' }>;
    const medians = range.rows.map((r) => r.points.find((p) => p.key === 'median'));
    assert.deepEqual(
      medians.map((p) => p?.best),
      [undefined, RANGE_MARK, undefined, undefined],
    );
    // Cooks' p10 ($29,000) is the lowest, never marked; Surgeons' p10 ($120,000) the highest.
    assert.equal(range.rows[1].points.find((p) => p.key === 'p10')?.best, RANGE_MARK);
    assert.equal(range.rows[2].points.find((p) => p.key === 'p10')?.best, undefined);
  });

  it('marks nothing on a role page, and the marked view passes the bridge schema', () => {
    const page = buildComparison([nurses], lookupOf([nurses]));
    assert.ok(JSON.stringify(page).indexOf('"best"') === -1);
    assert.ok(ComparisonViewSchema.safeParse(JSON.parse(JSON.stringify(view))).success);
  });

  it('marks both of two tied roles, and neither of two equal ones', () => {
    const a = role('a', { pay: { source: src, yearly: 90000 }, growth: { source: src, rate: 5 } });
    const b = role('b', { pay: { source: src, yearly: 90000 }, growth: { source: src, rate: 3 } });
    const c = role('c', { pay: { source: src, yearly: 60000 }, growth: { source: src, rate: 5 } });
    const three = buildComparison([a, b, c]);
    assert.deepEqual(marks(rowOf(three, 'overview', 'Yearly salary')), ['Highest pay', 'Highest pay', null]);
    assert.deepEqual(marks(rowOf(three, 'overview', 'Growth rate')), ['Fastest growth', null, 'Fastest growth']);
    assert.deepEqual(marks(rowOf(buildComparison([a, b]), 'overview', 'Yearly salary')), [null, null]);
  });
});
