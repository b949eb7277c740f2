import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { parseCpsAges, parseCpsShares, parseOews, parseProjections } from '../../src/import/bls';
import { BLS_FILES, buildOfficialRoles } from '../../src/import/buildRoles';
import { ONET_FILES, parseTechnologies, parseRequiredEducation, parseSkills, parseTasks } from '../../src/import/onet';
import { buildProseFile, releaseOf, withProse } from '../../src/import/release/onetProse';
import { ImportError } from '../../src/import/table';
import { parseRoleFile } from '../../src/model/loadRoles';
import type { Role } from '../../src/model/schema';
import { buildDataset, readGenerated } from '../../scripts/buildData';
import { officialDataset } from '../support/officialData';

const PUBLIC = join(__dirname, '..', '..', '..', '..', 'shared', 'public-data');
const read = (folder: string, name: string) => readFileSync(join(PUBLIC, folder, name), 'utf8');
/** The first lines of a real file: real rows, small input. */
const head = (folder: string, name: string, lines: number) => read(folder, name).split('\n').slice(0, lines).join('\n');

function throwsImportError(fn: () => unknown, file: string, line: number | undefined, pattern: RegExp): void {
  assert.throws(fn, (err: unknown) => {
    assert.ok(err instanceof ImportError, String(err));
    assert.equal(err.file, file);
    assert.equal(err.line, line);
    assert.match(err.message, pattern);
    return true;
  });
}

describe('BLS parsers', () => {
  it('reads OEWS rows, with thousands separators, top-coded (#) and missing (*) wages', () => {
    const text = [
      head('bls', BLS_FILES.oews, 1),
      '99,U.S.,1,US,000000,Cross-industry,cross-industry,1235,11-0000,Management Occupations,major,"10,966,830",0.2,,,,,68.15,141760,0.2,27.41,38.42,58.7,82.5,#,57010,79900,122090,171610,#,,',
      '99,U.S.,1,US,000000,Cross-industry,cross-industry,1235,11-1011,Chief Executives,detailed,211230,0.8,,,,,126.9,263930,0.6,35.3,64.36,#,#,#,73410,133870,#,#,#,,',
      '99,U.S.,1,US,000000,Cross-industry,cross-industry,1235,27-2011,Actors,detailed,55100,5.3,,,,,37.42,*,1.9,12.22,17.65,25.14,42.95,84.03,*,*,*,*,*,,TRUE',
    ].join('\n');
    const { detailed, majorGroups } = parseOews('oews.csv', text);
    assert.equal(majorGroups.get('11-0000'), 'Management Occupations');
    const ceo = detailed.get('11-1011')!;
    assert.equal(ceo.employment, 211230);
    assert.equal(ceo.annualMean, 263930);
    assert.deepEqual(ceo.annualMedian, { atLeast: 239200 });
    assert.deepEqual(ceo.annualP90, { atLeast: 239200 });
    const actors = detailed.get('27-2011')!;
    assert.equal(actors.annualMean, undefined);
    assert.equal(actors.hourlyMean, 37.42);
  });

  it('reads Employment Projections: title and sample titles, thousands, N/A, a damaged character', () => {
    const warnings: string[] = [];
    const map = parseProjections('ep.csv', head('bls', BLS_FILES.projections, 12), (w) => warnings.push(w));
    const accountants = map.get('13-2011')!;
    assert.equal(accountants.title, 'Accountants and auditors');
    assert.ok(accountants.sampleTitles.includes('Tax Accountant'));
    assert.equal(accountants.percentChange, 4.6);
    assert.equal(accountants.annualOpenings, 124200);
    assert.equal(accountants.typicalEducation, "Bachelor's degree");
    const adultEd = [...map.values()].find((p) => p.title.startsWith('Adult basic education'))!;
    assert.ok(adultEd.sampleTitles.includes('GED Instructor'));
    assert.ok(
      warnings.some((w) => /line 9: dropped a damaged character/.test(w)),
      warnings.join('\n'),
    );
  });

  it('reads CPS table 11 shares with "–" as unknown, and 11b median ages below its title rows', () => {
    const shares = parseCpsShares('cps11.csv', read('bls', BLS_FILES.cpsShares));
    const nurses = shares.find((r) => r.title === 'Registered nurses')!;
    assert.equal(typeof nurses.women, 'number');
    assert.ok(
      shares.some((r) => r.black === undefined || r.asian === undefined),
      'some shares are too small to show',
    );
    const ages = parseCpsAges('cps11b.csv', read('bls', BLS_FILES.cpsAges));
    assert.deepEqual(
      ages.find((r) => r.title === 'Chief executives'),
      { title: 'Chief executives', line: 14, medianAge: 51.6 },
    );
    assert.equal(ages.find((r) => r.title === 'Legislators')!.medianAge, undefined);
  });

  it('names the file and line of a wrong header, a bad number and a broken quote', () => {
    throwsImportError(() => parseOews('oews.csv', 'A,B\n1,2'), 'oews.csv', 1, /header lacks "OCC_CODE"/);
    const header = head('bls', BLS_FILES.oews, 1);
    throwsImportError(
      () =>
        parseOews(
          'oews.csv',
          `${header}\n99,U.S.,1,US,000000,X,x,1,11-1011,Chief Executives,detailed,lots,0,,,,,1,2,0,1,1,1,1,1,1,1,1,1,1,,`,
        ),
      'oews.csv',
      2,
      /"TOT_EMP" is not a number: "lots"/,
    );
    throwsImportError(() => parseCpsShares('cps.csv', 'Occupation,"Total employed\n"x'), 'cps.csv', 2, /instead of delimiter/);
  });
});

