// Whole skill and knowledge profiles of official roles (data/generated/
// profiles.json, built by src/import/onetProfiles.ts): every O*NET element's
// importance (1–5) and level (0–7). Read when similar roles or a skill gap
// are first asked for; the detail files keep only each role's top ten.
import * as z from 'zod';
import { RoleIdSchema, SourceSchema, type Source } from './schema';

export { PROFILES_FILE } from './dataFolders';
/** 2: each role may carry its O*NET Job Zone (`zone`, 1–5). */
export const PROFILES_FORMAT = 2;

/** [importance 1–5, level 0–7]; null where O*NET recommends suppressing the estimate (unknown, not 0). */
export type ProfileValue = [number | null, number | null];

const HeaderSchema = z.object({
  format: z.literal(PROFILES_FORMAT),
  attribution: z.string().optional(),
  source: SourceSchema,
  skills: z.array(z.string().min(1)).min(1),
  knowledge: z.array(z.string().min(1)).min(1),
  roles: z.array(z.unknown()),
});

const inRange = (v: unknown, min: number, max: number) => v === null || (typeof v === 'number' && v >= min && v <= max);

/**
 * One role's values, checked by hand: zod took ~100 ms over the ~100,000
 * numbers of the file, more than the rest of a first comparison. Returns why not, or undefined.
 */
function roleProblem(role: unknown, skills: number, knowledge: number): string | undefined {
  if (typeof role !== 'object' || role === null || Array.isArray(role)) return 'is not an object';
  const { id, ...rest } = role as Record<string, unknown>;
  if (!RoleIdSchema.safeParse(id).success) return 'has no valid id';
  for (const [key, count] of [
    ['skills', skills],
    ['knowledge', knowledge],
  ] as const) {
    const values = rest[key];
    if (!Array.isArray(values) || values.length !== count)
      return `does not have one value per ${key === 'skills' ? 'skill' : 'knowledge area'}`;
    for (const v of values) {
      if (!Array.isArray(v) || v.length !== 2 || !inRange(v[0], 1, 5) || !inRange(v[1], 0, 7))
        return `has a ${key} value that is not [importance 1–5 or null, level 0–7 or null]`;
    }
  }
  const zone = rest.zone;
  if (zone !== undefined && !(Number.isInteger(zone) && (zone as number) >= 1 && (zone as number) <= 5))
    return 'has a Job Zone ("zone") that is not a whole number 1–5';
  const extra = Object.keys(rest).filter((k) => k !== 'skills' && k !== 'knowledge' && k !== 'zone');
  return extra.length > 0 ? `has an unknown field "${extra[0].slice(0, 40)}"` : undefined;
}

export interface RoleProfile {
  /** Values in the order of `ProfileSet.skills`. */
  skills: ProfileValue[];
  /** Values in the order of `ProfileSet.knowledge`. */
  knowledge: ProfileValue[];
  /** O*NET's Job Zone (1–5), when it gives one. */
  zone?: number;
}

export interface ProfileSet {
  source: Source;
  /** Skill names, in O*NET's element order. */
  skills: string[];
  /** Knowledge area names, in O*NET's element order. */
  knowledge: string[];
  byId: ReadonlyMap<string, RoleProfile>;
}

/** Reads profiles.json; never throws: a damaged file is an error naming the file and the field. */
export function parseProfilesFile(file: string, text: string): { ok: true; profiles: ProfileSet } | { ok: false; error: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return { ok: false, error: `${file}: not valid JSON: ${(err as Error).message}` };
  }
  const parsed = HeaderSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: `${file}: field "${issue.path.join('.')}": ${issue.message}` };
  }
  const { source, skills, knowledge, roles } = parsed.data;
  const byId = new Map<string, RoleProfile>();
  for (const [index, role] of roles.entries()) {
    const problem = roleProblem(role, skills.length, knowledge.length);
    const id = (role as { id?: unknown } | null)?.id;
    const name = typeof id === 'string' ? `"${id.slice(0, 80)}"` : `#${index + 1}`;
    if (problem) return { ok: false, error: `${file}: role ${name} ${problem}` };
    const r = role as { id: string } & RoleProfile;
    if (byId.has(r.id)) return { ok: false, error: `${file}: the role ${name} appears twice` };
    const profile: RoleProfile = { skills: r.skills, knowledge: r.knowledge };
    if (r.zone !== undefined) profile.zone = r.zone;
    byId.set(r.id, profile);
  }
  return { ok: true, profiles: { source, skills, knowledge, byId } };
}
