// Every figure of OEWS's state estimates as shipped in data/generated/states/,
// checked against the state file's own rows read with csv-parse (issue 21),
// and the file reader's refusal of damaged files.
import * as assert from 'node:assert/strict';
import { readGenerated } from '../../../scripts/buildData';
import { parseStateFigures, STATE_FILE_COLUMNS } from '../../../src/import/blsStateFigures';
import { ImportError } from '../../../src/import/table';
import { parseCatalogFile } from '../../../src/model/generatedCatalog';
import { parseStateFile, serializeStateFile, STATE_COLUMNS, stateFileFor, type StateFigures } from '../../../src/states/stateFigures';
import { findUsArea, US_AREAS } from '../../../src/states/usAreas';
import { rawCsv } from '../../support/officialData';

const STATE_CSV = 'oews_state_M2024_detailed.csv';

describe('state figures (OEWS May 2024 state estimates), as shipped', () => {
  const generated = readGenerated();
  const catalog = parseCatalogFile('catalog.json', generated.get('catalog.json')!);
  const roleBySoc = new Map(catalog.summaries.filter((s) => s.socCode).map((s) => [s.socCode!, s]));
  /** Role id → area → figures, from every committed states/ file. */
  const shipped = new Map<string, Map<string, StateFigures>>();
  for (const [file, text] of generated) {
    if (!file.startsWith('states/')) continue;
    const parsed = parseStateFile(file, text);
    assert.ok(parsed.ok, parsed.ok ? '' : parsed.error);
    for (const [id, areas] of parsed.value.roles) shipped.set(id, areas);
  }

  it("holds every row of the state file for the catalog's roles, each figure as the file has it, blanks absent", () => {
    let rows = 0;
    let blanks = 0;
    for (const row of rawCsv('bls', STATE_CSV)) {
      const role = roleBySoc.get(row.OCC_CODE);
      if (!role) continue;
      const area = US_AREAS.find((a) => a.fips === row.AREA)!;
      const figures = shipped.get(role.id)?.get(area.code);
      assert.ok(figures, `${role.id} in ${area.name}`);
      for (const column of STATE_COLUMNS) {
        const raw = row[STATE_FILE_COLUMNS[column]].trim();
        if (raw === '') {
          blanks++;
          assert.equal(figures[column], undefined, `${role.id} ${area.code} ${column} is blank in the file`);
        } else assert.equal(figures[column], Number(raw.replace(/,/g, '')), `${role.id} ${area.code} ${column}`);
      }
      rows++;
    }
    const shippedRows = [...shipped.values()].reduce((n, areas) => n + areas.size, 0);
    assert.equal(shippedRows, rows, 'no row the file lacks');
    assert.ok(rows > 35_000 && blanks > 0, `${rows} rows, ${blanks} blank figures`);
  });

  it("gives Registered Nurses and Electricians in Texas the figures BLS publishes (the issue's example)", () => {
    assert.equal(shipped.get('registered-nurses')?.get('TX')?.yearlyMean, 91690);
    assert.equal(shipped.get('electricians')?.get('TX')?.yearlyMean, 57250);
    // Written out from the file's row by hand: checks the importer's column map, which the test above reuses.
    assert.deepEqual(shipped.get('registered-nurses')?.get('TX'), {
      jobs: 261050,
      hourlyMean: 44.08,
      yearlyMean: 91690,
      hourlyMedian: 43.27,
      yearlyMedian: 90010,
      yearlyP10: 64660,
      yearlyP25: 77450,
      yearlyP75: 102200,
      yearlyP90: 122060,
      jobsPer1000: 18.853,
      locationQuotient: 0.89,
    });
    assert.equal(
      stateFileFor('Healthcare Practitioners and Technical Occupations'),
      'states/healthcare-practitioners-and-technical-occupations.json',
    );
  });

  it('refuses a damaged file, naming it, and never reads half of one', () => {
    const good = serializeStateFile({ name: 'BLS OEWS, state estimates', year: 2024 }, [['a', [['TX', { jobs: 10, yearlyMean: 50000 }]]]]);
    const ok = parseStateFile('states/x.json', good);
    assert.ok(ok.ok);
    assert.deepEqual(ok.value.roles.get('a')?.get('TX'), { jobs: 10, yearlyMean: 50000 });
    const damaged: [string, string][] = [
      ['not JSON', good.slice(0, -5)],
      ['another format', good.replace('"format":1', '"format":2')],
      ['other columns', good.replace('"jobs",', '"employment",')],
      ['an unknown area', good.replace('"TX"', '"ZZ"')],
      ['a short row', good.replace(',null]]', ']]')],
      ['a negative figure', good.replace('[["TX",10', '[["TX",-10')],
      ['an area twice', good.replace(/\[\["TX",([^\]]*)\]\]/, '[["TX",$1],["TX",$1]]')],
    ];
    for (const [what, text] of damaged) {
      const parsed = parseStateFile('states/x.json', text);
      assert.equal(parsed.ok, false, what);
      assert.match(parsed.ok ? '' : parsed.error, /^states\/x\.json: /, what);
    }
  });

  it('refuses a state file whose areas are not the 50 states and DC as OEWS names them', () => {
    const header =
      'AREA,AREA_TITLE,OCC_CODE,TOT_EMP,H_MEAN,A_MEAN,H_MEDIAN,A_MEDIAN,A_PCT10,A_PCT25,A_PCT75,A_PCT90,JOBS_1000,LOC_QUOTIENT';
    const row = (area: string, title: string) => `${area},${title},29-1141,10,1,2080,1,2080,1,1,1,1,1,1`;
    const parse =
      (...rows: string[]) =>
      () =>
        parseStateFigures('bls/x.csv', [header, ...rows].join('\n'));
    assert.equal(parse(row('48', 'Texas'))().get('29-1141')?.[0][0], 'TX');
    assert.throws(parse(row('72', 'Puerto Rico')), (e) => e instanceof ImportError && /FIPS/.test(e.message));
    assert.throws(parse(row('48', 'Tejas')), (e) => e instanceof ImportError && /"Tejas", not "Texas"/.test(e.message));
    assert.throws(parse(row('48', 'Texas'), row('48', 'Texas')), (e) => e instanceof ImportError && /twice/.test(e.message));
  });
});

describe('the areas of the state estimates', () => {
  it('are the 50 states and DC, each with its own code and its own tile on an 8 × 11 grid', () => {
    assert.equal(US_AREAS.length, 51);
    assert.equal(new Set(US_AREAS.map((a) => a.code)).size, 51);
    assert.equal(new Set(US_AREAS.map((a) => a.fips)).size, 51);
    assert.equal(new Set(US_AREAS.map((a) => a.tile.join())).size, 51);
    for (const a of US_AREAS) assert.ok(a.tile[0] >= 0 && a.tile[0] < 8 && a.tile[1] >= 0 && a.tile[1] < 11, a.name);
    const names = new Set(rawCsv('bls', STATE_CSV).map((r) => `${r.AREA} ${r.AREA_TITLE}`));
    assert.deepEqual([...names].sort(), US_AREAS.map((a) => `${a.fips} ${a.name}`).sort());
  });

  it('are found by code or by name, in any case', () => {
    assert.equal(findUsArea('tx')?.name, 'Texas');
    assert.equal(findUsArea(' TX ')?.name, 'Texas');
    assert.equal(findUsArea('district of columbia')?.code, 'DC');
    assert.equal(findUsArea('Texass'), undefined);
    assert.equal(findUsArea(''), undefined);
  });
});
