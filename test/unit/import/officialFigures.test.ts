// The new official figures (issue 7) checked against the publishers' raw rows,
// read here without the importers: pay by state and industry, percentiles,
// Census-group demographics, education spread, Job Zone, fields of study,
// knowledge, flagged technologies and related roles.
import * as assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { censusGroupLabel } from '../../../src/compare/sections/demographics';
import type { Role } from '../../../src/model/schema';
import { num, officialDataset, officialRoles, rawCsv, rawTsv, readPublic } from '../../support/officialData';

const roles = officialRoles();
const role = (soc: string) => {
  const r = roles.get(soc);
  assert.ok(r, `no role for ${soc}`);
  return r;
};
const national = (soc: string) => rawCsv('bls', 'oews_national_M2024_dl.csv').find((r) => r.OCC_CODE === soc && r.O_GROUP === 'detailed')!;
const stateRows = (soc: string) => rawCsv('bls', 'oews_state_M2024_detailed.csv').filter((r) => r.OCC_CODE === soc);
const industryRows = (soc: string) =>
  rawCsv('bls', 'oews_nat3d_M2024_trimmed.csv').filter((r) => r.OCC_CODE === soc && r.O_GROUP === 'detailed');
const round1 = (n: number) => Math.round(n * 10) / 10;

describe('official figures: pay by state (OEWS state file)', () => {
  /** The raw top 10 by annual mean, blanks left out, ties by name. */
  function expectedTop10(soc: string) {
    return stateRows(soc)
      .filter((r) => r.A_MEAN !== '')
      .sort((a, b) => num(b.A_MEAN) - num(a.A_MEAN) || (a.AREA_TITLE < b.AREA_TITLE ? -1 : 1))
      .slice(0, 10)
      .map((r) => ({ name: r.AREA_TITLE, annualMean: num(r.A_MEAN), ...(r.TOT_EMP !== '' && { jobs: num(r.TOT_EMP) }) }));
  }

  it('counts the 50 states with no row for Prosthodontists beside its one blank wage', () => {
    const rows = stateRows('29-1024');
    assert.equal(rows.length, 1, 'one state row in the raw file');
    assert.equal(role('29-1024').states!.withoutWage, 51);
  });

  it('names the highest paying state with its job count, and ranks the top 10 (Registered Nurses, Electricians)', () => {
    const nurses = role('29-1141').states!;
    assert.deepEqual(nurses.highestPaying[0], { name: 'California', annualMean: 148330, jobs: 326720 });
    assert.deepEqual(nurses.highestPaying, expectedTop10('29-1141'));
    const electricians = role('47-2111').states!;
    assert.deepEqual(electricians.highestPaying[0], { name: 'Washington', annualMean: 93840, jobs: 18380 });
    assert.deepEqual(electricians.highestPaying, expectedTop10('47-2111'));
    assert.equal(role('47-2111').pay!.highestPayingState, 'Washington');
    assert.deepEqual(nurses.source, { name: 'BLS OEWS, state estimates', year: 2024 });
  });

  it('leaves a state with a blank wage out of the ranking and counts it in withoutWage (Family Medicine Physicians)', () => {
    const rows = stateRows('29-1215');
    const blank = rows.filter((r) => r.A_MEAN === '').map((r) => r.AREA_TITLE);
    assert.deepEqual(blank, ['Nevada'], 'the raw file leaves Nevada blank');
    const states = role('29-1215').states!;
    assert.equal(states.withoutWage, 1);
    assert.ok(!states.highestPaying.some((s) => s.name === 'Nevada'), 'a blank wage is never ranked');
    assert.deepEqual(states.highestPaying, expectedTop10('29-1215'));
  });

  it('counts every state without a published wage, its row blank or absent, and never ranks one (issue 18)', () => {
    const areas = new Set(rawCsv('bls', 'oews_state_M2024_detailed.csv').map((x) => x.AREA_TITLE)).size;
    assert.equal(areas, 51, 'the 50 states and DC');
    for (const r of roles.values()) {
      if (!r.states) continue;
      const rows = stateRows(r.socCode!);
      assert.equal(r.states.withoutWage, areas - rows.filter((x) => x.A_MEAN !== '').length, r.title);
      assert.equal(r.states.areas, areas, r.title);
      assert.ok(r.states.highestPaying.length <= 10 && r.states.mostJobs.length <= 5, r.title);
    }
  });

  it('lists where the jobs are: top 5 states by employment with their share of the national total', () => {
    for (const soc of ['29-1141', '47-2111']) {
      const total = num(national(soc).TOT_EMP);
      const expected = stateRows(soc)
        .filter((r) => r.TOT_EMP !== '')
        .sort((a, b) => num(b.TOT_EMP) - num(a.TOT_EMP))
        .slice(0, 5)
        .map((r) => ({ name: r.AREA_TITLE, jobs: num(r.TOT_EMP), share: round1((num(r.TOT_EMP) / total) * 100) }));
      assert.deepEqual(role(soc).states!.mostJobs, expected, soc);
    }
    assert.deepEqual(role('47-2111').states!.mostJobs[0], { name: 'California', jobs: 73420, share: 9.9 });
  });
});

