// The Salary section's metro rows: "Highest paying city" filled from imported
// BLS metro figures, "Top paying metro areas" as bars on one scale, and each
// explaining itself when a role has no figures (invented fixture figures).
import * as assert from 'node:assert/strict';
import { buildComparison } from '../../../src/compare/buildComparison';
import { NO_DATA_REASONS, NO_METRO_ESTIMATE } from '../../../src/compare/noDataReasons';
import { withMetros, type MetroFile } from '../../../src/metros/metroFile';
import { buildMetroFile } from '../../../src/metros/metroImport';
import type { Role } from '../../../src/model/schema';
import type { ComparisonView, Row } from '../../../src/protocol/comparisonView';
import { ComparisonViewSchema } from '../../../src/protocol/comparisonView';
import { METRO_TOP_NURSES, metroWorkbook } from '../../support/metroFixtures';
import { cooks, lookupOf, nurses } from '../../support/officialRoles';

const salaryRow = (view: ComparisonView, label: string): Row | undefined => {
  const salary = view.sections.find((s) => s.id === 'salary');
  assert.ok(salary?.kind === 'table');
  return salary.rows.find((r) => r.label === label);
};

describe('comparison: pay by metropolitan area', () => {
  let metros: MetroFile;
  let rn: Role;
  before(async () => {
    metros = await buildMetroFile('MSA_M2024_dl.xlsx', metroWorkbook());
    rn = withMetros(nurses, metros);
  });

  it('fills "Highest paying city" with the metro area of the highest annual mean, its jobs and its source', () => {
    const view = buildComparison([rn], lookupOf([rn]));
    ComparisonViewSchema.parse(view);
    const city = salaryRow(view, 'Highest paying city')!;
    assert.equal(city.cells[0].text, 'San Jose-Sunnyvale-Santa Clara, CA: $181,200 a year, 16,110 jobs');
    assert.match(city.cells[0].note!, /^Metropolitan statistical area with the highest annual mean wage/);
    assert.match(city.cells[0].note!, /Source: BLS OEWS, metropolitan area estimates, 2024$/);
    assert.equal(city.why, undefined);
  });

  it('shows "Top paying metro areas" as up to ten bars, on one scale, with what was left out', () => {
    const view = buildComparison([rn, cooks], lookupOf([rn, cooks]));
    const top = salaryRow(view, 'Top paying metro areas')!;
    assert.deepEqual(
      top.cells[0].bars!.map((b) => b.label),
      METRO_TOP_NURSES,
    );
    assert.ok(top.cells[0].bars!.every((b) => b.max === 181200));
    assert.equal(top.cells[0].caption, '1 of 12 metro areas with an estimate has no published wage and is left out.');
    assert.equal(top.cells[1].text, null);
    const salary = view.sections.find((s) => s.id === 'salary');
    assert.ok(salary?.kind === 'table' && salary.sources.some((s) => s.startsWith('BLS OEWS, metropolitan area estimates, 2024')));
  });

  it('without imported metro data: no top list, and the city row says the file can be imported', () => {
    const view = buildComparison([nurses], lookupOf([nurses]));
    assert.equal(salaryRow(view, 'Top paying metro areas'), undefined);
    const city = salaryRow(view, 'Highest paying city')!;
    assert.equal(city.cells[0].text, null);
    assert.equal(city.why, NO_DATA_REASONS.highestPayingCity);
    assert.match(city.why!, /Import OEWS Metropolitan Area Data…/);
  });

  it('says why an occupation with imported data has none: no estimate, or an hourly wage only', () => {
    const actors = withMetros({ ...cooks, id: 'actors', title: 'Actors', socCode: '27-2011' }, metros);
    const none = withMetros({ ...cooks, id: 'masons', title: 'Masons', socCode: '47-2021' }, metros);
    const view = buildComparison([rn, actors, none], lookupOf([rn, actors, none]));
    const city = salaryRow(view, 'Highest paying city')!;
    assert.deepEqual(
      city.cells.map((c) => c.text === null),
      [false, true, true],
    );
    assert.equal(
      city.why,
      'Actors: BLS publishes only an hourly wage for this occupation (“*” for the annual one), ' +
        'and metro areas are ranked by annual mean. ' +
        `Masons: ${NO_METRO_ESTIMATE}`,
    );
    assert.match(salaryRow(view, 'Top paying metro areas')!.why!, /^Actors: BLS publishes only an hourly wage/);
  });
});
