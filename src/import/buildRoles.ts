// Joins the official releases into role records of the same schema as the
// hand-written roles: one role per detailed SOC occupation with OEWS wages.
// O*NET (XX-XXXX.XX) and BLS (XX-XXXX) join by SOC code; the CPS tables,
// published by Census title, join by exact (normalised) title or not at all.
import type { Role, Source } from '../model/schema';
import {
  parseCpsAges,
  parseCpsShares,
  parseOews,
  parseProjections,
  type CpsAge,
  type CpsShares,
} from './bls';
import {
  ONET_FILES,
  parseAlternateTitles,
  parseHotTechnologies,
  parseOccupations,
  parseRelated,
  parseRequiredEducation,
  parseSkills,
  socOf,
} from './onet';
import { ImportError } from './table';

export const BLS_FILES = {
  oews: 'oews_national_M2024_dl.csv',
  projections: 'employment_projections_2024-34.csv',
  cpsShares: 'cps_cpsaat11_2022.csv',
  cpsAges: 'cps_cpsaat11b_2025.csv',
} as const;

export const SOURCES = {
  oews: { name: 'BLS Occupational Employment and Wage Statistics', year: 2024 },
  projections: { name: 'BLS Employment Projections', year: '2024–34' },
  cpsShares: { name: 'BLS Current Population Survey, table 11', year: 2022 },
  cpsAges: { name: 'BLS Current Population Survey, table 11b', year: 2025 },
  onet: { name: 'O*NET 29.3 Database', year: 2025 },
} satisfies Record<string, Source>;

export { ONET_ATTRIBUTION } from '../model/attribution';

/** Reads one file of a release, by folder ("bls" or "onet-29.3") and name. */
export type ReadFile = (folder: 'bls' | 'onet-29.3', name: string) => string;

export const SKILLS_KEPT = 10;
export const TECHNOLOGIES_KEPT = 20;
export const RELATED_KEPT = 10;

export interface Coverage {
  occupations: number;
  wages: number;
  growth: number;
  education: number;
  /** Occupations whose most common education category O*NET flags for suppression: left unknown. */
  educationSuppressed: number;
  typicalEntry: number;
  demographics: number;
  medianAge: number;
  skills: number;
  technologies: number;
  alternateTitles: number;
  /** CPS rows whose title is printed twice with different figures: never matched. */
  ambiguousCpsTitles: number;
}

