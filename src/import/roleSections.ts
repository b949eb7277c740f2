// One small mapper per role section: parsed official records in, a schema
// section out (or undefined: no data). buildRoles.ts joins the files and calls
// these; the rules of each section (ranking, ties, tiny cells) live here.
import type { Gap, Role, Source, Wage } from '../model/schema';
import { wageRank, type CpsAge, type CpsShares, type OewsOccupation, type Projection } from './bls';
import type { IndustryEstimate } from './blsIndustry';
import type { StateEstimate } from './blsState';
import type { FieldOfStudy } from './nces';
import type { CategoryShare, SkillScore, Technology } from './onet';

export const SOURCES = {
  oews: { name: 'BLS Occupational Employment and Wage Statistics', year: 2024 },
  oewsStates: { name: 'BLS OEWS, state estimates', year: 2024 },
  oewsIndustries: { name: 'BLS OEWS, national industry estimates (3-digit NAICS)', year: 2024 },
  projections: { name: 'BLS Employment Projections', year: '2024–34' },
  cpsShares: { name: 'BLS Current Population Survey, table 11', year: 2022 },
  cpsAges: { name: 'BLS Current Population Survey, table 11b', year: 2025 },
  onet: { name: 'O*NET 29.3 Database', year: 2025 },
  nces: { name: 'NCES CIP 2020–SOC 2018 crosswalk', year: 2020 },
} satisfies Record<string, Source>;

export const SKILLS_KEPT = 10;
export const KNOWLEDGE_KEPT = 10;
export const RELATED_KEPT = 10;
/** Programs of study kept per role: all of them for 95% of occupations (the rest are mostly postsecondary teachers). */
export const FIELDS_KEPT = 20;
export const STATES_BY_PAY_KEPT = 10;
export const STATES_BY_JOBS_KEPT = 5;
export const INDUSTRIES_BY_JOBS_KEPT = 5;
/** An industry must employ at least this percent of the occupation's national jobs to be named best paying. */
export const INDUSTRY_MIN_SHARE = 1;
export const INDUSTRY_RULE =
  `Best paying among industries employing at least ${INDUSTRY_MIN_SHARE}% of the occupation's national jobs, ` +
  'so that a tiny cell is never named; 3-digit NAICS industries of all ownerships (private, federal, state and local government).';

/** Code-point order of the lower-cased text: the same on every machine (no ICU), so builds are byte-identical. */
export const byText = (a: string, b: string) => {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
};
const round1 = (n: number) => Math.round(n * 10) / 10;
/** Percent of a total, one decimal, never above 100. */
const shareOf = (part: number, total: number) => Math.min(100, round1((part / total) * 100));
const byWageDesc = (a: Wage, b: Wage) => wageRank(b) - wageRank(a);

export function payOf(o: OewsOccupation): NonNullable<Role['pay']> {
  const percentiles = {
    ...(o.annualP10 !== undefined && { p10: o.annualP10 }),
    ...(o.annualP25 !== undefined && { p25: o.annualP25 }),
    ...(o.annualMedian !== undefined && { median: o.annualMedian }),
    ...(o.annualP75 !== undefined && { p75: o.annualP75 }),
    ...(o.annualP90 !== undefined && { p90: o.annualP90 }),
  };
  return {
    source: SOURCES.oews,
    ...(o.annualMean !== undefined && { yearly: o.annualMean }),
    ...(o.annualMedian !== undefined && { yearlyMedian: o.annualMedian }),
    ...(o.hourlyMean !== undefined && { hourly: o.hourlyMean }),
    ...(o.annualP10 !== undefined &&
      o.annualP90 !== undefined && {
        range: { low: o.annualP10, high: o.annualP90, label: '10th–90th percentile of annual wages' },
      }),
    ...(Object.keys(percentiles).length > 0 && { percentiles }),
  };
}

export function jobsOf(o: OewsOccupation): Role['jobs'] {
  return o.employment === undefined ? undefined : { source: SOURCES.oews, count: o.employment };
}

