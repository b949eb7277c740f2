// O*NET's prose — occupation descriptions and task statements — is not
// shipped; a user imports it from an O*NET text release they have. This
// module turns those files into the small JSON the extension stores, and
// merges it into roles. Pure: the host reads and writes the files.
import * as z from 'zod';
import { LIMITS } from '../../limits';
import type { Role } from '../../model/schema';
import { ONET_FILES, parseOccupations, parseTasks, socOf } from '../onet';
import { ImportError } from '../table';
import { SOC_CODE } from '../../model/socCodes';

export const PROSE_FILES = [ONET_FILES.occupations, ONET_FILES.tasks] as const;

export const ProseFileSchema = z.strictObject({
  format: z.literal(1),
  source: z.strictObject({ name: z.string().min(1), year: z.number().int().nullable() }),
  /** By 6-digit SOC code: the base O*NET occupation's description and tasks (core tasks first). */
  occupations: z.record(
    z.string().regex(SOC_CODE),
    z.strictObject({
      description: z.string().min(1).max(LIMITS.textLength),
      tasks: z.array(z.string().min(1).max(LIMITS.textLength)).max(LIMITS.tasksPerOccupation),
    }),
  ),
});
export type ProseFile = z.infer<typeof ProseFileSchema>;

/** "O*NET 29.3 Database" / "May 2025 Release" from the release's Read Me, when it has one. */
export function releaseOf(readMe: string | undefined): ProseFile['source'] {
  const name = readMe?.match(/O\*NET\s+[\d.]+\s+Database/)?.[0];
  const year = readMe?.match(/\b(\d{4})\s+Release\b/)?.[1];
  return { name: `${name ?? 'O*NET Database'} (imported)`, year: year ? Number(year) : null };
}

/**
 * Builds the prose file from a release's files. `read` returns a file's text
 * (or throws). `checkpoint` runs between steps so the caller can cancel.
 */
export async function buildProseFile(
  read: (name: string) => Promise<string>,
  readMe: string | undefined,
  checkpoint: (step: string) => Promise<void> | void = () => {},
): Promise<ProseFile> {
  await checkpoint(ONET_FILES.occupations);
  const occupations = parseOccupations(ONET_FILES.occupations, await read(ONET_FILES.occupations));
  await checkpoint(ONET_FILES.tasks);
  const tasks = parseTasks(ONET_FILES.tasks, await read(ONET_FILES.tasks));
  await checkpoint('merge');
  const out: ProseFile['occupations'] = {};
  for (const [code, occupation] of [...occupations].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (!code.endsWith('.00') || !occupation.description) continue;
    const list = tasks.get(code) ?? [];
    out[socOf(code)] = {
      description: occupation.description,
      tasks: [...list.filter((t) => t.core), ...list.filter((t) => !t.core)].map((t) => t.task),
    };
  }
  if (Object.keys(out).length === 0) {
    throw new ImportError(ONET_FILES.occupations, undefined, 'no base occupations (codes ending in .00) with a description');
  }
  return { format: 1, source: releaseOf(readMe), occupations: out };
}

/** Adds imported prose to a role that has none of its own. */
export function withProse(role: Role, prose: ProseFile | undefined): Role {
  const entry = role.socCode ? prose?.occupations[role.socCode.slice(0, 7)] : undefined;
  if (!entry) return role;
  const source = prose!.source;
  return {
    ...role,
    description: role.description ?? { source, text: entry.description },
    responsibilities: role.responsibilities ?? (entry.tasks.length > 0 ? { source, items: entry.tasks } : undefined),
  };
}