/** Lower case, no accents or punctuation, "&" as "and": how CPS and SOC titles are compared. */
export function normalizeTitle(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const slug = (title: string) => normalizeTitle(title).replace(/ /g, '-');
/** Code-point order of the lower-cased text: the same on every machine (no ICU), so builds are byte-identical. */
const byText = (a: string, b: string) => {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
};

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

const round1 = (n: number) => Math.round(n * 10) / 10;

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

export function buildOfficialRoles(read: ReadFile, warn: (message: string) => void = () => {}): { roles: Role[]; coverage: Coverage } {
  const readOrExplain = (folder: 'bls' | 'onet-29.3', name: string): string => {
    try {
      return read(folder, name);
    } catch (err) {
      if (err instanceof ImportError) throw err;
      throw new ImportError(`${folder}/${name}`, undefined, `cannot be read (${(err as { code?: string }).code ?? String(err)})`);
    }
  };
  const bls = (name: string) => [`bls/${name}`, readOrExplain('bls', name)] as const;
  const onet = (name: string) => [`onet-29.3/${name}`, readOrExplain('onet-29.3', name)] as const;

  const oews = parseOews(...bls(BLS_FILES.oews));
  const projections = parseProjections(...bls(BLS_FILES.projections), warn);
  const shares = indexByTitle<CpsShares>(parseCpsShares(...bls(BLS_FILES.cpsShares)), (a, b) =>
    a.women === b.women && a.white === b.white && a.black === b.black && a.asian === b.asian && a.hispanic === b.hispanic,
  );
  const ages = indexByTitle<CpsAge>(parseCpsAges(...bls(BLS_FILES.cpsAges)), (a, b) => a.medianAge === b.medianAge);
  const occupations = parseOccupations(...onet(ONET_FILES.occupations));
  const skills = parseSkills(...onet(ONET_FILES.skills));
  const education = parseRequiredEducation(...onet(ONET_FILES.education), ...onet(ONET_FILES.educationCategories));
  const hot = parseHotTechnologies(...onet(ONET_FILES.technology));
  const related = parseRelated(...onet(ONET_FILES.related));
  const alternates = parseAlternateTitles(...onet(ONET_FILES.alternateTitles));

  // O*NET codes under each SOC code, the base (.00) first.
  const onetBySoc = new Map<string, string[]>();
  for (const code of [...occupations.keys()].sort()) {
    const list = onetBySoc.get(socOf(code)) ?? [];
    list.push(code);
    onetBySoc.set(socOf(code), list);
  }

  const withWages = [...oews.detailed.values()]
    .filter((o) => o.annualMean !== undefined || o.hourlyMean !== undefined)
    .sort((a, b) => (a.soc < b.soc ? -1 : 1));

  const idBySoc = new Map<string, string>();
  const used = new Set<string>();
  for (const o of withWages) {
    let id = slug(o.title);
    if (used.has(id)) id = `${id}-${o.soc}`;
    used.add(id);
    idBySoc.set(o.soc, id);
  }

  const coverage: Coverage = {
    occupations: withWages.length,
    wages: 0,
    growth: 0,
    education: 0,
    educationSuppressed: 0,
    typicalEntry: 0,
    demographics: 0,
    medianAge: 0,
    skills: 0,
    technologies: 0,
    alternateTitles: 0,
    ambiguousCpsTitles: shares.ambiguous + ages.ambiguous,
  };

  const roles = withWages.map((o): Role => {
    const base = `${o.soc}.00`;
    const codes = onetBySoc.get(o.soc) ?? [];
    const projection = projections.get(o.soc);
    const majorGroup = oews.majorGroups.get(`${o.soc.slice(0, 2)}-0000`);
    if (!majorGroup) warn(`no SOC major group for ${o.soc} ${o.title}`);
    const role: Role = {
      id: idBySoc.get(o.soc)!,
      title: o.title,
      category: majorGroup ?? 'Other Occupations',
      socCode: o.soc,
    };

    const titles = [
      ...codes.flatMap((c) => [occupations.get(c)!.title, ...(alternates.get(c) ?? [])]),
      ...(projection?.sampleTitles ?? []),
    ];
    const alternateTitles = uniqueTitles(titles, o.title);
    if (alternateTitles.length > 0) role.alternateTitles = alternateTitles;

    role.pay = {
      source: SOURCES.oews,
      ...(o.annualMean !== undefined && { yearly: o.annualMean }),
      ...(o.annualMedian !== undefined && { yearlyMedian: o.annualMedian }),
      ...(o.hourlyMean !== undefined && { hourly: o.hourlyMean }),
      ...(o.annualP10 !== undefined && o.annualP90 !== undefined && {
        range: { low: o.annualP10, high: o.annualP90, label: '10th–90th percentile of annual wages' },
      }),
    };
    coverage.wages++;
    if (o.employment !== undefined) role.jobs = { source: SOURCES.oews, count: o.employment };

    if (projection?.percentChange !== undefined) {
      role.growth = {
        source: SOURCES.projections,
        rate: projection.percentChange,
        period: '2024–34',
        ...(projection.annualOpenings !== undefined && { annualOpenings: projection.annualOpenings }),
      };
      coverage.growth++;
    }

    // The most common category, unless O*NET flags that very estimate as too imprecise to show:
    // then the figure is unknown (taking the runner-up would misstate what is most common).
    const ranked = education.get(base)?.slice().sort((a, b) => b.percent - a.percent || a.category - b.category);
    const top = ranked?.[0] && !ranked[0].suppressed ? ranked[0] : undefined;
    if (ranked?.[0]?.suppressed) coverage.educationSuppressed++;
    if (top || projection?.typicalEducation) {
      role.education = {
        source: top ? SOURCES.onet : SOURCES.projections,
        ...(top && { mostCommonDegree: { name: top.label, share: Math.round(top.percent) } }),
        ...(projection?.typicalEducation && { typicalEntry: { name: projection.typicalEducation, source: SOURCES.projections } }),
      };
      if (top) coverage.education++;
      if (projection?.typicalEducation) coverage.typicalEntry++;
    }
    if (projection?.workExperience) {
      // BLS's categories ("None", "Less than 5 years", "5 years or more") name related-occupation experience.
      role.experience = { source: SOURCES.projections, label: `${projection.workExperience} in a related occupation` };
    }

    const share = shares.map.get(normalizeTitle(o.title));
    const age = ages.map.get(normalizeTitle(o.title));
    const gender = share?.women !== undefined ? [{ name: 'Women', share: share.women }, { name: 'Men', share: round1(100 - share.women) }] : undefined;
    const race = share
      ? (
          [
            ['White', share.white],
            ['Black or African American', share.black],
            ['Asian', share.asian],
            ['Hispanic or Latino (any race)', share.hispanic],
          ] as const
        )
          .filter(([, v]) => v !== undefined)
          .map(([name, v]) => ({ name, share: v! }))
      : [];
    if (gender || race.length > 0 || age?.medianAge !== undefined) {
      role.demographics = {
        source: gender || race.length > 0 ? SOURCES.cpsShares : SOURCES.cpsAges,
        ...(age?.medianAge !== undefined && { medianAge: { value: age.medianAge, source: SOURCES.cpsAges } }),
        ...(gender && { gender }),
        ...(race.length > 0 && { race }),
      };
      if (gender || race.length > 0) coverage.demographics++;
      if (age?.medianAge !== undefined) coverage.medianAge++;
    }

    const skillRanking = skills.get(base)?.slice().sort((a, b) => b.importance - a.importance || byText(a.name, b.name));
    if (skillRanking && skillRanking.length > 0) {
      role.skills = {
        source: SOURCES.onet,
        measure: 'importance',
        items: skillRanking.slice(0, SKILLS_KEPT).map((s) => ({ name: s.name, value: s.importance })),
      };
      coverage.skills++;
    }

    const technologies = uniqueTitles(hot.get(base) ?? [], '').slice(0, TECHNOLOGIES_KEPT);
    if (technologies.length > 0) {
      role.technologies = { source: SOURCES.onet, items: technologies.map((name) => ({ name, hot: true, inDemand: false })) };
      coverage.technologies++;
    }

    const relatedIds = [...new Set((related.get(base) ?? []).map((c) => idBySoc.get(socOf(c))))].filter(
      (id): id is string => id !== undefined && id !== role.id,
    );
    if (relatedIds.length > 0) role.relatedRoles = relatedIds.slice(0, RELATED_KEPT);
    coverage.alternateTitles += alternateTitles.length;
    return role;
  });
  return { roles, coverage };
}

/** The generated role file: one role a line, so that a rebuild's diff reads role by role. */
export function serializeRoleFile(roles: Role[], attribution: string): string {
  return `{"attribution":${JSON.stringify(attribution)},"roles":[\n${roles.map((r) => JSON.stringify(r)).join(',\n')}\n]}\n`;
}