describe('official figures: pay by industry (OEWS 3-digit NAICS)', () => {
  /** Independent reading of the rule: industries with ≥ 1% of the national jobs, highest annual mean. */
  function expectedBest(soc: string) {
    const total = num(national(soc).TOT_EMP);
    return industryRows(soc)
      .filter((r) => r.TOT_EMP !== '**' && r.A_MEAN !== '*' && r.A_MEAN !== '#' && num(r.TOT_EMP) / total >= 0.01)
      .sort((a, b) => num(b.A_MEAN) - num(a.A_MEAN))[0];
  }

  it('names the best paying industry under the 1% rule, not a tiny cell (Registered Nurses)', () => {
    const industries = role('29-1141').industries!;
    assert.equal(industries.bestPaying!.naics, '999000');
    assert.equal(industries.bestPaying!.annualMean, 112400);
    const best = expectedBest('29-1141');
    assert.deepEqual(industries.bestPaying, {
      name: best.NAICS_TITLE,
      naics: best.NAICS,
      annualMean: num(best.A_MEAN),
      jobs: num(best.TOT_EMP),
    });
    // The raw file has a higher mean in a 260-job cell (0.008% of nurses): excluded by the rule.
    const tiny = industryRows('29-1141').find((r) => r.NAICS === '334000')!;
    assert.ok(num(tiny.A_MEAN) > 112400 && num(tiny.TOT_EMP) === 260);
    assert.match(industries.rule, /at least 1% of the occupation's national jobs/);
    assert.match(industries.rule, /all ownerships/);
  });

  it('names Utilities for Electricians, as the raw rows say', () => {
    const best = expectedBest('47-2111');
    assert.equal(best.NAICS_TITLE, 'Utilities');
    assert.equal(role('47-2111').industries!.bestPaying!.name, 'Utilities');
    assert.equal(role('47-2111').industries!.bestPaying!.annualMean, num(best.A_MEAN));
    assert.equal(role('47-2111').pay!.bestPayingIndustry, 'Utilities');
  });

  it("lists the top 5 industries by employment with their share of the occupation's national jobs", () => {
    for (const soc of ['29-1141', '47-2111', '15-1252']) {
      const total = num(national(soc).TOT_EMP);
      const expected = industryRows(soc)
        .filter((r) => r.TOT_EMP !== '**')
        .sort((a, b) => num(b.TOT_EMP) - num(a.TOT_EMP))
        .slice(0, 5)
        .map((r) => ({ name: r.NAICS_TITLE, naics: r.NAICS, jobs: num(r.TOT_EMP), share: round1((num(r.TOT_EMP) / total) * 100) }));
      assert.deepEqual(role(soc).industries!.mostJobs, expected, soc);
    }
    assert.deepEqual(role('29-1141').industries!.mostJobs[0], { name: 'Hospitals', naics: '622000', jobs: 1956900, share: 59.6 });
  });
});

describe('official figures: why a state or industry figure is missing (issue 18)', () => {
  it('records a reason for every empty ranking or list, and none where the figure exists, for all roles', () => {
    const missing: string[] = [];
    for (const [soc, r] of roles) {
      const s = r.states;
      const i = r.industries;
      if (s) {
        assert.equal(s.highestPaying.length === 0, s.gaps?.highestPaying !== undefined, `${soc} states ranking`);
        assert.equal(s.mostJobs.length === 0, s.gaps?.mostJobs !== undefined, `${soc} states by jobs`);
      }
      if (i) {
        assert.equal(i.bestPaying === undefined, i.gaps?.bestPaying !== undefined, `${soc} best industry`);
        assert.equal(i.mostJobs.length === 0, i.gaps?.mostJobs !== undefined, `${soc} industries by jobs`);
      }
      if (!s || !i) missing.push(soc);
    }
    assert.deepEqual(missing, [], 'every role has rows in both files');
  });

  it('says the hourly-only roles have no annual wage to rank, as the raw rows show "*"', () => {
    const hourlyOnly = [...roles.values()].filter((r) => r.industries?.gaps?.bestPaying === 'hourlyOnly').map((r) => r.socCode);
    assert.deepEqual(hourlyOnly, ['27-2011', '27-2031', '27-2042', '27-2091', '27-2099']);
    for (const soc of hourlyOnly) {
      assert.equal(national(soc!).A_MEAN, '*', soc);
      assert.ok(
        industryRows(soc!).every((row) => row.A_MEAN === '*'),
        soc,
      );
      assert.equal(role(soc!).states!.gaps!.highestPaying, 'hourlyOnly', soc);
    }
  });

  it('says Cooks, Private Household have no industry job count ("**") and Prosthodontists no state wage', () => {
    assert.ok(industryRows('35-2013').every((row) => row.TOT_EMP === '**'));
    assert.deepEqual(role('35-2013').industries!.gaps, { bestPaying: 'noJobCounts', mostJobs: 'noJobCounts' });
    assert.deepEqual(role('29-1024').states!.gaps, { highestPaying: 'noWages', mostJobs: 'noJobCounts' });
  });
});

describe('official figures: percentiles (OEWS national)', () => {
  it('carries the 10th–90th percentiles of Registered Nurses and Electricians', () => {
    assert.deepEqual(role('29-1141').pay!.percentiles, { p10: 66030, p25: 78610, median: 93600, p75: 107960, p90: 135320 });
    const row = national('47-2111');
    assert.deepEqual(role('47-2111').pay!.percentiles, {
      p10: num(row.A_PCT10),
      p25: num(row.A_PCT25),
      median: num(row.A_MEDIAN),
      p75: num(row.A_PCT75),
      p90: num(row.A_PCT90),
    });
  });

  it('keeps a top-coded (#) percentile as { atLeast: 239200 } (Family Medicine Physicians)', () => {
    const row = national('29-1215');
    assert.equal(row.A_PCT75, '#');
    assert.equal(row.A_PCT90, '#');
    assert.deepEqual(role('29-1215').pay!.percentiles, {
      p10: num(row.A_PCT10),
      p25: num(row.A_PCT25),
      median: num(row.A_MEDIAN),
      p75: { atLeast: 239200 },
      p90: { atLeast: 239200 },
    });
  });
});

describe('official figures: demographics through the Census code', () => {
  const cps = (title: string) => rawCsv('bls', 'cps_cpsaat11_2022.csv').find((r) => r.Occupation.toLowerCase() === title.toLowerCase())!;
  const list = rawCsv('census', 'census_2018_occupation_codes.csv').filter((r) => r.soc_code !== 'none');
  /** What a list entry's SOC column fixes, read here on its own: X is any digit; a group code ends in zeros. */
  const fixed = (soc: string) => (soc.includes('X') ? soc.slice(0, soc.indexOf('X')) : soc.replace(/0+$/, ''));
  /** The narrowest list entry holding a role's SOC code, or none when the role is a group the list splits. */
  function listEntry(soc: string) {
    const own = fixed(soc);
    if (list.some((r) => fixed(r.soc_code).length > own.length && fixed(r.soc_code).startsWith(own))) return undefined;
    const holding = list.filter((r) => own.startsWith(fixed(r.soc_code)));
    return holding.sort((a, b) => fixed(b.soc_code).length - fixed(a.soc_code).length)[0];
  }
  const entryOf = new Map([...roles.keys()].map((soc) => [soc, listEntry(soc)]));
  /** Our roles that the Census code list maps to this Census code. */
  const rolesUnder = (code: string) => [...roles.keys()].filter((soc) => entryOf.get(soc)?.census_code === code);

  it("labels a Census group's figures with the group and how many roles it covers (Cooks)", () => {
    const under = rolesUnder('4020');
    assert.ok(under.length > 1, under.join());
    const row = cps('Cooks');
    for (const soc of under) {
      const d = role(soc).demographics!;
      assert.deepEqual(d.censusGroup, { code: '4020', title: 'Cooks', covers: under.length, soc: '35-2010' }, soc);
      assert.equal(d.gender![0].share, num(row.Women));
      assert.equal(d.race![0].share, num(row.White));
    }
    assert.equal(role('35-2014').title, 'Cooks, Restaurant');
    assert.equal(role('35-2014').demographics!.censusGroup!.covers, 6);
  });

  it('matches a Census occupation that is the role alone, unlabelled (Electricians: covers 1)', () => {
    assert.deepEqual(rolesUnder('6355'), ['47-2111']);
    const d = role('47-2111').demographics!;
    assert.deepEqual(d.censusGroup, { code: '6355', title: 'Electricians', covers: 1 });
    const row = cps('Electricians');
    assert.deepEqual(d.gender, [
      { name: 'Women', share: num(row.Women) },
      { name: 'Men', share: round1(100 - num(row.Women)) },
    ]);
    assert.equal(d.race!.find((x) => x.name.startsWith('Hispanic'))!.share, num(row['Hispanic or Latino']));
    assert.equal(d.medianAge!.value, readAge('Electricians'));
  });

  it('leaves a role without figures where CPS prints "–", and says why in the build', () => {
    const row = cps('Legislators');
    assert.equal(row.Women, '–');
    assert.equal(role('11-1031').demographics?.gender, undefined);
    const reasons = officialDataset().coverage.demographicsUnmatched;
    const tooFew = reasons.find((r) => /below BLS publication criteria/.test(r.reason))!;
    assert.ok(tooFew.titles.includes('11-1031 Legislators'));
    const spans = reasons.find((r) => /spans several Census occupations/.test(r.reason))!;
    assert.deepEqual(spans.titles, ['13-1020 Buyers and Purchasing Agents', '31-1120 Home Health and Personal Care Aides']);
  });

  it('gives every role the Census occupation the code list maps it to, and each group the count of roles it holds (issue 18)', () => {
    let checked = 0;
    for (const [soc, r] of roles) {
      const group = r.demographics?.censusGroup;
      const entry = entryOf.get(soc);
      if (!group) continue;
      assert.ok(entry, `${soc} has a Census group the list does not give it`);
      const expected = { code: entry.census_code, title: entry.census_title, covers: rolesUnder(entry.census_code).length };
      assert.deepEqual(group, { ...expected, ...(entry.soc_code !== soc && { soc: entry.soc_code }) }, soc);
      checked++;
    }
    assert.equal(checked, 590, 'roles with any CPS figure: shares (567) or a median age');
  });

  it('leaves no Census group unlabelled: every role whose list entry is wider than its own code says whose figures they are', () => {
    const unlabelled = [...roles].filter(([soc, r]) => {
      const entry = entryOf.get(soc);
      const wider = entry !== undefined && (entry.soc_code !== soc || rolesUnder(entry.census_code).length > 1);
      return r.demographics?.censusGroup && wider && censusGroupLabel(r) === undefined;
    });
    assert.deepEqual(
      unlabelled.map(([soc]) => soc),
      [],
    );
  });

  it('labels the five roles that showed a wider group as their own: each is a group, counted in full (issue 18)', () => {
    const groups = ['25-9044', '53-1041', '51-2021', '51-9141', '13-2099'].map((soc) => role(soc).demographics!.censusGroup!);
    assert.deepEqual(
      groups.map((g) => [g.title, g.covers, g.soc]),
      [
        ['Teaching assistants', 2, '25-9040'],
        ['Supervisors of transportation and material moving workers', 2, '53-1000'],
        ['Electrical, electronics, and electromechanical assemblers', 2, '51-2020'],
        ['Other production workers', 1, '51-91XX'],
        ['Other financial specialists', 2, '13-20XX'],
      ],
    );
    assert.deepEqual(rolesUnder('2330').sort(), ['25-2051', '25-2052', '25-2057', '25-2058', '25-2059'].sort());
    assert.equal(role('25-2051').demographics!.censusGroup!.covers, 5);
  });
});

/** CPS 11b median age by title: its header row (the one naming "Median age") sits below title rows. */
function readAge(title: string): number {
  const rows = parse(readPublic('bls', 'cps_cpsaat11b_2025.csv'), { relax_column_count: true, bom: true }) as string[][];
  const header = rows.findIndex((r) => r.includes('Median age'));
  const col = rows[header].indexOf('Median age');
  return Number(rows.find((r, i) => i > header && r[0].trim() === title)![col]);
}

describe('official figures: education, Job Zone and fields of study', () => {
  const rl = (code: string) =>
    rawTsv('Education, Training, and Experience.txt').filter((r) => r['O*NET-SOC Code'] === code && r['Scale ID'] === 'RL');

  it('shows the whole RL distribution, largest first, with a suppressed top category left out and named (Registered Nurses)', () => {
    const raw = rl('29-1141.00');
    const education = role('29-1141').education!;
    const suppressed = raw.filter((r) => r['Recommend Suppress'] === 'Y');
    assert.equal(education.suppressed!.length, suppressed.length);
    assert.ok(education.suppressed!.includes("Bachelor's Degree"));
    assert.equal(education.mostCommonDegree, undefined, 'the top estimate is suppressed: unknown, not the runner-up');
    assert.equal(education.distribution!.length + suppressed.length, raw.length);
    assert.ok(
      education.distribution!.every((c, i, all) => i === 0 || all[i - 1].share >= c.share),
      'largest first',
    );
    assert.equal(education.typicalEntry!.name, "Bachelor's degree");
  });

  it('names tied top categories together (Tax Preparers: a tie in the raw file)', () => {
    const raw = rl('13-2082.00').sort((a, b) => num(b['Data Value']) - num(a['Data Value']));
    assert.equal(raw[0]['Data Value'], raw[1]['Data Value'], 'the raw file ties its top two categories');
    assert.notEqual(raw[1]['Data Value'], raw[2]['Data Value']);
    const degree = role('13-2082').education!.mostCommonDegree!;
    assert.equal(degree.name, "High School Diploma / Bachelor's Degree");
    assert.equal(degree.share, round1(num(raw[0]['Data Value'])));
    assert.equal(officialDataset().coverage.educationTies, 4);
  });

  it("carries Electricians' distribution exactly, every category with its share", () => {
    const raw = rl('47-2111.00');
    const dist = role('47-2111').education!.distribution!;
    assert.equal(dist.length, raw.length);
    assert.deepEqual(dist[0], {
      name: 'Post-Secondary Certificate',
      share: round1(num(raw.find((r) => r.Category === '3')!['Data Value'])),
    });
    assert.deepEqual(role('47-2111').education!.mostCommonDegree, { name: 'Post-Secondary Certificate', share: 61.7 });
  });

  it('gives the O*NET Job Zone with its label', () => {
    const zones = rawTsv('Job Zones.txt');
    const labels = rawTsv('Job Zone Reference.txt');
    for (const soc of ['29-1141', '47-2111', '15-1252']) {
      const zone = Number(zones.find((r) => r['O*NET-SOC Code'] === `${soc}.00`)!['Job Zone']);
      const label = labels.find((r) => Number(r['Job Zone']) === zone)!.Name;
      assert.deepEqual(role(soc).education!.jobZone, { zone, label, source: { name: 'O*NET 29.3 Database', year: 2025 } }, soc);
    }
    assert.equal(role('29-1141').education!.jobZone!.label, 'Job Zone Four: Considerable Preparation Needed');
  });

  it('lists related fields of study from the CIP–SOC crosswalk in CIP code order, at most 20, with the total beyond', () => {
    const cip = rawCsv('nces', 'cip2020_soc2018_crosswalk.csv');
    for (const soc of ['29-1141', '47-2111', '15-1252', '25-1071']) {
      const raw = cip.filter((r) => r.SOC2018Code === soc).sort((a, b) => (a.CIP2020Code < b.CIP2020Code ? -1 : 1));
      const expected = raw.slice(0, 20).map((r) => ({ code: r.CIP2020Code, title: r.CIP2020Title.replace(/\.$/, '') }));
      const fields = role(soc).education!.relatedFields!;
      assert.deepEqual(fields.items, expected, soc);
      assert.equal(fields.total, raw.length > 20 ? raw.length : undefined, soc);
    }
    assert.deepEqual(role('47-2111').education!.relatedFields!.items, [{ code: '46.0302', title: 'Electrician' }]);
    assert.equal(role('29-1141').education!.relatedFields!.total, 21);
    assert.ok(role('15-1252').education!.relatedFields!.items.some((f) => f.title === 'Computer Science'));
  });

  it('gives the most common degree at the precision of its bar, for every role (issue 18: Architects showed 43 beside 42.9)', () => {
    const disagree = [...roles.values()].filter((r) => {
      const e = r.education;
      return (
        e?.mostCommonDegree && e.distribution?.[0].name === e.mostCommonDegree.name && e.distribution[0].share !== e.mostCommonDegree.share
      );
    });
    assert.deepEqual(
      disagree.map((r) => `${r.title}: ${r.education!.mostCommonDegree!.share} beside ${r.education!.distribution![0].share}`),
      [],
    );
    assert.equal(role('17-1011').education!.mostCommonDegree!.share, 42.9);
  });

  it('lists no "NO MATCH" placeholder (CIP 99.9999) as a field of study, for any of the 831 roles (issue 18)', () => {
    const placeholders = [...roles.values()].filter((r) => r.education?.relatedFields?.items.some((f) => f.code === '99.9999'));
    assert.deepEqual(
      placeholders.map((r) => r.title),
      [],
    );
    for (const soc of ['41-2031', '37-2011', '27-1023']) assert.equal(role(soc).education?.relatedFields, undefined, soc);
  });
});

describe('official figures: knowledge, technologies, related roles', () => {
  it('ranks knowledge areas by O*NET importance (Registered Nurses top 5)', () => {
    const expected = rawTsv('Knowledge.txt')
      .filter((r) => r['O*NET-SOC Code'] === '29-1141.00' && r['Scale ID'] === 'IM' && r['Recommend Suppress'] !== 'Y')
      .map((r) => ({ name: r['Element Name'], value: num(r['Data Value']) }))
      .sort((a, b) => b.value - a.value || (a.name < b.name ? -1 : 1))
      .slice(0, 5);
    const knowledge = role('29-1141').knowledge!;
    assert.equal(knowledge.measure, 'importance');
    assert.deepEqual(knowledge.items.slice(0, 5), expected);
    assert.equal(knowledge.items[0].name, 'Psychology');
  });

  it('orders technologies hot and in demand first, then hot, then in demand, alphabetically within (Software Developers)', () => {
    const raw = rawTsv('Technology Skills.txt').filter((r) => r['O*NET-SOC Code'] === '15-1252.00');
    const flagged = raw.filter((r) => r['Hot Technology'] === 'Y' || r['In Demand'] === 'Y');
    const items = role('15-1252').technologies!.items;
    assert.equal(items.length, flagged.length, 'every flagged technology, and only those');
    const group = (t: { hot: boolean; inDemand: boolean }) => (t.hot && t.inDemand ? 0 : t.hot ? 1 : 2);
    assert.ok(
      items.every(
        (t, i) =>
          i === 0 ||
          group(items[i - 1]) < group(t) ||
          (group(items[i - 1]) === group(t) && items[i - 1].name.toLowerCase() <= t.name.toLowerCase()),
      ),
    );
    const both = raw.filter((r) => r['Hot Technology'] === 'Y' && r['In Demand'] === 'Y').length;
    assert.ok(items.slice(0, both).every((t) => t.hot && t.inDemand));
    assert.deepEqual(items[0], { name: 'Amazon Web Services AWS software', hot: true, inDemand: true });
    for (const t of items) {
      const row = raw.find((r) => r.Example === t.name)!;
      assert.deepEqual([t.hot, t.inDemand], [row['Hot Technology'] === 'Y', row['In Demand'] === 'Y'], t.name);
    }
  });

  it('merges the technologies of every O*NET code under a SOC code, flagged where any flags it, for all roles (issue 18)', () => {
    const rows = rawTsv('Technology Skills.txt');
    const bySoc = new Map<string, Map<string, { hot: boolean; inDemand: boolean }>>();
    for (const r of rows) {
      if (r['Hot Technology'] !== 'Y' && r['In Demand'] !== 'Y') continue;
      const soc = r['O*NET-SOC Code'].slice(0, 7);
      const flags = bySoc.get(soc) ?? new Map<string, { hot: boolean; inDemand: boolean }>();
      const key = r.Example.toLowerCase();
      const seen = flags.get(key) ?? { hot: false, inDemand: false };
      flags.set(key, { hot: seen.hot || r['Hot Technology'] === 'Y', inDemand: seen.inDemand || r['In Demand'] === 'Y' });
      bySoc.set(soc, flags);
    }
    for (const [soc, r] of roles) {
      const expected = bySoc.get(soc) ?? new Map();
      const items = r.technologies?.items ?? [];
      assert.equal(items.length, expected.size, soc);
      for (const t of items) assert.deepEqual({ hot: t.hot, inDemand: t.inDemand }, expected.get(t.name.toLowerCase()), `${soc} ${t.name}`);
    }
    const nurses = role('29-1141').technologies!.items;
    assert.deepEqual(
      nurses.find((t) => t.name === 'Microsoft Excel'),
      { name: 'Microsoft Excel', hot: true, inDemand: true },
      'in demand for Clinical Nurse Specialists (29-1141.04)',
    );
    assert.ok(
      nurses.some((t) => t.name === 'Microsoft Teams'),
      'flagged only for Acute Care Nurses (29-1141.01)',
    );
  });

  it("names the more detailed O*NET occupations under each role's SOC code, for all roles (issue 18)", () => {
    const occupations = rawTsv('Occupation Data.txt');
    for (const [soc, r] of roles) {
      const expected = occupations
        .filter((o) => o['O*NET-SOC Code'].startsWith(`${soc}.`) && o['O*NET-SOC Code'] !== `${soc}.00`)
        .map((o) => ({ code: o['O*NET-SOC Code'], title: o.Title }));
      assert.deepEqual(r.onetSpecialities ?? [], expected, soc);
    }
    assert.deepEqual(
      role('29-1141').onetSpecialities!.map((s) => s.title),
      ['Acute Care Nurses', 'Advanced Practice Psychiatric Nurses', 'Critical Care Nurses', 'Clinical Nurse Specialists'],
    );
    assert.equal([...roles.values()].filter((r) => r.onetSpecialities).length, 72);
  });

  it('links only related roles that exist in the catalog', () => {
    const ids = new Set([...roles.values()].map((r: Role) => r.id));
    let links = 0;
    for (const r of roles.values()) {
      for (const id of r.relatedRoles ?? []) {
        assert.ok(ids.has(id), `${r.title} → ${id}`);
        assert.notEqual(id, r.id);
        links++;
      }
    }
    assert.ok(links > 5000, `${links} links`);
    assert.ok(role('29-1141').relatedRoles!.includes('nurse-practitioners'));
  });
});
