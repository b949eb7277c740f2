// Turns role files (their bytes or text) into validated roles plus readable
// problems. Pure: the caller reads the files, so this runs the same in Node
// tests, the desktop extension host and (later) VS Code for the web.
// Hostile files get located problems, never an exception: limits are checked
// before the schema, and nothing here spreads an unbounded list into a call.
import type { z } from 'zod';
import { pushAll } from '../util/arrays';
import { oneLine, quote } from '../util/safeText';
import { checkRelated, checkRole } from './checks';
import { findDuplicateKeys } from './jsonScan';
import { count, LIMITS, megabytes } from '../limits';
import { RoleFileSchema, RoleSchema, type Role } from './schema';
import { checkSizes } from './sizeChecks';
import { jsonShapeProblem } from './jsonDepth';
import { decodeUtf8, utf8Length } from './utf8';

export interface RoleProblem {
  /** The file as the user knows it, e.g. "data/roles/lead-technician.json". */
  file: string;
  /** The role's id (or "#2" by position when it has no valid id). */
  role?: string;
  /** Dotted path of the offending field, e.g. "pay.hourly". */
  field?: string;
  /** 1-based line in the file, for problems found in the text itself. */
  line?: number;
  /** The role's position in the file's `roles` (0-based), so an editor can point at it. */
  index?: number;
  /** An unknown field's name, when the problem is that key (`field` is then its object). */
  key?: string;
  /** Offset in the text of what the problem is about (a repeated key), when the scan knows it. */
  offset?: number;
  message: string;
}

export interface Catalog {
  roles: Role[];
  byId: ReadonlyMap<string, Role>;
  problems: RoleProblem[];
}

/** One line, data quoted and cut short: fit for a log line or a notification. */
export function describeProblem(p: RoleProblem): string {
  const where = [
    p.line !== undefined ? `line ${p.line}` : undefined,
    p.role ? `role ${quote(p.role)}` : undefined,
    p.field ? `field ${quote(p.field)}` : undefined,
  ]
    .filter(Boolean)
    .join(', ');
  return oneLine(`${quote(p.file).slice(1, -1)}${where ? `: ${where}` : ''}: ${p.message}`);
}

function pathOf(path: readonly PropertyKey[]): string | undefined {
  if (path.length === 0) return undefined;
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? String(k) : `.${String(k)}`)).join('');
}

function issuesToProblems(file: string, role: string | undefined, error: z.ZodError, index?: number): RoleProblem[] {
  const problems: RoleProblem[] = [];
  const { issues } = error;
  for (const issue of issues.slice(0, LIMITS.problemsPerRole)) {
    const problem: RoleProblem = { file, role, field: pathOf(issue.path), message: issue.message };
    if (index !== undefined) problem.index = index;
    if (issue.code === 'unrecognized_keys' && issue.keys.length > 0) problem.key = issue.keys[0];
    problems.push(problem);
  }
  if (issues.length > LIMITS.problemsPerRole) {
    problems.push({ file, role, message: `and ${count(issues.length - LIMITS.problemsPerRole)} more problems` });
  }
  return problems;
}

/** The role's name in problems: its id when it has a usable one, else its position. */
function roleLabel(candidate: unknown, index: number): string {
  const rawId = (candidate as { id?: unknown } | null)?.id;
  return typeof rawId === 'string' && rawId && rawId.length <= LIMITS.idLength ? rawId : `#${index + 1}`;
}

/** Bytes or text to text, within the size limit (in bytes, typed text too) and valid UTF-8; otherwise the problem. */
function textOf(file: string, input: string | Uint8Array): { text: string } | { problem: RoleProblem } {
  // A text of more characters than the limit is over it in bytes too: no need to count them.
  const size = typeof input !== 'string' ? input.byteLength : input.length > LIMITS.roleFileBytes ? input.length : utf8Length(input);
  if (size > LIMITS.roleFileBytes) {
    return { problem: { file, message: `${megabytes(size)}, at most ${megabytes(LIMITS.roleFileBytes)}: the file was not read` } };
  }
  if (typeof input === 'string') return { text: input };
  const decoded = decodeUtf8(input);
  if (!decoded.ok) return { problem: { file, line: decoded.line, message: 'not valid UTF-8 text; save the file as UTF-8' } };
  return { text: decoded.text };
}

/** Text to JSON; nesting or a count of values past the limits is refused before JSON.parse (or any recursive parser) sees it. */
function parseJson(file: string, text: string): { json: unknown } | { problem: RoleProblem } {
  const shape = jsonShapeProblem(text, LIMITS.jsonDepth, LIMITS.jsonValues);
  if (shape) {
    const message =
      shape.kind === 'depth'
        ? `nested deeper than ${LIMITS.jsonDepth} levels (role files need about 7); the file was not read`
        : `holds more than ${count(LIMITS.jsonValues)} values (the largest real role file has about 50,000); the file was not read`;
    return { problem: { file, offset: shape.offset, message } };
  }
  try {
    return { json: JSON.parse(text) };
  } catch (err) {
    return { problem: { file, message: `not valid JSON: ${err instanceof Error ? err.message : 'unreadable'}` } };
  }
}

/** Validates one role: sizes first (cheap, and keeps huge input away from zod), then the schema, then the cross-field checks. */
function parseRole(file: string, candidate: unknown, index: number, problems: RoleProblem[]): Role | undefined {
  const role = roleLabel(candidate, index);
  const oversize = checkSizes(candidate);
  if (oversize.length > 0) {
    for (const p of oversize) problems.push({ file, role, index, field: p.field, message: p.message });
    return undefined;
  }
  const parsed = RoleSchema.safeParse(candidate);
  if (!parsed.success) {
    pushAll(problems, issuesToProblems(file, role, parsed.error, index));
    return undefined;
  }
  const checked = checkRole(parsed.data);
  for (const p of checked.problems) problems.push({ file, role, index, field: p.field, message: p.message });
  return checked.role;
}

