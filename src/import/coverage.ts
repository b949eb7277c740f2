// What the built roles cover, counted from the roles themselves (so the
// build's table cannot drift from the data), and who stays without CPS
// demographics, by reason.
import type { Role } from '../model/schema';
import type { CpsShares } from './bls';
import { normalizeTitle, type CensusMiss } from './census';
import type { CensusFigures } from './roleSections';

/** The joins the counts need beyond the roles. */
export interface Joins {
  cpsShares: Map<string, CpsShares>;
  census: Map<string, CensusFigures | { miss: CensusMiss }>;
  ambiguousCpsTitles: number;
}

export interface Coverage {
  occupations: number;
  wages: number;
  percentiles: number;
  /** Occupations with at least one top-coded ("#") percentile. */
  percentilesTopCoded: number;
  states: number;
  /** Occupations with at least one state whose wage is not published. */
  statesWithoutWage: number;
  industries: number;
  industryBestPaying: number;
  growth: number;
  education: number;
  /** Occupations whose most common education category O*NET flags for suppression: left unknown. */
  educationSuppressed: number;
  /** Occupations whose top education categories tie: named together. */
  educationTies: number;
  educationDistribution: number;
  jobZone: number;
  relatedFields: number;
  typicalEntry: number;
  demographics: number;
  /** …of which the Census occupation is the role alone (unlabelled figures). */
  demographicsSingle: number;
  /** …of which the Census occupation covers several roles or a wider SOC scope (figures labelled as the group's). */
  demographicsGroup: number;
  /** How many the old rule (the role's own title printed in CPS 11) would reach, for comparison. */
  demographicsExactTitle: number;
  medianAge: number;
  /** Roles left without CPS 11 figures, by reason. */
  demographicsUnmatched: { reason: CensusMiss; titles: string[] }[];
  skills: number;
  knowledge: number;
  technologies: number;
  /** Flagged technologies kept, over all roles. */
  technologiesFlagged: number;
  relatedRoles: number;
  alternateTitles: number;
  /** CPS rows whose title is printed twice with different figures: never matched. */
  ambiguousCpsTitles: number;
}

/** Counts what the roles carry, from the roles themselves (so the table cannot drift from the data). */
export function coverageOf(roles: readonly Role[], joins: Joins): Coverage {
  const count = (test: (r: Role) => unknown) => roles.filter(test).length;
  const topCoded = (w: unknown) => typeof w === 'object' && w !== null;
  const demographics = roles.filter((r) => r.demographics?.gender || r.demographics?.race);
  return {
    occupations: roles.length,
    wages: count((r) => r.pay?.yearly !== undefined || r.pay?.hourly !== undefined),
    percentiles: count((r) => r.pay?.percentiles),
    percentilesTopCoded: count((r) => Object.values(r.pay?.percentiles ?? {}).some(topCoded)),
    states: count((r) => r.states?.highestPaying.length),
    statesWithoutWage: count((r) => r.states && r.states.withoutWage > 0),
    industries: count((r) => r.industries && (r.industries.bestPaying || r.industries.mostJobs.length > 0)),
    industryBestPaying: count((r) => r.industries?.bestPaying),
    growth: count((r) => r.growth),
    education: count((r) => r.education?.mostCommonDegree),
    // mostCommonDegreeOf leaves the degree out exactly when a top category is suppressed.
    educationSuppressed: count((r) => (r.education?.distribution || r.education?.suppressed) && !r.education.mostCommonDegree),
    educationTies: count((r) => r.education?.mostCommonDegree?.name.includes(' / ')),
    educationDistribution: count((r) => r.education?.distribution),
    jobZone: count((r) => r.education?.jobZone),
    relatedFields: count((r) => r.education?.relatedFields),
    typicalEntry: count((r) => r.education?.typicalEntry),
    demographics: demographics.length,
    demographicsSingle: demographics.filter((r) => !isGroup(r.demographics!.censusGroup!)).length,
    demographicsGroup: demographics.filter((r) => isGroup(r.demographics!.censusGroup!)).length,
    demographicsExactTitle: count((r) => {
      const row = joins.cpsShares.get(normalizeTitle(r.title));
      return row && (row.women ?? row.white ?? row.black ?? row.asian ?? row.hispanic) !== undefined;
    }),
    medianAge: count((r) => r.demographics?.medianAge),
    demographicsUnmatched: unmatchedDemographics(roles, joins),
    skills: count((r) => r.skills),
    knowledge: count((r) => r.knowledge),
    technologies: count((r) => r.technologies),
    technologiesFlagged: roles.reduce((n, r) => n + (r.technologies?.items.length ?? 0), 0),
    relatedRoles: count((r) => r.relatedRoles),
    alternateTitles: roles.reduce((n, r) => n + (r.alternateTitles?.length ?? 0), 0),
    ambiguousCpsTitles: joins.ambiguousCpsTitles,
  };
}

/** A Census occupation wider than the role: several catalog roles, or a SOC group or pattern. */
const isGroup = (g: { covers: number; soc?: string }) => g.covers > 1 || g.soc !== undefined;

function unmatchedDemographics(roles: readonly Role[], joins: Joins): Coverage['demographicsUnmatched'] {
  const byReason = new Map<CensusMiss, string[]>();
  for (const role of roles) {
    if (role.demographics?.gender || role.demographics?.race) continue;
    const found = joins.census.get(role.socCode!)!;
    const reason: CensusMiss =
      'miss' in found
        ? found.miss
        : found.shares
          ? 'CPS prints “–” for it (below BLS publication criteria)'
          : 'Census title not printed in CPS table 11';
    const list = byReason.get(reason) ?? [];
    list.push(`${role.socCode} ${role.title}`);
    byReason.set(reason, list);
  }
  return [...byReason].map(([reason, titles]) => ({ reason, titles })).sort((a, b) => a.titles.length - b.titles.length);
}