describe('O*NET parsers', () => {
  it('keeps importance (IM) skill scores and skips level (LV) rows', () => {
    const skills = parseSkills(ONET_FILES.skills, head('onet-29.3', ONET_FILES.skills, 5));
    assert.deepEqual(skills.get('11-1011.00'), [
      { name: 'Reading Comprehension', importance: 4.12 },
      { name: 'Active Listening', importance: 4 },
    ]);
  });

  it('reads the required-education distribution with its category labels', () => {
    const dist = parseRequiredEducation(
      ONET_FILES.education,
      read('onet-29.3', ONET_FILES.education),
      ONET_FILES.educationCategories,
      read('onet-29.3', ONET_FILES.educationCategories),
    );
    const ceo = dist.get('11-1011.00')!;
    assert.equal(ceo.length, 12);
    assert.equal(ceo[1].label, 'High School Diploma');
    assert.equal(ceo[1].suppressed, false);
    const nurses = dist.get('29-1141.00')!;
    assert.deepEqual(
      nurses.find((c) => c.category === 6),
      { category: 6, label: "Bachelor's Degree", percent: 55.92, suppressed: true },
    );
    const total = ceo.reduce((sum, c) => sum + c.percent, 0);
    assert.ok(Math.abs(total - 100) < 1, `shares add up to ${total}`);
  });

  it('reads technologies with both flags and rejects a flag that is not Y or N', () => {
    const all = parseTechnologies(ONET_FILES.technology, head('onet-29.3', ONET_FILES.technology, 3));
    assert.deepEqual(all.get('11-1011.00'), [
      { name: 'Adobe Acrobat', hot: true, inDemand: false },
      { name: 'AdSense Tracker', hot: false, inDemand: false },
    ]);
    const header = 'O*NET-SOC Code\tTitle\tExample\tCommodity Code\tCommodity Title\tHot Technology\tIn Demand\n';
    throwsImportError(
      () => parseTechnologies('t.txt', `${header}11-1011.00\tx\ty\t1\tz\tMaybe\tN`),
      't.txt',
      2,
      /"Hot Technology" must be Y or N/,
    );
    throwsImportError(
      () => parseTechnologies('t.txt', `${header}11-1011.00\tx\ty\t1\tz\tY\tyes`),
      't.txt',
      2,
      /"In Demand" must be Y or N/,
    );
  });

  it('names the line of a truncated row and of a bad code', () => {
    const lines = head('onet-29.3', ONET_FILES.tasks, 4).split('\n');
    lines[2] = lines[2].split('\t').slice(0, 3).join('\t');
    throwsImportError(
      () => parseTasks(ONET_FILES.tasks, lines.join('\n')),
      ONET_FILES.tasks,
      3,
      /expected 8 tab-separated fields, found 3/,
    );
    throwsImportError(
      () =>
        parseSkills(
          's.txt',
          `${head('onet-29.3', ONET_FILES.skills, 1)}\n11-1011\tx\t2.A\tR\tIM\tImportance\t4\t8\t0.1\t3\t4\tN\t\t08/2023\tAnalyst`,
        ),
      's.txt',
      2,
      /not an O\*NET-SOC code: "11-1011"/,
    );
  });

  it('reports an empty file and a file with no rows of the wanted kind', () => {
    throwsImportError(() => parseTasks('t.txt', ''), 't.txt', undefined, /empty/);
  });
});