export function growthOf(projection: Projection | undefined): Role['growth'] {
  if (projection?.percentChange === undefined) return undefined;
  return {
    source: SOURCES.projections,
    rate: projection.percentChange,
    period: '2024–34',
    ...(projection.annualOpenings !== undefined && { annualOpenings: projection.annualOpenings }),
  };
}

/**
 * BLS's category as published ("None", "Less than 5 years", "5 years or more").
 * Its column, "Work Experience in a Related Occupation", is said by the cell's note, not appended here.
 */
export function experienceOf(projection: Projection | undefined): Role['experience'] {
  return projection?.workExperience ? { source: SOURCES.projections, label: projection.workExperience } : undefined;
}

/**
 * The most common required-education category; categories tied at the top are
 * named together ("Bachelor's Degree / Master's Degree"). Unknown when O*NET
 * flags a top estimate as too imprecise: the runner-up would misstate what is most common.
 */
export function mostCommonDegreeOf(ranked: readonly CategoryShare[]): { name: string; share: number } | undefined {
  const top = ranked.filter((c) => c.percent === ranked[0]?.percent);
  if (top.length === 0 || top.some((c) => c.suppressed)) return undefined;
  // At the distribution's precision (one decimal), so the figure and its bar never disagree.
  return { name: top.map((c) => c.label).join(' / '), share: round1(top[0].percent) };
}

/** RL categories, largest share first (then O*NET's category order). */
export const rankCategories = (shares: readonly CategoryShare[]) =>
  shares.slice().sort((a, b) => b.percent - a.percent || a.category - b.category);

export interface EducationInputs {
  ranked: readonly CategoryShare[];
  projection: Projection | undefined;
  jobZone: { zone: number; label: string } | undefined;
  fields: { items: readonly FieldOfStudy[]; total: number };
}

export function educationOf({ ranked, projection, jobZone, fields }: EducationInputs): Role['education'] {
  const degree = mostCommonDegreeOf(ranked);
  // Suppressed estimates are not shown as figures: left out, and named so the gap is visible.
  const distribution = ranked.filter((c) => !c.suppressed).map((c) => ({ name: c.label, share: round1(c.percent) }));
  const suppressed = ranked.filter((c) => c.suppressed).map((c) => c.label);
  const fromOnet = degree !== undefined || distribution.length > 0;
  if (!fromOnet && !projection?.typicalEducation && !jobZone && fields.items.length === 0) return undefined;
  return {
    source: fromOnet || !projection?.typicalEducation ? SOURCES.onet : SOURCES.projections,
    ...(degree && { mostCommonDegree: degree }),
    ...(distribution.length > 0 && { distribution }),
    ...(suppressed.length > 0 && { suppressed }),
    ...(jobZone && { jobZone: { ...jobZone, source: SOURCES.onet } }),
    ...(fields.items.length > 0 && { relatedFields: relatedFieldsOf(fields.items, fields.total) }),
    ...(projection?.typicalEducation && { typicalEntry: { name: projection.typicalEducation, source: SOURCES.projections } }),
  };
}

function relatedFieldsOf(items: readonly FieldOfStudy[], total: number) {
  return {
    source: SOURCES.nces,
    items: items.map((f) => ({ code: f.code, title: f.title })),
    ...(total > items.length && { total }),
  };
}

export interface CensusFigures {
  group: { code: string; title: string; covers: number; soc?: string };
  shares: CpsShares | undefined;
  age: CpsAge | undefined;
}

export function genderOf(shares: CpsShares | undefined) {
  return shares?.women !== undefined
    ? [
        { name: 'Women', share: shares.women },
        { name: 'Men', share: round1(100 - shares.women) },
      ]
    : undefined;
}

