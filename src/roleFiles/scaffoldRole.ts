// "New Role File…": a valid role file to start from, made from an official
// role — its pay and top skills prefilled (with their official source, to be
// replaced when the user puts in their own figures). Pure.
import { attributionFor } from '../model/attribution';
import type { Role } from '../model/schema';

/**
 * The `$schema` a role file names: served by the extension itself (a content
 * provider for this scheme), so VS Code's JSON support validates and completes
 * the file wherever it lives, with no download. Files in `.career-compare/`
 * get the schema without it too (package.json's jsonValidation).
 */
export const ROLE_FILE_SCHEMA_URI = 'career-compare:/role-file.schema.json';

/** Skills copied into a new file: enough to compare, few enough to edit. */
const SCAFFOLD_SKILLS = 10;

/** The first free id of the form "my-<official id>", "my-<official id>-2", … */
export function freeRoleId(base: string, isTaken: (id: string) => boolean): string {
  const stem = `my-${base}`;
  if (!isTaken(stem)) return stem;
  for (let n = 2; ; n++) if (!isTaken(`${stem}-${n}`)) return `${stem}-${n}`;
}

function payOf(official: Role): Role['pay'] {
  const pay = official.pay;
  if (!pay) return undefined;
  const out: NonNullable<Role['pay']> = { source: { ...pay.source } };
  if (pay.yearly !== undefined) out.yearly = pay.yearly;
  if (pay.yearlyMedian !== undefined) out.yearlyMedian = pay.yearlyMedian;
  if (pay.hourly !== undefined) out.hourly = pay.hourly;
  if (pay.range) out.range = { ...pay.range };
  return out;
}

function skillsOf(official: Role): Role['skills'] {
  const skills = official.skills;
  if (!skills) return undefined;
  return { source: { ...skills.source }, measure: skills.measure, items: skills.items.slice(0, SCAFFOLD_SKILLS).map((s) => ({ ...s })) };
}

/** The new file's role and its text (two-space JSON, as the bundled files). */
export function scaffoldRoleFile(official: Role, isTaken: (id: string) => boolean): { id: string; role: Role; text: string } {
  const id = freeRoleId(official.id, isTaken);
  const role: Role = { id, title: `My ${official.title}`, category: official.category };
  if (official.socCode) role.socCode = official.socCode;
  const pay = payOf(official);
  if (pay) role.pay = pay;
  const skills = skillsOf(official);
  if (skills) role.skills = skills;
  if (official.id) role.relatedRoles = [official.id];
  // O*NET's licence asks for its statement wherever its figures go (the copied skills).
  const attribution = attributionFor([role.pay?.source.name ?? '', role.skills?.source.name ?? '']);
  const file = { $schema: ROLE_FILE_SCHEMA_URI, ...(attribution ? { attribution } : {}), roles: [role] };
  return { id, role, text: `${JSON.stringify(file, null, 2)}\n` };
}
