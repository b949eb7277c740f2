// Turns role files (their text) into validated roles plus readable problems.
// Pure: the caller reads the files, so this runs the same in Node tests,
// the desktop extension host and (later) VS Code for the web.
import type { z } from 'zod';
import { RoleFileSchema, RoleSchema, type Role } from './schema';

export interface RoleProblem {
  /** The file as the user knows it, e.g. "data/roles/lead-technician.json". */
  file: string;
  /** The role's id (or "#2" by position when it has no valid id). */
  role?: string;
  /** Dotted path of the offending field, e.g. "pay.hourly". */
  field?: string;
  message: string;
}

export interface Catalog {
  roles: Role[];
  byId: ReadonlyMap<string, Role>;
  problems: RoleProblem[];
}

export function describeProblem(p: RoleProblem): string {
  const where = [p.role ? `role "${p.role}"` : undefined, p.field ? `field "${p.field}"` : undefined]
    .filter(Boolean)
    .join(', ');
  return `${p.file}${where ? `: ${where}` : ''}: ${p.message}`;
}

function pathOf(path: readonly PropertyKey[]): string | undefined {
  if (path.length === 0) return undefined;
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? String(k) : `.${String(k)}`)).join('');
}

function issuesToProblems(file: string, role: string | undefined, error: z.ZodError): RoleProblem[] {
  return error.issues.map((issue) => ({ file, role, field: pathOf(issue.path), message: issue.message }));
}

/** Parses one role file. Invalid roles become problems; valid ones are returned. */
export function parseRoleFile(file: string, text: string): { roles: Role[]; problems: RoleProblem[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return { roles: [], problems: [{ file, message: `not valid JSON: ${(err as Error).message}` }] };
  }
  const shape = RoleFileSchema.safeParse(json);
  if (!shape.success) {
    return { roles: [], problems: issuesToProblems(file, undefined, shape.error) };
  }
  const roles: Role[] = [];
  const problems: RoleProblem[] = [];
  shape.data.roles.forEach((candidate, index) => {
    const parsed = RoleSchema.safeParse(candidate);
    if (parsed.success) {
      roles.push(parsed.data);
      return;
    }
    const rawId = (candidate as { id?: unknown } | null)?.id;
    const role = typeof rawId === 'string' && rawId ? rawId : `#${index + 1}`;
    problems.push(...issuesToProblems(file, role, parsed.error));
  });
  return { roles, problems };
}

/** Builds the catalog from several files; a repeated id keeps the first and reports the rest. */
export function buildCatalog(files: ReadonlyArray<{ file: string; text: string }>): Catalog {
  const byId = new Map<string, Role>();
  const origin = new Map<string, string>();
  const problems: RoleProblem[] = [];
  for (const { file, text } of files) {
    const parsed = parseRoleFile(file, text);
    problems.push(...parsed.problems);
    for (const role of parsed.roles) {
      const first = origin.get(role.id);
      if (first !== undefined) {
        problems.push({ file, role: role.id, field: 'id', message: `the id is already used in ${first}; this copy is ignored` });
        continue;
      }
      byId.set(role.id, role);
      origin.set(role.id, file);
    }
  }
  const roles = [...byId.values()].sort((a, b) => a.title.localeCompare(b.title));
  return { roles, byId, problems };
}
