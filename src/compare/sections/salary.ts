// Salary: national figures, pay by state (highest paying, a top-10 ranking,
// where the jobs are) and by industry. Reference roles keep their text figures;
// official roles get them from BLS's state and industry estimates.
import { formatCount, formatSource, formatWage, wageValue } from '../../format/format';
import type { Role, Source } from '../../model/schema';
import type { Bar, Cell, Section } from '../../protocol/comparisonView';
import { jobsShareBar, spokenRange, wageBar } from '../spoken';
import { maxOf } from '../../util/arrays';
import { gapReason } from '../noDataReasons';
import type { PayWhere } from '../payWhere';
import { cell, explainedRow, noData, optionalRow, placeText, row, withGaps } from './cells';
import { highestMetroRow, topMetrosRow } from './metroRows';
import { besideNational, optionalBeside, sourcesBeside, stateNote } from './national';

type States = NonNullable<Role['states']>;

/**
 * Why a yearly figure reads "no data" for a role whose source publishes only
 * an hourly wage (BLS marks the annual one "*" for performers paid by the hour).
 */
export function hourlyOnlyReason(r: Role): string | undefined {
  const p = r.pay;
  if (!p || p.yearly !== undefined || p.hourly === undefined) return undefined;
  const hourly = `${formatWage(p.hourly, 'hourly')}, ${formatSource(p.source)}`;
  return `only an hourly wage is published for this occupation (${hourly}), so its yearly figures are unknown.`;
}

export const yearlyCell = (r: Role) =>
  cell(r, 'pay', (p) => (p.yearly !== undefined ? formatWage(p.yearly) : undefined), 'Average (mean) yearly salary');

function highestStateCell(r: Role): Cell {
  const top = r.states?.highestPaying[0];
  if (!top || !r.states) return cell(r, 'pay', (p) => p.highestPayingState);
  return {
    text: placeText(top),
    note: `Highest annual mean wage of any state. Source: ${formatSource(r.states.source)}`,
  };
}

function bestIndustryCell(r: Role): Cell {
  const best = r.industries?.bestPaying;
  if (!best || !r.industries) return cell(r, 'pay', (p) => p.bestPayingIndustry);
  return {
    text: placeText(best),
    note: `Highest annual mean of the industries the rule keeps (NAICS ${best.naics}). Source: ${formatSource(r.industries.source)}`,
  };
}

/** One bar list per role, drawn on one scale across roles so equal bars mean equal figures. */
function barsCell<T>(
  r: Role,
  items: T[] | undefined,
  source: { source: Source } | undefined,
  bar: (item: T) => Omit<Bar, 'max'>,
  max: number,
  what: string,
): Cell {
  if (!items || items.length === 0 || !source) return noData;
  const bars = items.map((i) => ({ ...bar(i), max }));
  return { text: bars.map((b) => `${b.label}, ${b.text}`).join('; '), bars, note: `${what}. Source: ${formatSource(source.source)}` };
}

/** "47 of 51 states (DC included) have no published wage…": of all the areas, when the source says how many. */
function withoutWageCaption(states: States): string | undefined {
  const n = states.withoutWage;
  if (n === 0) return undefined;
  const counted = states.areas === undefined ? `${n} ${n === 1 ? 'state' : 'states'}` : `${n} of ${states.areas} states (DC included)`;
  return `${counted} ${n === 1 ? 'has' : 'have'} no published wage and ${n === 1 ? 'is' : 'are'} left out.`;
}

function topStatesRow(roles: Role[]) {
  const max = maxOf(
    roles.flatMap((r) => r.states?.highestPaying.map((s) => wageValue(s.annualMean)) ?? []),
    1,
  );
  const rows = optionalRow('Top paying states', roles, (r) => {
    const c = barsCell(
      r,
      r.states?.highestPaying,
      r.states,
      (s) => wageBar(s.name, s.annualMean, max),
      max,
      'States with the highest annual mean wage',
    );
    const caption = r.states && withoutWageCaption(r.states);
    return caption && c.text !== null ? { ...c, caption } : c;
  });
  return rows.map((row) => withGaps(row, roles, stateGap('highestPaying')));
}

