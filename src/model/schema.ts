// The role model: one zod schema for hand-written role files, the reference
// roles and (later) roles imported from O*NET/BLS. Every section is optional
// so a role carries exactly the facts its sources have; a missing section or
// field means "no data", never zero.
import * as z from 'zod';
import { ONET_SOC_CODE, ROLE_SOC_CODE, SOC_SCOPE } from './socCodes';

/** Where a section's figures come from. `year: null` means the source states none. */
export const SourceSchema = z.strictObject({
  name: z.string().min(1),
  year: z.union([z.number().int().min(1900).max(2100), z.string().regex(/^\d{4}(–\d{2,4})?$/), z.null()]),
  url: z.url().optional(),
});
export type Source = z.infer<typeof SourceSchema>;

/** A percentage on the 0–100 scale (61 means 61%). */
const Percent = z.number().min(0).max(100);
const Dollars = z.number().nonnegative();

/** A wage, or a top-coded one: the publisher only says it is at least this much. */
export const WageSchema = z.union([Dollars, z.strictObject({ atLeast: Dollars })], {
  error: 'expected dollars as a number (not negative), or { "atLeast": dollars } for a top-coded wage',
});
export type Wage = z.infer<typeof WageSchema>;

const Named = z.string().min(1);

export const PaySchema = z.strictObject({
  source: SourceSchema,
  /** Average (mean) yearly salary. */
  yearly: WageSchema.optional(),
  yearlyMedian: WageSchema.optional(),
  hourly: WageSchema.optional(),
  range: z
    .strictObject({
      low: WageSchema,
      high: WageSchema,
      /** What the ends are, e.g. "10th–90th percentile"; absent when the source does not say. */
      label: z.string().min(1).optional(),
    })
    .optional(),
  /** Percentiles of annual wages; any may be missing where the publisher has none. */
  percentiles: z
    .strictObject({
      p10: WageSchema.optional(),
      p25: WageSchema.optional(),
      median: WageSchema.optional(),
      p75: WageSchema.optional(),
      p90: WageSchema.optional(),
    })
    .optional(),
  highestPayingCity: Named.optional(),
  highestPayingState: Named.optional(),
  bestPayingCompany: Named.optional(),
  bestPayingIndustry: Named.optional(),
});

const Count = z.number().int().nonnegative();

/**
 * Pay by state (official roles: BLS OEWS state estimates). A state whose wage
 * is not published is left out of `highestPaying`, never counted as 0.
 */
/**
 * Why a ranking or list from official data is empty, as the source shows it:
 * `hourlyOnly` — BLS publishes only an hourly wage for the occupation ("*"
 * for the annual one), and rankings are by annual mean; `noWages` — no row
 * has a published annual mean; `noJobCounts` — no row has a job count ("**");
 * `noneReachesRule` — no industry holds the share of jobs the rule asks.
 */
export const GapSchema = z.enum(['hourlyOnly', 'noWages', 'noJobCounts', 'noneReachesRule']);
export type Gap = z.infer<typeof GapSchema>;

export const StatesSchema = z.strictObject({
  source: SourceSchema,
  /** Highest annual mean first, at most 10; the first is the highest paying state. */
  highestPaying: z.array(z.strictObject({ name: Named, annualMean: WageSchema, jobs: Count.optional() })),
  /** Most jobs first, at most 5; `share` is the percent of the national total. */
  mostJobs: z.array(z.strictObject({ name: Named, jobs: Count, share: Percent })),
  /** How many of the `areas` have no published annual mean for the occupation: a blank row or no row at all. */
  withoutWage: Count,
  /** How many areas the state file covers (official roles: the 50 states and DC); absent when the source does not say. */
  areas: Count.optional(),
  /** Why `highestPaying` or `mostJobs` is empty, when it is. */
  gaps: z.strictObject({ highestPaying: GapSchema.optional(), mostJobs: GapSchema.optional() }).optional(),
});

/** Pay by industry (official roles: BLS OEWS national industry estimates, 3-digit NAICS). */
export const IndustriesSchema = z.strictObject({
  source: SourceSchema,
  /** The rule against tiny cells and the ownerships included, as shown to the user. */
  rule: z.string().min(1),
  bestPaying: z.strictObject({ name: Named, naics: z.string().min(1), annualMean: WageSchema, jobs: Count.optional() }).optional(),
  /** Most jobs first, at most 5; `share` is the percent of the occupation's national jobs. */
  mostJobs: z.array(z.strictObject({ name: Named, naics: z.string().min(1), jobs: Count, share: Percent })),
  /** Why there is no `bestPaying`, or `mostJobs` is empty, when so. */
  gaps: z.strictObject({ bestPaying: GapSchema.optional(), mostJobs: GapSchema.optional() }).optional(),
});

