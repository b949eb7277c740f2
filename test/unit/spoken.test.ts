import * as assert from 'node:assert/strict';
import { buildComparison } from '../../src/compare/buildComparison';
import { announcement, importanceBar, jobsShareBar, mentionShareBar, shareBar, spokenRange, wageBar } from '../../src/compare/spoken';
import type { Bar, ComparisonView, Section } from '../../src/protocol/comparisonView';
import { pushAll } from '../../src/util/arrays';
import { officialRoles } from '../support/officialData';
import { loadBundledCatalog } from '../support/roles';

function section<K extends Section['kind']>(view: ComparisonView, id: string): Extract<Section, { kind: K }> {
  const found = view.sections.find((s) => s.id === id);
  assert.ok(found, `section ${id}`);
  return found as Extract<Section, { kind: K }>;
}

/** Every bar of a view, in tables and bar sections alike. */
function allBars(view: ComparisonView): Bar[] {
  const bars: Bar[] = [];
  for (const s of view.sections) {
    if (s.kind === 'table') for (const row of s.rows) for (const cell of row.cells) pushAll(bars, cell.bars ?? []);
    if (s.kind === 'bars') for (const group of s.groups) pushAll(bars, group.bars);
  }
  return bars;
}

describe('screen-reader text', () => {
  it('says the scale of each kind of bar', () => {
    assert.equal(importanceBar('Active Listening', 4.12).spoken, 'Active Listening: importance 4.12 of 5');
    assert.equal(importanceBar('Repairing', 3.5).spoken, 'Repairing: importance 3.50 of 5');
    assert.equal(shareBar('Women', 87.9, 'workers', 1).spoken, 'Women: 87.9% of workers');
    assert.equal(shareBar('Asian', 2, 'workers', 1).spoken, 'Asian: 2.0% of workers');
    assert.equal(
      shareBar("Bachelor's degree", 62, 'respondents naming it required').spoken,
      "Bachelor's degree: 62% of respondents naming it required",
    );
    assert.equal(wageBar('Montana', { atLeast: 239200 }, 239200).spoken, 'Montana: at least $239,200 a year (annual mean wage)');
    assert.equal(
      jobsShareBar('California (325,620 jobs)', 9.9).spoken,
      'California (325,620 jobs): 9.9% of the occupation’s jobs nationally',
    );
    assert.equal(mentionShareBar('Project Management', 7, 7).spoken, 'Project Management: 7% of the role’s skill mentions');
  });

  it('reads a range without its dash, and a top-coded end as "at least"', () => {
    assert.equal(spokenRange(66030, 135320), 'from $66,030 to $135,320');
    assert.equal(spokenRange(66030, { atLeast: 239200 }), 'from $66,030 to at least $239,200');
  });

  it('announces a role page and comparisons of two to four roles', () => {
    assert.equal(announcement(['Registered Nurses']), 'Now showing Registered Nurses');
    assert.equal(announcement(['Registered Nurses', 'Electricians']), 'Now comparing Registered Nurses and Electricians');
    assert.equal(announcement(['A', 'B', 'C', 'D']), 'Now comparing A, B, C and D');
  });

  describe('in real comparisons', () => {
    const catalog = loadBundledCatalog();
    const official = officialRoles();
    const nurses = official.get('29-1141')!;
    const electricians = official.get('47-2111')!;
    const view = buildComparison([nurses, electricians]);

    it('announces "Now comparing Registered Nurses and Electricians"', () => {
      assert.equal(view.announcement, 'Now comparing Registered Nurses and Electricians');
      assert.equal(buildComparison([nurses]).announcement, 'Now showing Registered Nurses');
    });

    it('gives O*NET skills their 1–5 importance scale and demographic shares their whole', () => {
      const skills = section<'bars'>(view, 'skills').groups[0].bars;
      assert.equal(skills[0].spoken, 'Social Perceptiveness: importance 4.12 of 5');
      const gender = section<'table'>(view, 'demographics').rows.find((r) => r.label === 'Gender ratio')!;
      assert.deepEqual(
        gender.cells[0].bars!.map((b) => b.spoken),
        ['Women: 87.9% of workers', 'Men: 12.1% of workers'],
      );
    });

    it('reads the salary range from one end to the other', () => {
      const range = section<'table'>(view, 'salary').rows.find((r) => r.label === 'Salary range')!;
      assert.equal(range.cells[0].text, '$66,030 – $135,320');
      assert.equal(range.cells[0].spoken, 'from $66,030 to $135,320');
    });

    it('gives every bar of the reference comparison spoken text that names the figure printed on it', () => {
      const reference = buildComparison([catalog.byId.get('technical-manager')!, catalog.byId.get('lead-technician')!]);
      const bars = [...allBars(reference), ...allBars(view)];
      assert.ok(bars.length > 20);
      for (const bar of bars) {
        assert.ok(bar.spoken.startsWith(`${bar.label}: `), bar.spoken);
        assert.ok(bar.spoken.includes(bar.text), `${bar.spoken} says ${bar.text}`);
        assert.match(bar.spoken, / of |a year/, `${bar.spoken} names its scale`);
      }
    });
  });
});