const stateGap = (key: 'highestPaying' | 'mostJobs') => (r: Role) => {
  const gap = r.states?.gaps?.[key];
  return gap && gapReason(gap, 'state', key === 'mostJobs' ? 'list' : 'ranking');
};
const industryGap = (key: 'bestPaying' | 'mostJobs') => (r: Role) => {
  const gap = r.industries?.gaps?.[key];
  return gap && gapReason(gap, 'industry', key === 'mostJobs' ? 'list' : 'ranking');
};

type Employment = { name: string; jobs: number; share: number };
const employmentBar = (s: Employment) => jobsShareBar(`${s.name} (${formatCount(s.jobs)} jobs)`, s.share);

function mostJobsRows(roles: Role[]) {
  const states = (r: Role) => r.states?.mostJobs;
  const industries = (r: Role) => r.industries?.mostJobs;
  const largestShare = (pick: (r: Role) => Employment[] | undefined) =>
    maxOf(
      roles.flatMap((r) => (pick(r) ?? []).map((s) => s.share)),
      1,
    );
  const stateMax = largestShare(states);
  const industryMax = largestShare(industries);
  return [
    ...optionalRow('Where the jobs are', roles, (r) =>
      barsCell(r, states(r), r.states, employmentBar, stateMax, 'States with the most jobs, as a share of the national total'),
    ).map((row) => withGaps(row, roles, stateGap('mostJobs'))),
    ...optionalRow('Industries with the most jobs', roles, (r) =>
      barsCell(
        r,
        industries(r),
        r.industries,
        employmentBar,
        industryMax,
        "Industries with the most jobs, as a share of the occupation's national jobs",
      ),
    ).map((row) => withGaps(row, roles, industryGap('mostJobs'))),
  ];
}

/** The industry rule each role's figures follow (it names itself), once: official roles share one. */
function industryNotes(roles: Role[]): string[] {
  const rules = new Set<string>();
  for (const r of roles) if (r.industries) rules.add(r.industries.rule);
  return [...rules];
}

const medianCell = (r: Role) => cell(r, 'pay', (p) => (p.yearlyMedian !== undefined ? formatWage(p.yearlyMedian) : undefined));

/** The pay range as printed ("$66,030 – ≥ $239,200") and as read aloud ("from $66,030 to at least $239,200"). */
function rangeCell(r: Role): Cell {
  const range = r.pay?.range;
  const shown = cell(
    r,
    'pay',
    (p) => (p.range ? `${formatWage(p.range.low)} – ${formatWage(p.range.high)}` : undefined),
    range?.label ?? 'Typical range',
  );
  return range && shown.text !== null ? { ...shown, spoken: spokenRange(range.low, range.high) } : shown;
}

export function salary(roles: Role[], where?: PayWhere): Section {
  const text = (pick: (p: NonNullable<Role['pay']>) => string | undefined) => (r: Role) => cell(r, 'pay', pick);
  const notes = [...stateNote(roles, where), ...industryNotes(roles)];
  return {
    kind: 'table',
    id: 'salary',
    title: 'Salary',
    sources: sourcesBeside(roles, ['pay', 'states', 'metros', 'industries'], where),
    ...(notes.length > 0 && { notes }),
    rows: [
      besideNational((rs) => withGaps(row('Average salary', rs, yearlyCell), rs, hourlyOnlyReason), roles, where),
      ...optionalBeside((rs) => withGaps(row('Median salary', rs, medianCell), rs, hourlyOnlyReason), roles, where),
      besideNational((rs) => withGaps(row('Salary range', rs, rangeCell), rs, hourlyOnlyReason), roles, where),
      highestMetroRow(roles),
      withGaps(row('Highest paying state', roles, highestStateCell), roles, stateGap('highestPaying')),
      ...topStatesRow(roles),
      ...topMetrosRow(roles),
      explainedRow(
        'Best paying company',
        roles,
        text((p) => p.bestPayingCompany),
        'bestPayingCompany',
      ),
      withGaps(row('Best paying industry', roles, bestIndustryCell), roles, industryGap('bestPaying')),
      ...mostJobsRows(roles),
    ],
  };
}
