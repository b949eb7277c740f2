// Joins the official releases into role records of the same schema as the
// hand-written roles: one role per detailed SOC occupation with OEWS wages.
// O*NET (XX-XXXX.XX) and BLS (XX-XXXX) join by SOC code; the CPS tables,
// published by Census title, join through the role's Census code and that
// code's title (normalised, exact) or not at all. Each section is mapped by
// its own function in roleSections.ts; this file only reads and assembles.
import type { Role } from '../model/schema';
import { parseCpsAges, parseCpsShares, parseOews, parseProjections, type CpsAge, type CpsShares, type OewsOccupation } from './bls';
import { INDUSTRY_FILE, parseOewsIndustries } from './blsIndustry';
import { areaCount, STATE_FILE, stateEstimates } from './blsState';
import { parseStateFigures } from './blsStateFigures';
import type { StateRows } from '../states/stateFigures';
import { CENSUS_CODES_FILE, censusCodeOf, normalizeTitle, parseCensusCodes, type CensusMiss } from './census';
import { CIP_SOC_FILE, parseCipSoc, relatedFields } from './nces';
import {
  ONET_FILES,
  parseAlternateTitles,
  parseJobZoneReference,
  parseJobZones,
  parseKnowledge,
  parseOccupations,
  parseRelated,
  parseRequiredEducation,
  parseSkills,
  parseTechnologies,
  socOf,
} from './onet';
import {
  byText,
  demographicsOf,
  educationOf,
  experienceOf,
  FIELDS_KEPT,
  growthOf,
  importanceOf,
  industriesOf,
  jobsOf,
  KNOWLEDGE_KEPT,
  payOf,
  rankCategories,
  RELATED_KEPT,
  SKILLS_KEPT,
  statesOf,
  technologiesOf,
  mergeTechnologies,
  type CensusFigures,
} from './roleSections';
import { coverageOf, type Coverage } from './coverage';
import { ImportError } from './table';

export type { Coverage } from './coverage';
export { normalizeTitle } from './census';

export { SOURCES, SKILLS_KEPT, RELATED_KEPT, INDUSTRY_RULE } from './roleSections';
export { ONET_ATTRIBUTION } from '../model/attribution';

export const BLS_FILES = {
  oews: 'oews_national_M2024_dl.csv',
  projections: 'employment_projections_2024-34.csv',
  cpsShares: 'cps_cpsaat11_2022.csv',
  cpsAges: 'cps_cpsaat11b_2025.csv',
  states: STATE_FILE,
  industries: INDUSTRY_FILE,
} as const;
export const CENSUS_FILES = { codes: CENSUS_CODES_FILE } as const;
export const NCES_FILES = { cipSoc: CIP_SOC_FILE } as const;

export type Folder = 'bls' | 'onet-29.3' | 'census' | 'nces';
/** Reads one file of a release, by folder and name. */
export type ReadFile = (folder: Folder, name: string) => string;

const slug = (title: string) => normalizeTitle(title).replace(/ /g, '-');

/** Title → row, leaving out titles CPS prints more than once with different figures. */
function indexByTitle<T extends { title: string; line: number }>(rows: T[], same: (a: T, b: T) => boolean) {
  const map = new Map<string, T>();
  const ambiguous = new Set<string>();
  for (const row of rows) {
    const key = normalizeTitle(row.title);
    const seen = map.get(key);
    if (seen && !same(seen, row)) ambiguous.add(key);
    else map.set(key, row);
  }
  for (const key of ambiguous) map.delete(key);
  return { map, ambiguous: ambiguous.size };
}

function uniqueTitles(titles: string[], exclude: string): string[] {
  const seen = new Set([exclude.toLowerCase()]);
  const out: string[] = [];
  for (const t of titles) {
    const key = t.toLowerCase();
    if (!t || seen.has(key)) continue;
    seen.add(key);
    out.push(t);
  }
  return out.sort(byText);
}

const sameShares = (a: CpsShares, b: CpsShares) =>
  a.women === b.women && a.white === b.white && a.black === b.black && a.asian === b.asian && a.hispanic === b.hispanic;

