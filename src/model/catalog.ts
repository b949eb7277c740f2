// The catalog the extension lists: hand-written roles (loaded whole) and the
// official roles' summaries, one list sorted by title. Pure: the host reads
// the files.
import type { GeneratedCatalog } from './generatedCatalog';
import type { Catalog, RoleProblem } from './loadRoles';
import type { Role } from './schema';
import type { RoleSummary } from './summary';

export interface RoleCatalog {
  roles: RoleSummary[];
  byId: ReadonlyMap<string, RoleSummary>;
  problems: RoleProblem[];
  /** Roles loaded whole (hand-written files): their detail is at hand. */
  whole: ReadonlyMap<string, Role>;
  /** Official roles: id → detail file, relative to data/generated. */
  detailOf: ReadonlyMap<string, string>;
}

/**
 * Joins both kinds. A generated role whose id a hand-written role already
 * uses is ignored and reported, as a repeated id is within role files.
 */
export function assembleCatalog(whole: Catalog, generated: GeneratedCatalog | undefined, generatedFile: string): RoleCatalog {
  const byId = new Map<string, RoleSummary>(whole.byId);
  const detailOf = new Map<string, string>();
  const problems = [...whole.problems];
  for (const p of generated?.problems ?? []) problems.push(p);
  for (const summary of generated?.summaries ?? []) {
    if (byId.has(summary.id)) {
      problems.push({
        file: generatedFile,
        role: summary.id,
        field: 'id',
        message: 'the id is already used by a role file in data/roles; this copy is ignored',
      });
      continue;
    }
    byId.set(summary.id, summary);
    detailOf.set(summary.id, generated!.detailOf.get(summary.id)!);
  }
  const roles = [...byId.values()].sort((a, b) => a.title.localeCompare(b.title));
  return { roles, byId, problems, whole: whole.byId, detailOf };
}