export function raceOf(shares: CpsShares | undefined) {
  if (!shares) return [];
  const all = [
    ['White', shares.white],
    ['Black or African American', shares.black],
    ['Asian', shares.asian],
    ['Hispanic or Latino (any race)', shares.hispanic],
  ] as const;
  return all.filter(([, v]) => v !== undefined).map(([name, v]) => ({ name, share: v! }));
}

/** CPS figures of the role's Census occupation, which says how many of our roles it covers. */
export function demographicsOf({ group, shares, age }: CensusFigures): Role['demographics'] {
  const gender = genderOf(shares);
  const race = raceOf(shares);
  const medianAge = age?.medianAge;
  if (!gender && race.length === 0 && medianAge === undefined) return undefined;
  return {
    source: gender || race.length > 0 ? SOURCES.cpsShares : SOURCES.cpsAges,
    ...(medianAge !== undefined && { medianAge: { value: medianAge, source: SOURCES.cpsAges } }),
    ...(gender && { gender }),
    ...(race.length > 0 && { race }),
    censusGroup: group,
  };
}

/** The most important elements (skills or knowledge areas), ties by name. */
export function importanceOf(scores: readonly SkillScore[] | undefined, kept: number): Role['skills'] {
  const ranked = (scores ?? []).slice().sort((a, b) => b.importance - a.importance || byText(a.name, b.name));
  if (ranked.length === 0) return undefined;
  return { source: SOURCES.onet, measure: 'importance', items: ranked.slice(0, kept).map((s) => ({ name: s.name, value: s.importance })) };
}

/**
 * The technologies of several O*NET codes as one list (a SOC code's base .00
 * and its more detailed O*NET occupations): each name once, in first-seen
 * spelling, flagged where any of the codes flags it.
 */
export function mergeTechnologies(lists: readonly (readonly Technology[] | undefined)[]): Technology[] {
  const byName = new Map<string, Technology>();
  for (const list of lists) {
    for (const t of list ?? []) {
      const key = t.name.toLowerCase();
      const seen = byName.get(key);
      byName.set(key, seen ? { ...seen, hot: seen.hot || t.hot, inDemand: seen.inDemand || t.inDemand } : t);
    }
  }
  return [...byName.values()];
}

const flagRank = (t: Technology) => (t.hot && t.inDemand ? 0 : t.hot ? 1 : t.inDemand ? 2 : 3);

/**
 * Flagged technologies only (Hot Technology or In Demand): hot and in demand
 * first, then hot, then in demand, alphabetically within. Unflagged examples
 * are left out: they are two thirds of the file and would add ~1 MB.
 */
export function technologiesOf(all: readonly Technology[] | undefined): Role['technologies'] {
  const seen = new Set<string>();
  const items = (all ?? [])
    .filter((t) => (t.hot || t.inDemand) && !seen.has(t.name.toLowerCase()) && seen.add(t.name.toLowerCase()))
    .sort((a, b) => flagRank(a) - flagRank(b) || byText(a.name, b.name))
    .map((t) => ({ name: t.name, hot: t.hot, inDemand: t.inDemand }));
  return items.length > 0 ? { source: SOURCES.onet, items } : undefined;
}

/** What the national row says of the occupation that the state and industry rows need. */
export interface National {
  jobs: number | undefined;
  /** BLS publishes only an hourly wage for it (performers paid by the hour): nothing to rank by annual mean. */
  hourlyOnly: boolean;
}

/** The gaps of a block, or nothing when it has none. */
function gapsOf<K extends string>(gaps: Partial<Record<K, Gap | undefined>>) {
  const set = Object.fromEntries(Object.entries(gaps).filter(([, g]) => g !== undefined)) as Partial<Record<K, Gap>>;
  return Object.keys(set).length > 0 ? { gaps: set } : {};
}

/**
 * Pay by state: the top states by annual mean and where the jobs are, as a
 * share of the national total. `areas` is how many areas the state file covers
 * (the 50 states and DC): a state with no row for the occupation has no
 * published wage either, so it counts in `withoutWage` beside the blank rows,
 * never ranked as 0. Ties in the ranking are broken by the state's name.
 */