export interface ParseOptions {
  /** At most this many alternate titles in the whole file (the user's files: LIMITS.alternateTitlesPerFile). */
  alternateTitlesPerFile?: number;
}

/**
 * Leaves out alternate titles past `limit` in a file's roles as read, before
 * the schema (so the ones left out cost nothing to check); every role stays,
 * and one problem names how many were left out and from which role.
 */
function boundAlternateTitles(file: string, candidates: unknown[], limit: number): RoleProblem | undefined {
  let room = limit;
  let dropped = 0;
  let touched = 0;
  let first: number | undefined;
  candidates.forEach((candidate, index) => {
    const titles = (candidate as { alternateTitles?: unknown } | null)?.alternateTitles;
    if (!Array.isArray(titles)) return;
    if (titles.length <= room) {
      room -= titles.length;
      return;
    }
    first ??= index;
    dropped += titles.length - room;
    touched++;
    candidates[index] = { ...(candidate as object), alternateTitles: titles.slice(0, room) };
    room = 0;
  });
  if (first === undefined) return undefined;
  const message =
    `${count(dropped)} alternate titles of ${count(touched)} roles, from this one on, are left out: ` +
    `a file holds at most ${count(limit)}; split the file to keep them`;
  return { file, role: roleLabel(candidates[first], first), index: first, field: 'alternateTitles', message };
}

/** Parses one role file. Invalid roles become problems; valid ones are returned. */
export function parseRoleFile(
  file: string,
  input: string | Uint8Array,
  options: ParseOptions = {},
): { roles: Role[]; problems: RoleProblem[] } {
  const read = textOf(file, input);
  if ('problem' in read) return { roles: [], problems: [read.problem] };
  const parsed = parseJson(file, read.text);
  if ('problem' in parsed) return { roles: [], problems: [parsed.problem] };
  const problems: RoleProblem[] = findDuplicateKeys(read.text).map((d) => ({
    file,
    line: d.line,
    offset: d.offset,
    field: d.path ? `${d.path}.${d.key}` : d.key,
    message: `the key ${quote(d.key)} appears twice in one object; the last one is used`,
  }));
  const list = (parsed.json as { roles?: unknown } | null)?.roles;
  if (Array.isArray(list) && list.length > LIMITS.rolesPerFile) {
    problems.push({
      file,
      field: 'roles',
      message: `${count(list.length)} roles, at most ${count(LIMITS.rolesPerFile)}: the file was not loaded`,
    });
    return { roles: [], problems };
  }
  const shape = RoleFileSchema.safeParse(parsed.json);
  if (!shape.success) return { roles: [], problems: pushAll(problems, issuesToProblems(file, undefined, shape.error)) };
  if (options.alternateTitlesPerFile !== undefined) {
    const bounded = boundAlternateTitles(file, shape.data.roles, options.alternateTitlesPerFile);
    if (bounded) problems.push(bounded);
  }
  const roles: Role[] = [];
  shape.data.roles.forEach((candidate, index) => {
    const role = parseRole(file, candidate, index, problems);
    if (role) roles.push(role);
  });
  return { roles, problems };
}

/**
 * Builds the catalog from several files; a repeated id keeps the first and
 * reports the rest. `isKnown` names roles that live elsewhere (the official
 * catalog), so a related role there is not reported as missing.
 */
export function buildCatalog(
  files: ReadonlyArray<{ file: string; text: string | Uint8Array }>,
  isKnown: (id: string) => boolean = () => false,
): Catalog {
  const byId = new Map<string, Role>();
  const origin = new Map<string, string>();
  const problems: RoleProblem[] = [];
  for (const { file, text } of files) {
    const parsed = parseRoleFile(file, text);
    pushAll(problems, parsed.problems);
    for (const role of parsed.roles) {
      const first = origin.get(role.id);
      if (first !== undefined) {
        problems.push({
          file,
          role: role.id,
          field: 'id',
          message: `the id is already used in ${quote(first).slice(1, -1)}; this copy is ignored`,
        });
        continue;
      }
      byId.set(role.id, role);
      origin.set(role.id, file);
    }
  }
  for (const role of byId.values()) {
    const dangling = checkRelated(role, (id) => byId.has(id) || isKnown(id));
    if (dangling) problems.push({ file: origin.get(role.id)!, role: role.id, field: dangling.field, message: dangling.message });
  }
  const roles = [...byId.values()].sort((a, b) => a.title.localeCompare(b.title));
  return { roles, byId, problems };
}

/** An entry of a role folder, as the host's file system reports it. */
export interface FolderEntry {
  name: string;
  /** `symlink`: a symbolic link (to anything); `other`: a device, pipe or socket. */
  kind: 'file' | 'directory' | 'symlink' | 'other';
}

/** The `.json` files of a role folder to read; a link or special file named `.json` is reported, not read. */
export function listRoleFiles(folder: string, entries: readonly FolderEntry[]): { files: string[]; problems: RoleProblem[] } {
  const files: string[] = [];
  const problems: RoleProblem[] = [];
  for (const { name, kind } of entries) {
    if (!name.endsWith('.json') || kind === 'directory') continue;
    if (kind === 'file') files.push(name);
    else {
      const what = kind === 'symlink' ? 'a symbolic link' : 'not a regular file';
      problems.push({ file: `data/${folder}/${name}`, message: `${what}; role files must be regular files, so it was not read` });
    }
  }
  files.sort();
  return { files, problems };
}