/** The most metropolitan areas a role's `metros.highestPaying` lists. */
export const TOP_METROS = 10;

/**
 * Pay by metropolitan area (official roles: BLS OEWS metropolitan area
 * estimates, imported by the user). Only metropolitan statistical areas:
 * BLS's nonmetropolitan areas are not cities and are left out. An area whose
 * wage is not published is left out of `highestPaying`, never counted as 0.
 */
export const MetrosSchema = z.strictObject({
  source: SourceSchema,
  /** Highest annual mean first, at most TOP_METROS; the first is the highest paying metro area. */
  highestPaying: z.array(z.strictObject({ name: Named, annualMean: WageSchema, jobs: Count.optional() })).max(TOP_METROS),
  /** How many metropolitan areas have an estimate (a row) for the occupation. */
  areas: Count,
  /** How many of those `areas` have no published annual mean (“*”). */
  withoutWage: Count,
  /** Why `highestPaying` is empty, when it is: `hourlyOnly` or `noWages` (see GapSchema). */
  gap: GapSchema.optional(),
});

export const JobsSchema = z.strictObject({
  source: SourceSchema,
  count: z.number().int().nonnegative(),
});

export const GrowthSchema = z.strictObject({
  source: SourceSchema,
  /** Projected employment change in percent; may be negative. */
  rate: z.number().min(-100).max(1000),
  period: z.string().min(1).optional(),
  annualOpenings: z.number().int().nonnegative().optional(),
});

export const SatisfactionSchema = z.strictObject({
  source: SourceSchema,
  /** Rating on a 0–5 scale. */
  rating: z.number().min(0).max(5),
});

export const ShareOfSchema = z.strictObject({ name: Named, share: Percent });

export const EducationSchema = z.strictObject({
  source: SourceSchema,
  mostCommonDegree: ShareOfSchema.optional(),
  major: Named.optional(),
  college: Named.optional(),
  /** The whole required-education distribution, largest share first (O*NET RL for official roles). */
  distribution: z.array(ShareOfSchema).min(1).optional(),
  /**
   * Categories whose estimate O*NET recommends suppressing (too imprecise):
   * left out of `distribution`, so their share is unknown, not zero.
   */
  suppressed: z.array(Named).min(1).optional(),
  /** O*NET Job Zone (1–5) with its label, e.g. "Job Zone Four: Considerable Preparation Needed". */
  jobZone: z.strictObject({ zone: z.number().int().min(1).max(5), label: Named, source: SourceSchema }).optional(),
  /** Programs that prepare for the occupation (NCES CIP–SOC crosswalk): related, not the most common major. */
  relatedFields: z
    .strictObject({
      source: SourceSchema,
      /** In CIP code order (the publisher ranks none). */
      items: z.array(z.strictObject({ code: z.string().min(1), title: Named })).min(1),
      /** How many related programs there are in all, when more than `items` holds. */
      total: Count.optional(),
    })
    .optional(),
  /** Typical entry-level education, from another source than the section's (BLS, for official roles). */
  typicalEntry: z.strictObject({ name: Named, source: SourceSchema }).optional(),
});

export const ExperienceSchema = z.strictObject({
  source: SourceSchema,
  years: z.number().nonnegative().optional(),
  /** How long it typically takes to become one, in years. */
  timeToBecome: z
    .strictObject({ minYears: z.number().nonnegative(), maxYears: z.number().nonnegative() })
    .refine((t) => t.minYears <= t.maxYears, { message: 'minYears must not exceed maxYears' })
    .optional(),
  label: z.string().min(1).optional(),
});

export const DemographicsSchema = z.strictObject({
  source: SourceSchema,
  averageAge: z.number().min(14).max(100).optional(),
  /** Median age, from its own source (CPS table 11b for official roles). */
  medianAge: z.strictObject({ value: z.number().min(14).max(100), source: SourceSchema }).optional(),
  /** Shares by gender, e.g. [{name:"Male",share:83.7},{name:"Female",share:16.3}]. */
  gender: z.array(ShareOfSchema).min(1).optional(),
  race: z.array(ShareOfSchema).min(1).optional(),
  lgbtShare: Percent.optional(),
  /**
   * The Census occupation the figures belong to. When it covers more than one
   * of our roles (`covers` > 1), or a SOC group or pattern wider than the role
   * (`soc`), the figures are the group's and are labelled so.
   */
  censusGroup: z
    .strictObject({
      code: z.string().min(1),
      title: Named,
      /** How many catalog roles the Census code list maps to this occupation. */
      covers: z.number().int().positive(),
      /** The code list's SOC scope when wider than the role's own code: "51-91XX", "25-2050". */
      soc: z.string().regex(SOC_SCOPE).optional(),
    })
    .optional(),
});