/** Every parsed file of the releases. */
function readRelease(read: ReadFile, warn: (message: string) => void) {
  const file = (folder: Folder, name: string) => {
    try {
      return [`${folder}/${name}`, read(folder, name)] as const;
    } catch (err) {
      if (err instanceof ImportError) throw err;
      throw new ImportError(`${folder}/${name}`, undefined, `cannot be read (${(err as { code?: string }).code ?? String(err)})`);
    }
  };
  const onet = (name: string) => file('onet-29.3', name);
  // Read once: the top-10 lists and the state figures files come from the same parse.
  const stateFigures = parseStateFigures(...file('bls', BLS_FILES.states));
  return {
    stateFigures,
    oews: parseOews(...file('bls', BLS_FILES.oews)),
    projections: parseProjections(...file('bls', BLS_FILES.projections), warn),
    shares: indexByTitle<CpsShares>(parseCpsShares(...file('bls', BLS_FILES.cpsShares)), sameShares),
    ages: indexByTitle<CpsAge>(parseCpsAges(...file('bls', BLS_FILES.cpsAges)), (a, b) => a.medianAge === b.medianAge),
    states: stateEstimates(stateFigures),
    industries: parseOewsIndustries(...file('bls', BLS_FILES.industries)),
    censusCodes: parseCensusCodes(...file('census', CENSUS_FILES.codes)),
    cipSoc: parseCipSoc(...file('nces', NCES_FILES.cipSoc)),
    occupations: parseOccupations(...onet(ONET_FILES.occupations)),
    skills: parseSkills(...onet(ONET_FILES.skills)),
    knowledge: parseKnowledge(...onet(ONET_FILES.knowledge)),
    education: parseRequiredEducation(...onet(ONET_FILES.education), ...onet(ONET_FILES.educationCategories)),
    jobZones: parseJobZones(...onet(ONET_FILES.jobZones)),
    jobZoneLabels: parseJobZoneReference(...onet(ONET_FILES.jobZoneReference)),
    technologies: parseTechnologies(...onet(ONET_FILES.technology)),
    related: parseRelated(...onet(ONET_FILES.related)),
    alternates: parseAlternateTitles(...onet(ONET_FILES.alternateTitles)),
  };
}
type Release = ReturnType<typeof readRelease>;

/** What the per-role mapping needs beyond the release: ids, O*NET codes and Census joins by SOC code. */
interface Context {
  release: Release;
  warn: (message: string) => void;
  idBySoc: Map<string, string>;
  onetBySoc: Map<string, string[]>;
  census: Map<string, CensusFigures | { miss: CensusMiss }>;
  /** Areas (states and DC) the OEWS state file covers: a state without a row has no published wage. */
  stateAreas: number;
}

/** O*NET codes under each SOC code, the base (.00) first. */
function onetCodesBySoc(occupations: Release['occupations']): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const code of [...occupations.keys()].sort()) {
    const list = out.get(socOf(code)) ?? [];
    list.push(code);
    out.set(socOf(code), list);
  }
  return out;
}

function assignIds(occupations: readonly OewsOccupation[]): Map<string, string> {
  const idBySoc = new Map<string, string>();
  const used = new Set<string>();
  for (const o of occupations) {
    let id = slug(o.title);
    if (used.has(id)) id = `${id}-${o.soc}`;
    used.add(id);
    idBySoc.set(o.soc, id);
  }
  return idBySoc;
}

/**
 * Each role's Census occupation and its CPS rows. `covers` counts our roles
 * (catalog occupations) under the same Census code, so a group's figures can be labelled as such.
 */
function joinCensus(release: Release, socs: readonly string[]): Context['census'] {
  const codeBySoc = new Map(socs.map((soc) => [soc, censusCodeOf(soc, release.censusCodes)]));
  const covers = new Map<string, number>();
  for (const found of codeBySoc.values()) if ('code' in found) covers.set(found.code, (covers.get(found.code) ?? 0) + 1);
  const out: Context['census'] = new Map();
  for (const [soc, found] of codeBySoc) {
    if ('miss' in found) {
      out.set(soc, found);
      continue;
    }
    const { title, soc: scope } = release.censusCodes.byCode.get(found.code)!;
    const key = normalizeTitle(title);
    out.set(soc, {
      group: { code: found.code, title, covers: covers.get(found.code)!, ...(scope !== soc && { soc: scope }) },
      shares: release.shares.map.get(key),
      age: release.ages.map.get(key),
    });
  }
  return out;
}

function titlesOf(o: OewsOccupation, ctx: Context): string[] {
  const codes = ctx.onetBySoc.get(o.soc) ?? [];
  const { occupations, alternates, projections } = ctx.release;
  const titles = [
    ...codes.flatMap((c) => [occupations.get(c)!.title, ...(alternates.get(c) ?? [])]),
    ...(projections.get(o.soc)?.sampleTitles ?? []),
  ];
  return uniqueTitles(titles, o.title);
}

function relatedRolesOf(base: string, ownId: string, ctx: Context): string[] {
  // Only ids of roles in this catalog: an O*NET code without OEWS wages has no role to open.
  const ids = (ctx.release.related.get(base) ?? []).map((c) => ctx.idBySoc.get(socOf(c)));
  return [...new Set(ids)].filter((id): id is string => id !== undefined && id !== ownId).slice(0, RELATED_KEPT);
}

