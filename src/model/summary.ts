// What the tree, the pickers and the search need of a role: its name and
// place and the headline figures the tree shows (yearly pay, growth, jobs),
// each with its source. The rest of an official role is detail, loaded when
// the role is opened or compared (see generatedCatalog.ts).
import * as z from 'zod';
import { EducationSchema, JobsSchema, RoleSchema, SourceSchema, WageSchema, type Role } from './schema';

export const RoleSummarySchema = RoleSchema.pick({ id: true, title: true, category: true, socCode: true }).extend({
  pay: z.strictObject({ source: SourceSchema, yearly: WageSchema.optional() }).optional(),
  growth: z.strictObject({ source: SourceSchema, rate: RoleSchema.shape.growth.unwrap().shape.rate }).optional(),
  jobs: JobsSchema.optional(),
  /** Typical entry-level education (BLS, for official roles): the Roles view filters by it. */
  entryEducation: EducationSchema.shape.typicalEntry,
});
/** A role as listed: a whole hand-written role is one too (it has these fields and more). */
export type RoleSummary = z.infer<typeof RoleSummarySchema>;

/** The summary of a role: the same values, nothing else. */
export function summarize(role: Role): RoleSummary {
  const summary: RoleSummary = { id: role.id, title: role.title, category: role.category };
  if (role.socCode !== undefined) summary.socCode = role.socCode;
  if (role.pay)
    summary.pay = role.pay.yearly !== undefined ? { source: role.pay.source, yearly: role.pay.yearly } : { source: role.pay.source };
  if (role.growth) summary.growth = { source: role.growth.source, rate: role.growth.rate };
  if (role.jobs) summary.jobs = role.jobs;
  if (role.education?.typicalEntry) summary.entryEducation = role.education.typicalEntry;
  return summary;
}