export function statesOf(estimates: readonly StateEstimate[] | undefined, national: National, areas: number): Role['states'] {
  if (!estimates || estimates.length === 0) return undefined;
  const nationalJobs = national.jobs;
  const paid = estimates
    .filter((e): e is StateEstimate & { annualMean: Wage } => e.annualMean !== undefined)
    .sort((a, b) => byWageDesc(a.annualMean, b.annualMean) || byText(a.state, b.state));
  const counted = nationalJobs ? estimates.filter((e): e is StateEstimate & { jobs: number } => e.jobs !== undefined) : [];
  return {
    source: SOURCES.oewsStates,
    highestPaying: paid
      .slice(0, STATES_BY_PAY_KEPT)
      .map((e) => ({ name: e.state, annualMean: e.annualMean, ...(e.jobs !== undefined && { jobs: e.jobs }) })),
    mostJobs: counted
      .sort((a, b) => b.jobs - a.jobs || byText(a.state, b.state))
      .slice(0, STATES_BY_JOBS_KEPT)
      .map((e) => ({ name: e.state, jobs: e.jobs, share: shareOf(e.jobs, nationalJobs!) })),
    withoutWage: Math.max(0, areas - paid.length),
    areas,
    ...gapsOf({
      highestPaying: paid.length > 0 ? undefined : national.hourlyOnly ? 'hourlyOnly' : 'noWages',
      mostJobs: counted.length > 0 ? undefined : 'noJobCounts',
    }),
  };
}

type Counted = IndustryEstimate & { jobs: number };

/** The best paying industry under INDUSTRY_RULE: highest annual mean, then more jobs, then NAICS code. */
export function bestPayingIndustry(estimates: readonly IndustryEstimate[], nationalJobs: number) {
  return estimates
    .filter((e): e is Counted & { annualMean: Wage } => e.jobs !== undefined && e.annualMean !== undefined)
    .filter((e) => (e.jobs / nationalJobs) * 100 >= INDUSTRY_MIN_SHARE)
    .sort((a, b) => byWageDesc(a.annualMean, b.annualMean) || b.jobs - a.jobs || (a.naics < b.naics ? -1 : 1))[0];
}

/** Why no industry is the best paying one, from what the rows hold. */
function noBestIndustry(estimates: readonly IndustryEstimate[], national: National): Gap {
  if (national.hourlyOnly) return 'hourlyOnly';
  if (!estimates.some((e) => e.annualMean !== undefined)) return 'noWages';
  if (!estimates.some((e) => e.jobs !== undefined)) return 'noJobCounts';
  return 'noneReachesRule';
}

/** Pay by industry; needs the occupation's national job count for shares and the tiny-cell rule. */
export function industriesOf(estimates: readonly IndustryEstimate[] | undefined, national: National): Role['industries'] {
  const nationalJobs = national.jobs;
  if (!estimates || estimates.length === 0 || !nationalJobs) return undefined;
  const best = bestPayingIndustry(estimates, nationalJobs);
  const mostJobs = estimates
    .filter((e): e is Counted => e.jobs !== undefined)
    .sort((a, b) => b.jobs - a.jobs || (a.naics < b.naics ? -1 : 1))
    .slice(0, INDUSTRIES_BY_JOBS_KEPT)
    .map((e) => ({ name: e.title, naics: e.naics, jobs: e.jobs, share: shareOf(e.jobs, nationalJobs) }));
  return {
    source: SOURCES.oewsIndustries,
    rule: INDUSTRY_RULE,
    ...(best && { bestPaying: { name: best.title, naics: best.naics, annualMean: best.annualMean, jobs: best.jobs } }),
    mostJobs,
    ...gapsOf({
      bestPaying: best ? undefined : noBestIndustry(estimates, national),
      mostJobs: mostJobs.length > 0 ? undefined : 'noJobCounts',
    }),
  };
}
