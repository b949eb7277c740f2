// The rules for the user's own role files ("Your Roles"): each file is parsed
// and validated exactly as a bundled role file (parseRoleFile); then a role
// whose id an official or bundled role already has is rejected with a
// problem at its id, as is a second role with an id another user file
// already used; related roles may name official roles or the user's own.
// Pure: the host finds, reads and watches the files.
import { checkRelated } from '../model/checks';
import type { RoleCatalog } from '../model/catalog';
import { parseRoleFile, type RoleProblem } from '../model/loadRoles';
import type { Role } from '../model/schema';
import { summarize, type RoleSummary } from '../model/summary';
import { LIMITS } from '../limits';
import { quote } from '../util/safeText';

/** The tree's group for the user's roles (the tree groups by category). */
export const YOUR_ROLES_CATEGORY = 'Your Roles';

/** One user role file as read: its name for messages, its text, and what parsing it found. */
export interface ParsedUserFile {
  file: string;
  /** The file's text (bytes that are not UTF-8 decoded leniently, for placing problems only). */
  text: string;
  roles: Role[];
  /** The position of each role in the file's `roles`, by id (the first one with that id). */
  indexOf: ReadonlyMap<string, number>;
  problems: RoleProblem[];
}

export interface UserRoles {
  roles: Role[];
  /** Problems by file name (every file read has an entry, empty when it is clean). */
  problems: Map<string, RoleProblem[]>;
}

/** Where each id sits in a file's `roles` (from the parsed JSON; undefined positions are skipped). */
function positions(text: string): Map<string, number> {
  const out = new Map<string, number>();
  try {
    const list = (JSON.parse(text) as { roles?: unknown } | null)?.roles;
    if (!Array.isArray(list)) return out;
    list.forEach((item, index) => {
      const id = (item as { id?: unknown } | null)?.id;
      if (typeof id === 'string' && !out.has(id)) out.set(id, index);
    });
  } catch {
    // Not JSON: parseRoleFile has said so, and there are no roles to place.
  }
  return out;
}

/** Parses one user role file (its bytes, or text) with the bundled files' rules. */
export function parseUserFile(file: string, input: string | Uint8Array): ParsedUserFile {
  // The search index is built from every alternate title before the first hover: a file's are bounded.
  const { roles, problems } = parseRoleFile(file, input, { alternateTitlesPerFile: LIMITS.alternateTitlesPerFile });
  const text = typeof input === 'string' ? input : new TextDecoder('utf-8').decode(input);
  const indexOf = roles.length > 0 ? positions(text) : new Map<string, number>();
  return { file, text, roles, indexOf, problems };
}

function rejected(parsed: ParsedUserFile, role: Role, message: string): RoleProblem {
  const problem: RoleProblem = { file: parsed.file, role: role.id, field: 'id', message };
  const index = parsed.indexOf.get(role.id);
  if (index !== undefined) problem.index = index;
  return problem;
}

/**
 * Joins the user's files: a role whose id is taken (`isTaken`: official and
 * bundled roles) or already used by an earlier user file is rejected with a
 * problem; every other valid role is kept.
 */
export function combineUserFiles(files: readonly ParsedUserFile[], isTaken: (id: string) => boolean): UserRoles {
  const kept = new Map<string, { role: Role; parsed: ParsedUserFile }>();
  const problems = new Map<string, RoleProblem[]>();
  for (const parsed of files) {
    const list = [...parsed.problems];
    problems.set(parsed.file, list);
    for (const role of parsed.roles) {
      if (isTaken(role.id)) {
        list.push(
          rejected(parsed, role, `the id is an official role's id; give your role its own id (e.g. "my-${role.id}"); it was not loaded`),
        );
      } else if (kept.has(role.id)) {
        const first = kept.get(role.id)!.parsed.file;
        list.push(rejected(parsed, role, `the id is already used in ${quote(first).slice(1, -1)}; this role was not loaded`));
      } else kept.set(role.id, { role: { ...role }, parsed }); // a copy: checkRelated trims it, the parsed file stays as read
    }
  }
  for (const { role, parsed } of kept.values()) {
    const dangling = checkRelated(role, (id) => kept.has(id) || isTaken(id));
    if (!dangling) continue;
    const problem = rejected(parsed, role, dangling.message);
    problem.field = dangling.field;
    problems.get(parsed.file)!.push(problem);
  }
  return { roles: [...kept.values()].map((k) => k.role), problems };
}

/** The catalog with the user's roles added under "Your Roles"; an id already listed is skipped (combineUserFiles rejected it). */
export function withUserRoles(base: RoleCatalog, roles: readonly Role[]): RoleCatalog {
  if (roles.length === 0) return base;
  const byId = new Map<string, RoleSummary>(base.byId);
  const whole = new Map<string, Role>(base.whole);
  for (const role of roles) {
    if (byId.has(role.id)) continue;
    byId.set(role.id, { ...summarize(role), category: YOUR_ROLES_CATEGORY });
    whole.set(role.id, role);
  }
  const list = [...byId.values()].sort((a, b) => a.title.localeCompare(b.title));
  return { roles: list, byId, problems: base.problems, whole, detailOf: base.detailOf };
}
