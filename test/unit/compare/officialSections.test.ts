import * as assert from 'node:assert/strict';
import { buildComparison } from '../../../src/compare/buildComparison';
import { formatSource, formatWage } from '../../../src/format/format';
import { NO_DATA_REASONS } from '../../../src/compare/noDataReasons';
import { censusGroupLabel } from '../../../src/compare/sections/demographics';
import { topShareText } from '../../../src/compare/sections/education';
import { wageScale } from '../../../src/compare/sections/payRange';
import type { ComparisonView, Row, Section } from '../../../src/protocol/comparisonView';
import { ComparisonViewSchema } from '../../../src/protocol/comparisonView';
import { loadBundledCatalog } from '../../support/roles';
import { cooks, lookupOf, nurses, RULE, surgeons } from '../../support/officialRoles';

function section<K extends Section['kind']>(view: ComparisonView, id: string): Extract<Section, { kind: K }> {
  const found = view.sections.find((s) => s.id === id);
  assert.ok(found, `section ${id}`);
  return found as Extract<Section, { kind: K }>;
}

const rowOf = (view: ComparisonView, id: string, label: string): Row => {
  const row = section<'table'>(view, id).rows.find((r) => r.label === label);
  assert.ok(row, `${id}: row ${label}`);
  return row;
};
const texts = (row: Row) => row.cells.map((c) => c.text);

const catalog = lookupOf([nurses, surgeons, cooks]);

