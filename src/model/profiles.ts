// Whole skill and knowledge profiles of official roles (data/generated/
// profiles.json, built by src/import/onetProfiles.ts): every O*NET element's
// importance (1–5) and level (0–7). Read when similar roles or a skill gap
// are first asked for; the detail files keep only each role's top ten.
import * as z from 'zod';
import { RoleIdSchema, SourceSchema, type Source } from './schema';

export { PROFILES_FILE } from './dataFolders';
export const PROFILES_FORMAT = 1;

/** [importance 1–5, level 0–7]; null where O*NET recommends suppressing the estimate (unknown, not 0). */
export type ProfileValue = [number | null, number | null];

const Value = z.tuple([z.number().min(1).max(5).nullable(), z.number().min(0).max(7).nullable()]);

const ProfilesFileSchema = z.strictObject({
  format: z.literal(PROFILES_FORMAT),
  attribution: z.string().optional(),
  source: SourceSchema,
  skills: z.array(z.string().min(1)).min(1),
  knowledge: z.array(z.string().min(1)).min(1),
  roles: z.array(z.strictObject({ id: RoleIdSchema, skills: z.array(Value), knowledge: z.array(Value) })),
});

export interface RoleProfile {
  /** Values in the order of `ProfileSet.skills`. */
  skills: ProfileValue[];
  /** Values in the order of `ProfileSet.knowledge`. */
  knowledge: ProfileValue[];
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
  const parsed = ProfilesFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: `${file}: field "${issue.path.join('.')}": ${issue.message}` };
  }
  const { source, skills, knowledge, roles } = parsed.data;
  const byId = new Map<string, RoleProfile>();
  for (const [index, role] of roles.entries()) {
    if (role.skills.length !== skills.length || role.knowledge.length !== knowledge.length)
      return { ok: false, error: `${file}: role ${index + 1} ("${role.id}") does not have one value per skill and knowledge area` };
    if (byId.has(role.id)) return { ok: false, error: `${file}: the role "${role.id}" appears twice` };
    byId.set(role.id, { skills: role.skills, knowledge: role.knowledge });
  }
  return { ok: true, profiles: { source, skills, knowledge, byId } };
}
