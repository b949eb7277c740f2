import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LEGACY_BROWSE_SETTINGS, readBrowseState, parseDollars, parsePercent } from '../../../src/browse/viewState';
import {
  browse,
  browseDescription,
  browseMessage,
  EDUCATION_LEVELS,
  figureText,
  matcher,
  sortRoles,
  type BrowseOptions,
} from '../../../src/browse/sortFilter';
import type { RoleSummary } from '../../../src/model/summary';
import { ROOT } from '../../support/roles';

const SRC = { name: 'Test source', year: 2024 };
function role(
  id: string,
  title: string,
  figures: { pay?: number | { atLeast: number }; growth?: number; jobs?: number; education?: string } = {},
) {
  const r: RoleSummary = { id, title, category: id.startsWith('n') ? 'Healthcare' : 'Trades' };
  if (figures.pay !== undefined) r.pay = { source: SRC, yearly: figures.pay };
  if (figures.growth !== undefined) r.growth = { source: SRC, rate: figures.growth };
  if (figures.jobs !== undefined) r.jobs = { source: SRC, count: figures.jobs };
  if (figures.education !== undefined) r.entryEducation = { name: figures.education, source: SRC };
  return r;
}

const ROLES: RoleSummary[] = [
  role('nurse', 'Registered Nurses', { pay: 94480, growth: 5, jobs: 3282010, education: "Bachelor's degree" }),
  role('np', 'Nurse Practitioners', { pay: 129210, growth: 40.1, jobs: 280140, education: "Master's degree" }),
  role('elec', 'Electricians', { pay: 66810, growth: 9.5, jobs: 779800, education: 'High school diploma or equivalent' }),
  role('surgeon', 'Surgeons', { pay: { atLeast: 239200 }, growth: 3, education: 'Doctoral or professional degree' }),
  role('ref', 'Technical Manager'), // a hand-written role: no figures at all
  role('cook', 'Cooks', { pay: 38000, growth: -2, jobs: 100 }),
  role('aaa', 'Cooks', { pay: 38000, growth: -2, jobs: 100 }), // ties with Cooks on every figure and on title
];
const titles = (rs: RoleSummary[]) => rs.map((r) => `${r.title}/${r.id}`);
const opts = (o: Partial<BrowseOptions>): BrowseOptions => ({ sortBy: 'name', filter: {}, ...o });

describe('Roles view: sort', () => {
  it('sorts by name A to Z, ties by id, and leaves its input alone', () => {
    const copy = [...ROLES];
    assert.deepEqual(titles(sortRoles(ROLES, 'name')).slice(0, 3), ['Cooks/aaa', 'Cooks/cook', 'Electricians/elec']);
    assert.deepEqual(ROLES, copy);
  });

  it('sorts by pay highest first, a top-coded wage at its floor, the role without pay last', () => {
    assert.deepEqual(titles(sortRoles(ROLES, 'pay')), [
      'Surgeons/surgeon',
      'Nurse Practitioners/np',
      'Registered Nurses/nurse',
      'Electricians/elec',
      'Cooks/aaa',
      'Cooks/cook',
      'Technical Manager/ref',
    ]);
  });

  it('never reads unknown as zero: a role without jobs sorts after a role with 100 jobs', () => {
    const order = titles(sortRoles(ROLES, 'jobs'));
    assert.ok(order.indexOf('Cooks/cook') < order.indexOf('Surgeons/surgeon'));
    assert.deepEqual(order.slice(-2).sort(), ['Surgeons/surgeon', 'Technical Manager/ref']);
  });

  it('puts negative growth above unknown growth', () => {
    const order = titles(sortRoles(ROLES, 'growth'));
    assert.equal(order[0], 'Nurse Practitioners/np');
    assert.equal(order.at(-1), 'Technical Manager/ref');
    assert.equal(order.at(-2), 'Cooks/cook');
  });

  it('gives the same order whatever order the roles come in (stable ties)', () => {
    for (const key of ['name', 'pay', 'growth', 'jobs'] as const)
      assert.deepEqual(titles(sortRoles([...ROLES].reverse(), key)), titles(sortRoles(ROLES, key)), key);
  });
});

describe('Roles view: filter', () => {
  it('matches all words of the text in the title or category, any case and order', () => {
    assert.deepEqual(titles(ROLES.filter(matcher({ text: 'NURSES registered' }))), ['Registered Nurses/nurse']);
    assert.equal(ROLES.filter(matcher({ text: 'healthcare' })).length, 2);
    assert.equal(ROLES.filter(matcher({ text: 'nurse pilot' })).length, 0);
  });

  it('leaves out a role without pay under a minimum pay, and counts it as left out for that reason', () => {
    const result = browse(ROLES, opts({ filter: { minPay: 0 } }));
    assert.ok(!result.roles.some((r) => r.id === 'ref'));
    assert.equal(result.roles.length, 6);
    assert.equal(result.unknownFiltered, 1);
    assert.match(browseMessage(opts({ filter: { minPay: 0 } }), result)!, /1 left out because their data lacks a figure/);
  });

  it('keeps a top-coded wage under a minimum at or below its floor', () => {
    assert.ok(browse(ROLES, opts({ filter: { minPay: 239200 } })).roles.some((r) => r.id === 'surgeon'));
  });

  it('filters by minimum growth, negative minimums included, unknown left out', () => {
    assert.deepEqual(titles(browse(ROLES, opts({ sortBy: 'growth', filter: { minGrowth: 9.5 } })).roles), [
      'Nurse Practitioners/np',
      'Electricians/elec',
    ]);
    assert.equal(browse(ROLES, opts({ filter: { minGrowth: -5 } })).roles.length, 6);
  });

  it('filters by the highest education level, roles without BLS education left out', () => {
    const got = browse(ROLES, opts({ filter: { maxEducation: "Bachelor's degree" } }));
    assert.deepEqual(titles(got.roles), ['Electricians/elec', 'Registered Nurses/nurse']);
    assert.equal(got.unknownFiltered, 3);
  });

  it('combines filters, then sorts, and says what it shows', () => {
    const o = opts({ sortBy: 'pay', filter: { text: 'nurse', minPay: 100000 } });
    const got = browse(ROLES, o);
    assert.deepEqual(titles(got.roles), ['Nurse Practitioners/np']);
    assert.equal(browseDescription(o), 'by pay · “nurse” · pay ≥ $100,000');
    assert.match(browseMessage(o, got)!, /^Showing 1 of 7 roles: “nurse” · pay ≥ \$100,000\. Clear Filter shows all\. Sorted by pay/);
  });

  it('says nothing for the default view, and names the roles listed last for lack of a figure', () => {
    assert.equal(browseDescription(opts({})), undefined);
    assert.equal(browseMessage(opts({}), browse(ROLES, opts({}))), undefined);
    assert.match(
      browseMessage(opts({ sortBy: 'jobs' }), browse(ROLES, opts({ sortBy: 'jobs' })))!,
      /2 without a jobs figure are listed last/,
    );
  });
});