describe('official sections, one role (a role page)', () => {
  const view = buildComparison([nurses], catalog);

  it('is a valid view with the new sections in reading order', () => {
    ComparisonViewSchema.parse(view);
    assert.deepEqual(
      view.sections.map((s) => s.id),
      [
        'overview',
        'description',
        'salary',
        'pay-range',
        'education',
        'demographics',
        'responsibilities',
        'skills',
        'knowledge',
        'technologies',
        'related',
      ],
    );
  });

  it('names the highest paying state with its annual mean and job count, and ranks the states on bars', () => {
    assert.deepEqual(texts(rowOf(view, 'salary', 'Highest paying state')), ['California: $148,330 a year, 325,620 jobs']);
    const top = rowOf(view, 'salary', 'Top paying states').cells[0];
    assert.deepEqual(top.bars, [
      { label: 'California', value: 148330, max: 148330, text: '$148,330', spoken: 'California: $148,330 a year (annual mean wage)' },
      { label: 'Hawaii', value: 129180, max: 148330, text: '$129,180', spoken: 'Hawaii: $129,180 a year (annual mean wage)' },
    ]);
    assert.equal(top.caption, undefined, 'no caption when every state publishes a wage');
    assert.match(top.note!, /BLS OEWS state estimates, 2024/);
  });

  it("shows where the jobs are, with each state's share of the national total", () => {
    const where = rowOf(view, 'salary', 'Where the jobs are').cells[0];
    assert.deepEqual(
      where.bars!.map((b) => [b.label, b.text, b.max]),
      [
        ['California (325,620 jobs)', '9.9%', 9.9],
        ['Texas (230,000 jobs)', '7%', 9.9],
      ],
    );
  });

  it('names the best paying industry and states its rule under the section; lists the industries with most jobs', () => {
    assert.deepEqual(texts(rowOf(view, 'salary', 'Best paying industry')), ['Federal Executive Branch: $120,000 a year, 60,000 jobs']);
    assert.deepEqual(section<'table'>(view, 'salary').notes, [RULE]);
    assert.deepEqual(
      rowOf(view, 'salary', 'Industries with the most jobs').cells[0].bars!.map((b) => [b.label, b.text]),
      [['Hospitals (1,900,000 jobs)', '57.9%']],
    );
  });

  it('keeps the rows official data cannot fill, each saying why', () => {
    const expected: [string, string, keyof typeof NO_DATA_REASONS][] = [
      ['salary', 'Highest paying city', 'highestPayingCity'],
      ['salary', 'Best paying company', 'bestPayingCompany'],
      ['education', 'Most common major', 'mostCommonMajor'],
      ['education', 'Most common college', 'mostCommonCollege'],
      ['overview', 'Job satisfaction', 'jobSatisfaction'],
      ['demographics', 'LGBT percentage', 'lgbtShare'],
    ];
    for (const [id, label, reason] of expected) {
      const row = rowOf(view, id, label);
      assert.deepEqual(texts(row), [null], label);
      assert.equal(row.why, NO_DATA_REASONS[reason], label);
    }
    assert.equal(NO_DATA_REASONS.bestPayingCompany, 'BLS does not publish pay by employer.');
    assert.equal(NO_DATA_REASONS.mostCommonCollege, 'No official source publishes which colleges the people in an occupation attended.');
  });

  it('draws the whole required-education spread, the Job Zone and the related fields of study (as related programs)', () => {
    const spread = rowOf(view, 'education', 'Required education').cells[0];
    assert.deepEqual(
      spread.bars!.map((b) => [b.label, b.text, b.max]),
      [
        ['Post-Secondary Certificate', '22.5%', 100],
        ["Associate's degree", '19.4%', 100],
      ],
    );
    assert.equal(spread.caption, "Not published (estimate too imprecise): Bachelor's degree. 1 other level: 0%.");
    assert.equal(spread.text, "Post-Secondary Certificate, 22.5%; Associate's degree, 19.4%; Doctoral degree, 0%");
    assert.deepEqual(texts(rowOf(view, 'education', 'Job Zone')), ['Job Zone Three: Medium Preparation Needed']);
    const fields = rowOf(view, 'education', 'Related fields of study').cells[0];
    assert.deepEqual(fields.items, [
      'Registered Nursing/Registered Nurse',
      'Nursing Administration',
      'Adult Health Nurse/Nursing',
      'Nurse Anesthetist',
      'Family Practice Nurse/Nursing',
      'Maternal/Child Health and Neonatal Nurse/Nursing',
    ]);
    assert.equal(fields.caption, 'Related programs, not a ranking; and 6 more', 'counted from the total, not from the items kept');
    assert.match(fields.note!, /related programs, not the most common major\. Source: NCES CIP 2020–SOC 2018 crosswalk, 2020/);
    assert.ok(
      !section<'table'>(view, 'education').rows.some((r) => /major/i.test(r.label) && r.cells[0].text !== null),
      'no row calls the fields a major',
    );
  });

  it('never reads the most common degree off a distribution with a suppressed category; shows BLS typical entry instead, labelled', () => {
    const degree = rowOf(view, 'education', 'Most common degree');
    assert.deepEqual(texts(degree), [null]);
    assert.equal(degree.why, NO_DATA_REASONS.mostCommonDegree);
    const overview = rowOf(view, 'overview', 'Most common degree').cells[0];
    assert.equal(overview.text, "Bachelor's degree");
    assert.equal(overview.caption, 'Typical entry-level education (BLS), not the most common degree');
    assert.match(overview.note!, /BLS Employment Projections, 2024–34/);
  });

  it('draws the top five knowledge areas as importance bars', () => {
    const group = section<'bars'>(view, 'knowledge').groups[0];
    assert.equal(group.heading, 'Most important knowledge for Registered Nurses');
    assert.equal(group.measure, 'Importance (O*NET scale 1–5)');
    assert.deepEqual(
      group.bars.map((b) => [b.label, b.text, b.max]),
      [
        ['Medicine and Dentistry', '4.50', 5],
        ['Psychology', '4.10', 5],
        ['Customer and Personal Service', '4.05', 5],
        ['English Language', '3.90', 5],
        ['Biology', '3.70', 5],
      ],
    );
    assert.match(section<'bars'>(view, 'knowledge').attribution!, /CC BY 4\.0/);
  });

  it('lists technologies in the published order with their flags written out', () => {
    const s = section<'list'>(view, 'technologies');
    assert.equal(s.title, 'Technologies');
    assert.deepEqual(s.lists[0].items, ['Epic Systems', 'Microsoft Excel', 'Bar code reader software']);
    assert.deepEqual(s.lists[0].tags, [
      { item: 0, tags: ['Hot Technology', 'In Demand'] },
      { item: 1, tags: ['Hot Technology'] },
    ]);
    assert.equal(s.lists[0].initiallyShown, 10);
    assert.match(s.notes![0], /Hot Technology/);
  });

  it('links only related roles the catalog has, and leaves a role out of its own list', () => {
    const s = section<'links'>(view, 'related');
    assert.deepEqual(s.groups, [
      { heading: 'O*NET’s related roles for Registered Nurses', roles: [{ id: 'surgeons', title: 'Surgeons' }] },
    ]);
    assert.deepEqual(s.sources, ['O*NET 29.3 Database, 2025 (Related Occupations)']);
    assert.match(s.attribution!, /CC BY 4\.0/);
    assert.equal(
      buildComparison([nurses]).sections.some((x) => x.id === 'related'),
      false,
      'no catalog, no links',
    );
  });

  it('leaves the Census group unlabelled when it is this role alone under its own title', () => {
    assert.equal(censusGroupLabel(nurses), undefined);
    assert.equal(
      section<'table'>(view, 'demographics').rows.some((r) => r.label === 'Census occupation'),
      false,
    );
  });
});