function educationFor(o: OewsOccupation, base: string, ctx: Context): Role['education'] {
  const { education, projections, jobZones, jobZoneLabels, cipSoc } = ctx.release;
  const zone = jobZones.get(base);
  const label = zone === undefined ? undefined : jobZoneLabels.get(zone);
  if (zone !== undefined && !label) ctx.warn(`no Job Zone label for zone ${zone} (${base})`);
  return educationOf({
    ranked: rankCategories(education.get(base) ?? []),
    projection: projections.get(o.soc),
    jobZone: zone !== undefined && label ? { zone, label } : undefined,
    fields: relatedFields(cipSoc, o.soc, FIELDS_KEPT),
  });
}

/** Drops undefined sections so the serialised role carries only what its sources have. */
function compact(role: Role): Role {
  return Object.fromEntries(Object.entries(role).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0))) as Role;
}

function buildRole(o: OewsOccupation, ctx: Context): Role {
  const { release } = ctx;
  const base = `${o.soc}.00`;
  const onetCodes = ctx.onetBySoc.get(o.soc) ?? [];
  const id = ctx.idBySoc.get(o.soc)!;
  const majorGroup = release.oews.majorGroups.get(`${o.soc.slice(0, 2)}-0000`);
  if (!majorGroup) ctx.warn(`no SOC major group for ${o.soc} ${o.title}`);
  const projection = release.projections.get(o.soc);
  const census = ctx.census.get(o.soc);
  const national = { jobs: o.employment, hourlyOnly: o.annualMean === undefined && o.hourlyMean !== undefined };
  const states = statesOf(release.states.get(o.soc), national, ctx.stateAreas);
  const industries = industriesOf(release.industries.get(o.soc), national);
  const pay = payOf(o);
  if (states?.highestPaying[0]) pay.highestPayingState = states.highestPaying[0].name;
  if (industries?.bestPaying) pay.bestPayingIndustry = industries.bestPaying.name;
  return compact({
    id,
    title: o.title,
    category: majorGroup ?? 'Other Occupations',
    socCode: o.soc,
    alternateTitles: titlesOf(o, ctx),
    pay,
    jobs: jobsOf(o),
    growth: growthOf(projection),
    education: educationFor(o, base, ctx),
    experience: experienceOf(projection),
    demographics: census && 'group' in census ? demographicsOf(census) : undefined,
    skills: importanceOf(release.skills.get(base), SKILLS_KEPT),
    knowledge: importanceOf(release.knowledge.get(base), KNOWLEDGE_KEPT),
    states,
    industries,
    technologies: technologiesOf(mergeTechnologies(onetCodes.map((c) => release.technologies.get(c)))),
    relatedRoles: relatedRolesOf(base, id, ctx),
    onetSpecialities: specialitiesOf(onetCodes, base, release),
  });
}

/** The O*NET codes under a SOC code besides its base .00, with their titles. */
function specialitiesOf(onetCodes: readonly string[], base: string, release: Release): Role['onetSpecialities'] {
  return onetCodes.filter((c) => c !== base).map((code) => ({ code, title: release.occupations.get(code)!.title }));
}

/** Every official role, what the data covers, and every state figure by SOC code (for data/generated/states/). */
export function buildOfficialRoles(
  read: ReadFile,
  warn: (message: string) => void = () => {},
): { roles: Role[]; coverage: Coverage; stateFigures: Map<string, StateRows> } {
  const release = readRelease(read, warn);
  const withWages = [...release.oews.detailed.values()]
    .filter((o) => o.annualMean !== undefined || o.hourlyMean !== undefined)
    .sort((a, b) => (a.soc < b.soc ? -1 : 1));
  const onetBySoc = onetCodesBySoc(release.occupations);
  const ctx: Context = {
    release,
    warn,
    idBySoc: assignIds(withWages),
    onetBySoc,
    stateAreas: areaCount(release.states),
    census: joinCensus(
      release,
      withWages.map((o) => o.soc),
    ),
  };
  const roles = withWages.map((o) => buildRole(o, ctx));
  const coverage = coverageOf(roles, {
    cpsShares: release.shares.map,
    census: ctx.census,
    ambiguousCpsTitles: release.shares.ambiguous + release.ages.ambiguous,
  });
  return { roles, coverage, stateFigures: release.stateFigures };
}

/** The generated role file: one role a line, so that a rebuild's diff reads role by role. */
export function serializeRoleFile(roles: Role[], attribution: string): string {
  return `{"attribution":${JSON.stringify(attribution)},"roles":[\n${roles.map((r) => JSON.stringify(r)).join(',\n')}\n]}\n`;
}