export const DescriptionSchema = z.strictObject({ source: SourceSchema, text: z.string().min(1) });

export const ResponsibilitiesSchema = z.strictObject({
  source: SourceSchema,
  items: z.array(z.string().min(1)).min(1),
});

export const SkillsSchema = z.strictObject({
  source: SourceSchema,
  /** share: percent of postings/resumes; importance: O*NET importance score 1–5. */
  measure: z.enum(['share', 'importance']),
  items: z.array(z.strictObject({ name: Named, value: z.number().nonnegative() })).min(1),
});

export const TechnologiesSchema = z.strictObject({
  source: SourceSchema,
  /**
   * Technologies as O*NET publishes them, flagged ones first: `hot` is O*NET's
   * Hot Technology flag, `inDemand` its In Demand flag.
   */
  items: z.array(z.strictObject({ name: Named, hot: z.boolean(), inDemand: z.boolean() })).min(1),
});

/**
 * What may not be in a title: control characters (C0, DEL, C1), and the bidi
 * controls (marks U+200E, U+200F, U+061C; embeddings and overrides
 * U+202A–U+202E; isolates U+2066–U+2069), which reorder or hide the text
 * around them, so a title could read differently from what it holds.
 * Right-to-left scripts show correctly without them.
 */
function hasHiddenCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 0x1f || (c >= 0x7f && c <= 0x9f) || c === 0x61c || c === 0x200e || c === 0x200f) return true;
    if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) return true;
  }
  return false;
}
/** Blank to a reader: white space and zero-width characters. */
const INVISIBLE = /^[\s\u200b-\u200d\u2060\ufeff]+$/;

/** A role's title or alternate title: something a reader can see, shown as it is stored. */
export const TitleSchema = z
  .string()
  .min(1)
  .refine((s) => !INVISIBLE.test(s), { message: 'a title needs a visible character; this one is blank' })
  .refine((s) => !hasHiddenCharacter(s), {
    message:
      'a title may not hold control characters or bidi controls (U+200E, U+200F, U+202A–U+202E, U+2066–U+2069), ' +
      'which hide or reorder text; remove them',
  });

export const RoleIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/, 'use lower-case letters, digits and single dashes (like "lead-technician")');

export const RoleSchema = z.strictObject({
  id: RoleIdSchema,
  title: TitleSchema,
  /** The tree's top level: a SOC major group title for official roles. */
  category: z.string().min(1),
  socCode: z.string().regex(ROLE_SOC_CODE).optional(),
  alternateTitles: z.array(TitleSchema).optional(),
  description: DescriptionSchema.optional(),
  pay: PaySchema.optional(),
  jobs: JobsSchema.optional(),
  growth: GrowthSchema.optional(),
  satisfaction: SatisfactionSchema.optional(),
  education: EducationSchema.optional(),
  experience: ExperienceSchema.optional(),
  demographics: DemographicsSchema.optional(),
  responsibilities: ResponsibilitiesSchema.optional(),
  skills: SkillsSchema.optional(),
  /** O*NET Knowledge areas, measured like skills (importance 1–5 for official roles). */
  knowledge: SkillsSchema.optional(),
  states: StatesSchema.optional(),
  industries: IndustriesSchema.optional(),
  /** Pay by metropolitan area, from an imported BLS metro file (merged in when roles load, never bundled). */
  metros: MetrosSchema.optional(),
  technologies: TechnologiesSchema.optional(),
  /** Ids of related roles, most related first. */
  relatedRoles: z.array(RoleIdSchema).optional(),
  /**
   * O*NET's more detailed occupations under the role's SOC code (29-1141.01
   * Acute Care Nurses under 29-1141 Registered Nurses). Education, skills and
   * knowledge are O*NET's ratings of the base code (.00) alone; technologies
   * are merged from all of them. The sections say so where these exist.
   */
  onetSpecialities: z
    .array(z.strictObject({ code: z.string().regex(ONET_SOC_CODE), title: TitleSchema }))
    .min(1)
    .optional(),
});
export type Role = z.infer<typeof RoleSchema>;

/** A role file: `{ "roles": [ … ] }`. Roles are validated one by one so one bad role spoils nothing else. */
export const RoleFileSchema = z.strictObject({
  $schema: z.string().optional(),
  /** Attribution the data's licence asks for (O*NET: CC BY 4.0). */
  attribution: z.string().optional(),
  roles: z.array(z.unknown()).min(1),
});