describe('official sections, three roles', () => {
  const view = buildComparison([nurses, surgeons, cooks], catalog);

  it('is a valid view with one cell per role in every row', () => {
    ComparisonViewSchema.parse(view);
    for (const s of view.sections) if (s.kind === 'table') for (const r of s.rows) assert.equal(r.cells.length, 3, `${s.id}: ${r.label}`);
  });

  it("draws every role's states on one scale, top-coded wages at their floor and labelled", () => {
    const cells = rowOf(view, 'salary', 'Top paying states').cells;
    assert.deepEqual(cells[1].bars![0], {
      label: 'Montana',
      value: 239200,
      max: 239200,
      text: '≥ $239,200',
      spoken: 'Montana: at least $239,200 a year (annual mean wage)',
    });
    assert.equal(cells[0].bars![0].max, 239200);
    assert.equal(cells[1].caption, '1 state has no published wage and is left out.');
    assert.equal(cells[2].text, null);
    assert.deepEqual(texts(rowOf(view, 'salary', 'Highest paying state')), [
      'California: $148,330 a year, 325,620 jobs',
      'Montana: ≥ $239,200 a year, 120 jobs',
      null,
    ]);
  });

  it('names tied top education categories together', () => {
    const degree = rowOf(view, 'education', 'Most common degree');
    assert.deepEqual(texts(degree), [null, 'Doctoral degree and Post-doctoral training, 45% each', null]);
    assert.equal(degree.why, NO_DATA_REASONS.mostCommonDegree, 'the suppressed top category is explained');
    const electricians = {
      ...cooks,
      education: {
        source: { name: 'O*NET 29.3 Database', year: 2025 },
        mostCommonDegree: { name: 'Post-Secondary Certificate', share: 62 },
        distribution: [
          { name: 'Post-Secondary Certificate', share: 61.7 },
          { name: 'High School Diploma', share: 30.6 },
        ],
      },
    };
    assert.deepEqual(
      texts(rowOf(buildComparison([electricians]), 'education', 'Most common degree')),
      ['Post-Secondary Certificate, 61.7%'],
      'at the precision of the bars beside it',
    );
    const cooksOnly = rowOf(buildComparison([cooks]), 'education', 'Most common degree');
    assert.equal(cooksOnly.why, undefined, 'a role without education data gets no suppression reason');
    assert.equal(
      topShareText([
        { name: 'A', share: 20 },
        { name: 'B', share: 20 },
        { name: 'C', share: 20 },
      ]),
      'A, B and C, 20% each',
    );
  });

  it('labels figures of a Census occupation covering several roles where they show', () => {
    const label = "Figures for the Census occupation 'Cooks', which covers 6 occupations";
    assert.equal(censusGroupLabel(cooks), label);
    assert.deepEqual(texts(rowOf(view, 'demographics', 'Census occupation')), [null, null, label]);
    const gender = rowOf(view, 'demographics', 'Gender ratio').cells[2];
    assert.ok(gender.note!.startsWith(label), gender.note);
    const overviewAge = rowOf(view, 'overview', 'Median age').cells[2];
    assert.equal(overviewAge.caption, label);
    assert.equal(rowOf(view, 'overview', 'Median age').cells[0].caption, undefined);
    assert.equal(
      censusGroupLabel({
        ...cooks,
        demographics: { ...cooks.demographics!, censusGroup: { code: '1', title: 'Chefs and head cooks', covers: 1 } },
      }),
      "Figures for the Census occupation 'Chefs and head cooks'",
    );
  });

  it("labels a Census occupation wider than the role even when it is the catalog's only role there (issue 18)", () => {
    const semiconductor = {
      ...cooks,
      title: 'Semiconductor Processing Technicians',
      demographics: { ...cooks.demographics!, censusGroup: { code: '8990', title: 'Other production workers', covers: 1, soc: '51-91XX' } },
    };
    const label = "Figures for the Census occupation 'Other production workers', which covers SOC 51-91XX";
    assert.equal(censusGroupLabel(semiconductor), label);
    const groupCell = rowOf(buildComparison([nurses, semiconductor]), 'demographics', 'Census occupation').cells[1];
    assert.deepEqual(groupCell, {
      text: label,
      note: "Census occupation code 8990 (SOC 51-91XX). The figures in this section are the whole Census occupation's.",
    });
    const sameTitle = { ...semiconductor, title: 'Other Production Workers' };
    assert.equal(censusGroupLabel(sameTitle), label, 'a wider scope is labelled even under the same title');
  });

  it("says where O*NET's figures come from when a SOC code has more detailed O*NET occupations (issue 18)", () => {
    const specialities = [
      { code: '29-1141.01', title: 'Acute Care Nurses' },
      { code: '29-1141.04', title: 'Clinical Nurse Specialists' },
    ];
    const skills = { source: nurses.knowledge!.source, measure: 'importance' as const, items: [{ name: 'Active Listening', value: 4.1 }] };
    const detailed = buildComparison([{ ...nurses, skills, onetSpecialities: specialities }, cooks]);
    const names = 'Acute Care Nurses (29-1141.01); Clinical Nurse Specialists (29-1141.04)';
    const rated =
      `Registered Nurses: O*NET's ratings of 29-1141.00 itself; its 2 more detailed O*NET occupations under the same SOC code ` +
      `(${names}) are rated on their own and not averaged in.`;
    for (const id of ['education', 'skills', 'knowledge']) assert.deepEqual(section(detailed, id).notes, [rated], id);
    assert.deepEqual(section(detailed, 'technologies').notes!.slice(1), [
      `Registered Nurses: the technologies of 29-1141.00 and its 2 more detailed O*NET occupations (${names}) together, ` +
        'each marked where any of them marks it.',
    ]);
    assert.equal(section(view, 'education').notes, undefined, 'no note where no role has more detailed codes');
    assert.equal(section(view, 'technologies').notes!.length, 1);
  });

  it('says in the footnote why a state or industry figure is missing, naming the role (issue 18)', () => {
    const actors: typeof cooks = {
      ...cooks,
      id: 'actors',
      title: 'Actors',
      pay: { source: nurses.pay!.source, hourly: 23.27 },
      states: { ...nurses.states!, highestPaying: [], gaps: { highestPaying: 'hourlyOnly' } },
      industries: { ...nurses.industries!, bestPaying: undefined, gaps: { bestPaying: 'hourlyOnly' } },
    };
    const household: typeof cooks = {
      ...cooks,
      id: 'cooks-private-household',
      title: 'Cooks, Private Household',
      industries: {
        ...nurses.industries!,
        bestPaying: undefined,
        mostJobs: [],
        gaps: { bestPaying: 'noJobCounts', mostJobs: 'noJobCounts' },
      },
    };
    const v = buildComparison([nurses, actors, household]);
    assert.equal(
      rowOf(v, 'salary', 'Highest paying state').why,
      'Actors: BLS publishes only an hourly wage for this occupation (“*” for the annual one), and states are ranked by annual mean.',
    );
    assert.equal(
      rowOf(v, 'salary', 'Best paying industry').why,
      'Actors: BLS publishes only an hourly wage for this occupation (“*” for the annual one), and industries are ranked by annual mean. ' +
        'Cooks, Private Household: BLS publishes no job count for it in any industry (“**”), so no industry can meet the rule below.',
    );
    assert.equal(
      rowOf(v, 'salary', 'Industries with the most jobs').why,
      'Cooks, Private Household: BLS publishes no job count for it in any industry (“**”).',
    );
    assert.equal(rowOf(v, 'salary', 'Top paying states').why?.startsWith('Actors: '), true);
    const hourlyOnly = `Actors: only an hourly wage is published for this occupation (${formatWage(23.27, 'hourly')}, ${formatSource(
      nurses.pay!.source,
    )}), so its yearly figures are unknown.`;
    for (const label of ['Average salary', 'Salary range']) assert.equal(rowOf(v, 'salary', label).why, hourlyOnly, label);
    assert.equal(rowOf(v, 'overview', 'Yearly salary').why, hourlyOnly);
    assert.ok(section(v, 'pay-range').notes!.includes(hourlyOnly));
    assert.equal(rowOf(view, 'salary', 'Best paying industry').why, undefined, 'no footnote where every role has the figure');
  });

  it('gives related-role groups for every column, empty where a role has none in the catalog', () => {
    const groups = section<'links'>(view, 'related').groups;
    assert.deepEqual(
      groups.map((g) => g.roles.map((r) => r.id)),
      [['surgeons'], ['registered-nurses'], []],
    );
  });
});