describe('Roles view: the figure beside a role', () => {
  it('shows the sorted figure, formatted, and unknown as no data', () => {
    assert.equal(figureText(ROLES[0], 'pay'), '$94,480');
    assert.equal(figureText(ROLES[3], 'pay'), '≥ $239,200');
    assert.equal(figureText(ROLES[1], 'growth'), '+40.1% growth');
    assert.equal(figureText(ROLES[0], 'jobs'), '3,282,010 jobs');
    assert.equal(figureText(ROLES[4], 'pay'), '— no pay data');
    assert.equal(figureText(ROLES[3], 'jobs'), '— no jobs data');
  });
});

describe('Roles view: view state', () => {
  it('reads good values', () => {
    const s = readBrowseState({
      sortBy: 'pay',
      groupByCategory: false,
      text: ' nurse ',
      minPay: 50000,
      minGrowth: -1,
      maxEducation: "Master's degree",
    });
    assert.deepEqual(s, {
      sortBy: 'pay',
      groupByCategory: false,
      filter: { text: 'nurse', minPay: 50000, minGrowth: -1, maxEducation: "Master's degree" },
      problems: [],
    });
  });

  it('treats the defaults (empty, null, unset) as no filter', () => {
    assert.deepEqual(readBrowseState({ sortBy: 'name', groupByCategory: true, text: '', minPay: null, maxEducation: '' }), {
      sortBy: 'name',
      groupByCategory: true,
      filter: {},
      problems: [],
    });
  });

  it('names each bad value and falls back for it alone', () => {
    const s = readBrowseState(
      {
        sortBy: 'salary',
        groupByCategory: 'yes',
        text: 42,
        minPay: '80k',
        minGrowth: Number.NaN,
        maxEducation: 'PhD',
      },
      LEGACY_BROWSE_SETTINGS,
    );
    assert.deepEqual(s.filter, {});
    assert.equal(s.sortBy, 'name');
    assert.equal(s.groupByCategory, true);
    assert.equal(s.problems.length, 6);
    assert.match(s.problems[0], /careerCompare\.roles\.sortBy is "salary", not one of name, pay, growth, jobs: sorting by name\./);
    assert.match(s.problems.join('\n'), /careerCompare\.roles\.filter\.minPay is "80k", not a number of dollars/);
    const mixed = readBrowseState({ sortBy: 'jobs', minPay: -5 });
    assert.equal(mixed.sortBy, 'jobs');
    assert.deepEqual(mixed.problems, [
      "The Roles view's saved minimum pay is -5, not a number of dollars (0 or more): no minimum pay filter.",
    ]);
  });

  it('never throws on hostile values', () => {
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('boom');
        },
      },
    );
    assert.equal(readBrowseState({ sortBy: hostile, text: hostile, minPay: hostile, maxEducation: [1] }).problems.length, 4);
  });

  it('reads typed amounts and percentages, with a message for anything else', () => {
    assert.deepEqual(parseDollars('$80,000'), { ok: true, value: 80000 });
    assert.deepEqual(parseDollars('80k'), { ok: true, value: 80000 });
    assert.deepEqual(parseDollars(''), { ok: true, value: undefined });
    assert.equal(parseDollars('lots').ok, false);
    assert.deepEqual(parsePercent('+5%'), { ok: true, value: 5 });
    assert.deepEqual(parsePercent('-2.5'), { ok: true, value: -2.5 });
    assert.equal(parsePercent('five').ok, false);
  });

  it('is view state, not settings: package.json declares no careerCompare.roles.* setting', () => {
    const props = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).contributes.configuration;
    const keys = (Array.isArray(props) ? props : [props]).flatMap((c: { properties: object }) => Object.keys(c.properties));
    assert.deepEqual(
      keys.filter((k: string) => k.startsWith('careerCompare.roles.')),
      [],
    );
    assert.deepEqual(Object.keys(LEGACY_BROWSE_SETTINGS), ['sortBy', 'groupByCategory', 'text', 'minPay', 'minGrowth', 'maxEducation']);
  });
});

describe('Roles view: the bundled catalog', () => {
  const catalog = JSON.parse(readFileSync(join(ROOT, 'data', 'generated', 'catalog.json'), 'utf8')).roles as RoleSummary[];
  it('carries BLS typical entry education for every official role, each one of the levels the filter knows', () => {
    assert.equal(catalog.length, 831);
    for (const r of catalog) assert.ok((EDUCATION_LEVELS as readonly string[]).includes(r.entryEducation?.name ?? ''), r.id);
  });
});