describe('the official dataset', () => {
  const built = officialDataset();
  const roles = JSON.parse(built.text).roles as Role[];
  const bySoc = new Map(roles.map((r) => [r.socCode!, r]));

  it('equals every committed file in data/generated byte for byte, and no other file is there (rebuild and compare)', () => {
    const committed = readGenerated();
    assert.deepEqual([...committed.keys()].sort(), [...built.files.keys()].sort(), 'run `npm run data:build` and commit the result');
    for (const [file, text] of built.files)
      assert.ok(committed.get(file) === text, `data/generated/${file} differs: run \`npm run data:build\` and commit the result`);
  });

  it('builds the same bytes twice', function () {
    this.timeout(60000); // a full second build: slow on a shared machine, not a timing test
    const again = buildDataset(PUBLIC);
    assert.equal(again.text, built.text);
    assert.deepEqual(again.files, built.files);
  });

  it('validates against the role schema, with unique ids and the O*NET attribution', () => {
    const parsed = parseRoleFile('occupations.json', built.text);
    assert.deepEqual(parsed.problems, []);
    assert.ok(parsed.roles.length >= 800, `${parsed.roles.length} roles`);
    assert.equal(new Set(roles.map((r) => r.id)).size, roles.length);
    assert.match(JSON.parse(built.text).attribution, /O\*NET 29\.3 Database .* CC BY 4\.0/);
    assert.equal(new Set(roles.map((r) => r.category)).size, 22);
  });

  it('carries the OEWS figures of every occupation exactly (checked against the CSV itself)', () => {
    const rows = parse(read('bls', BLS_FILES.oews), { columns: true, bom: true }) as Record<string, string>[];
    const num = (s: string) => Number(s.replace(/,/g, ''));
    let checked = 0;
    for (const row of rows.filter((r) => r.O_GROUP === 'detailed')) {
      const role = bySoc.get(row.OCC_CODE);
      if (!role) {
        assert.equal(row.A_MEAN === '*' && row.H_MEAN === '*', true, `${row.OCC_CODE} has wages but no role`);
        continue;
      }
      const expect = (raw: string, top: number) => (raw === '*' ? undefined : raw === '#' ? { atLeast: top } : num(raw));
      assert.deepEqual(role.pay!.yearly, expect(row.A_MEAN, 239200), `${row.OCC_CODE} yearly`);
      assert.deepEqual(role.pay!.hourly, expect(row.H_MEAN, 115), `${row.OCC_CODE} hourly`);
      assert.equal(role.jobs?.count, row.TOT_EMP === '**' ? undefined : num(row.TOT_EMP), `${row.OCC_CODE} jobs`);
      checked++;
    }
    assert.ok(checked >= 800, `${checked} occupations checked`);
    const electricians = bySoc.get('47-2111')!;
    assert.equal(electricians.title, 'Electricians');
    assert.equal(electricians.pay!.yearly, 69630);
    assert.deepEqual(electricians.pay!.range, { low: 39430, high: 106030, label: '10th–90th percentile of annual wages' });
  });

  it('maps growth, education, demographics and skills with their sources', () => {
    const nurses = bySoc.get('29-1141')!;
    assert.equal(nurses.id, 'registered-nurses');
    assert.equal(nurses.category, 'Healthcare Practitioners and Technical Occupations');
    assert.deepEqual(nurses.growth?.source, { name: 'BLS Employment Projections', year: '2024–34' });
    assert.equal(nurses.education?.typicalEntry?.name, "Bachelor's degree");
    // O*NET flags the top category (Bachelor's, 56%) as too imprecise: unknown, not the runner-up.
    assert.equal(nurses.education?.mostCommonDegree, undefined);
    assert.equal(bySoc.get('47-2111')!.experience!.label, 'None', "BLS's category as published (issue 18)");
    assert.equal(nurses.skills?.measure, 'importance');
    assert.ok(
      nurses.skills!.items.every((s, i, all) => i === 0 || all[i - 1].value >= s.value),
      'ranked by importance',
    );
    assert.ok(nurses.alternateTitles!.includes('Charge Nurse'));
    assert.equal(nurses.description, undefined, 'O*NET prose is not shipped');
    assert.equal(nurses.responsibilities, undefined, 'O*NET task statements are not shipped');
    const gender = nurses.demographics!.gender!;
    assert.equal(gender[0].name, 'Women');
    assert.equal(Math.round((gender[0].share + gender[1].share) * 10), 1000);
  });

  it('reaches CPS demographics for about two thirds of roles through the Census code, group figures labelled', () => {
    assert.ok(built.coverage.demographics / roles.length > 0.6, `${built.coverage.demographics} of ${roles.length}`);
    assert.equal(built.coverage.demographics, built.coverage.demographicsSingle + built.coverage.demographicsGroup);
    for (const role of roles) {
      if (role.demographics) assert.ok(role.demographics.censusGroup, `${role.title} has figures without their Census occupation`);
    }
  });

  it('stops with an error naming a missing file', () => {
    throwsImportError(
      () =>
        buildOfficialRoles((folder, name) =>
          name === ONET_FILES.skills
            ? (() => {
                throw Object.assign(new Error('x'), { code: 'ENOENT' });
              })()
            : read(folder, name),
        ),
      `onet-29.3/${ONET_FILES.skills}`,
      undefined,
      /cannot be read \(ENOENT\)/,
    );
  });
});

describe('imported O*NET prose', () => {
  it('reads the release name and year from the Read Me', () => {
    assert.deepEqual(releaseOf(read('onet-29.3', 'Read Me.txt')), { name: 'O*NET 29.3 Database (imported)', year: 2025 });
    assert.deepEqual(releaseOf(undefined), { name: 'O*NET Database (imported)', year: null });
  });

  it('builds descriptions and core-first tasks by SOC code, and adds them only to roles without their own', async () => {
    const prose = await buildProseFile(async (name) => read('onet-29.3', name), undefined);
    const ceo = prose.occupations['11-1011']!;
    assert.match(ceo.description, /^Determine and formulate policies/);
    assert.ok(ceo.tasks.length > 10);
    const role: Role = { id: 'chief-executives', title: 'Chief Executives', category: 'Management Occupations', socCode: '11-1011' };
    const merged = withProse(role, prose);
    assert.equal(merged.description!.text, ceo.description);
    assert.deepEqual(merged.responsibilities!.items, ceo.tasks);
    const own: Role = { ...role, description: { source: { name: 'Mine', year: 2026 }, text: 'My words.' } };
    assert.equal(withProse(own, prose).description!.text, 'My words.');
  });
});