describe('pay distribution range chart', () => {
  it('puts every role on one shared scale from round numbers, with ticks', () => {
    const view = buildComparison([nurses, cooks]);
    const s = section<'range'>(view, 'pay-range');
    assert.deepEqual(wageScale([nurses, cooks]), { min: 20000, max: 140000, step: 20000 });
    assert.deepEqual(
      s.ticks.map((t) => [t.at, t.text]),
      [
        [0, '$20K'],
        [16.67, '$40K'],
        [33.33, '$60K'],
        [50, '$80K'],
        [66.67, '$100K'],
        [83.33, '$120K'],
        [100, '$140K'],
      ],
    );
    assert.deepEqual(
      s.rows[0].points.map((p) => [p.key, p.text, p.at, p.open]),
      [
        ['p10', '$66,030', 38.36, false],
        ['p25', '$79,700', 49.75, false],
        ['median', '$93,600', 61.33, false],
        ['p75', '$113,000', 77.5, false],
        ['p90', '$135,320', 96.1, false],
      ],
    );
    assert.equal(
      s.rows[0].summary,
      'Registered Nurses: 10th percentile $66,030, 25th percentile $79,700, median $93,600, 75th percentile $113,000, 90th percentile $135,320.',
    );
    assert.deepEqual(
      s.rows[1].points.map((p) => p.key),
      ['p10', 'median', 'p90'],
      'missing percentiles are left out, not zero',
    );
    assert.equal(s.notes!.length, 1, 'no top-coding note without a top-coded value');
  });

  it('draws top-coded ends open and labels them "≥ $239,200", with room past them', () => {
    const view = buildComparison([nurses, surgeons]);
    const s = section<'range'>(view, 'pay-range');
    const scale = wageScale([nurses, surgeons])!;
    assert.ok(scale.max > 239200, 'room past the top-coded end');
    const top = s.rows[1].points.filter((p) => p.open);
    assert.deepEqual(
      top.map((p) => [p.key, p.text]),
      [
        ['median', '≥ $239,200'],
        ['p75', '≥ $239,200'],
        ['p90', '≥ $239,200'],
      ],
    );
    assert.ok(top.every((p) => p.at < 100));
    assert.equal(s.notes![1], 'An open end is top-coded: BLS publishes only that the wage is at least $239,200.');
  });

  it('shows a role without percentiles as no data, and no chart when no role has any', () => {
    const catalog = loadBundledCatalog();
    const tm = catalog.byId.get('technical-manager')!;
    const s = section<'range'>(buildComparison([nurses, tm]), 'pay-range');
    assert.deepEqual(s.rows[1], { heading: 'Technical Manager', summary: 'Technical Manager: no data', points: [] });
    assert.equal(
      buildComparison([tm]).sections.some((x) => x.id === 'pay-range'),
      false,
    );
  });
});

describe('reference roles keep their own text figures', () => {
  const catalog = loadBundledCatalog();
  const tm = catalog.byId.get('technical-manager')!;
  const view = buildComparison([tm, nurses], lookupOf([tm, nurses]));

  it("shows the reference page's state and industry text beside official figures", () => {
    assert.equal(rowOf(view, 'salary', 'Highest paying state').cells[0].text, tm.pay!.highestPayingState);
    assert.equal(rowOf(view, 'salary', 'Best paying industry').cells[0].text, tm.pay!.bestPayingIndustry);
    assert.equal(rowOf(view, 'salary', 'Highest paying city').cells[0].text, tm.pay!.highestPayingCity);
    assert.equal(rowOf(view, 'salary', 'Highest paying city').why, NO_DATA_REASONS.highestPayingCity);
  });

  it('says nothing about a reason in a row every role fills', () => {
    const tmOnly = buildComparison([tm]);
    assert.equal(rowOf(tmOnly, 'salary', 'Highest paying city').why, undefined);
  });
});
