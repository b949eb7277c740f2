// The official dataset as shipped in data/generated: a catalog of role
// summaries (what the tree, pickers and search need), the prebuilt search
// index, and the roles' detail in one file per SOC major group, read when one
// of its roles is opened or compared. A detail file is an ordinary role file,
// validated with the full role schema when it is read.
import * as z from 'zod';
import { checkRelated } from './checks';
import { parseRoleFile, type RoleProblem } from './loadRoles';
import { groupSlug } from './dataFolders';
import type { Role } from './schema';
import { RoleSummarySchema, type RoleSummary } from './summary';

export { CATALOG_FILE, PHRASES_FILE, SEARCH_INDEX_FILE } from './dataFolders';
export const CATALOG_FORMAT = 1;

/** The detail file of a category, relative to data/generated: "detail/management-occupations.json". */
export function detailFileFor(category: string): string {
  return `detail/${groupSlug(category)}.json`;
}

export { groupSlug };

const CatalogFileSchema = z.strictObject({
  format: z.literal(CATALOG_FORMAT),
  attribution: z.string().optional(),
  /** Which detail file holds which roles. */
  details: z.array(z.strictObject({ file: z.string().regex(/^detail\/[a-z0-9-]+\.json$/), roles: z.array(z.string()) })),
  roles: z.array(z.unknown()),
});

export interface GeneratedCatalog {
  summaries: RoleSummary[];
  /** Role id → its detail file, relative to data/generated. */
  detailOf: Map<string, string>;
  problems: RoleProblem[];
}

/** Reads catalog.json; `file` is its name as the user knows it. Invalid summaries become problems, the rest load. */
export function parseCatalogFile(file: string, text: string): GeneratedCatalog {
  const none: GeneratedCatalog = { summaries: [], detailOf: new Map(), problems: [] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return { ...none, problems: [{ file, message: `not valid JSON: ${(err as Error).message}` }] };
  }
  const shape = CatalogFileSchema.safeParse(json);
  if (!shape.success) {
    const issue = shape.error.issues[0];
    return { ...none, problems: [{ file, field: issue.path.join('.') || undefined, message: issue.message }] };
  }
  const detailOf = new Map<string, string>();
  for (const { file: detail, roles } of shape.data.details) for (const id of roles) detailOf.set(id, detail);
  const result: GeneratedCatalog = { summaries: [], detailOf, problems: [] };
  shape.data.roles.forEach((candidate, index) => {
    const parsed = RoleSummarySchema.safeParse(candidate);
    const rawId = (candidate as { id?: unknown } | null)?.id;
    const role = typeof rawId === 'string' && rawId ? rawId : `#${index + 1}`;
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        result.problems.push({ file, role, field: issue.path.join('.') || undefined, message: issue.message });
    } else if (!detailOf.has(parsed.data.id)) {
      result.problems.push({ file, role, message: 'no detail file lists this role; it is left out' });
    } else {
      result.summaries.push(parsed.data);
    }
  });
  return result;
}

/**
 * Reads one detail file with the full role schema. `expected` are the ids the
 * catalog says it holds; one missing or invalid is a problem naming the file
 * and role, and the file's other roles still load. Related roles must be in
 * the catalog (`isKnown`); others are reported and left out.
 */
export function parseDetailFile(
  file: string,
  text: string | Uint8Array,
  expected: readonly string[],
  isKnown: (id: string) => boolean,
): { roles: Map<string, Role>; problems: RoleProblem[] } {
  const parsed = parseRoleFile(file, text);
  const roles = new Map<string, Role>();
  const problems = parsed.problems;
  for (const role of parsed.roles) {
    roles.set(role.id, role);
    const dangling = checkRelated(role, isKnown);
    if (dangling) problems.push({ file, role: role.id, field: dangling.field, message: dangling.message });
  }
  const invalid = new Set(problems.map((p) => p.role));
  for (const id of expected) {
    if (!roles.has(id) && !invalid.has(id))
      problems.push({ file, role: id, message: 'the catalog lists this role here, but the file does not hold it' });
  }
  return { roles, problems };
}
