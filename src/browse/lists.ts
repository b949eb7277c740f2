// The rules of the Roles view's kept lists: favourite roles and recent
// comparisons. Pure, so the stores (src/host/data/favourites.ts, recents.ts) only
// read and write them. Stored values are read back without trust: anything
// that is not the expected shape is dropped, never thrown on.

/** How many recent comparisons the view keeps. */
export const RECENTS_LIMIT = 10;
/** A ceiling on stored favourites, so a damaged or hostile state cannot make the tree unbounded. */
export const FAVOURITES_LIMIT = 1000;

const isId = (x: unknown): x is string => typeof x === 'string' && x.length > 0 && x.length <= 1000;

/** Stored favourites → a clean list of distinct ids (order kept, at most FAVOURITES_LIMIT). */
export function readFavourites(stored: unknown): string[] {
  if (!Array.isArray(stored)) return [];
  const seen = new Set<string>();
  for (const x of stored.slice(0, FAVOURITES_LIMIT * 2)) if (isId(x) && seen.size < FAVOURITES_LIMIT) seen.add(x);
  return [...seen];
}

/** Starred → unstarred and back; a new favourite goes last (the order the user starred them in). */
export function toggleFavourite(list: readonly string[], id: string): string[] {
  if (list.includes(id)) return list.filter((x) => x !== id);
  return list.length >= FAVOURITES_LIMIT ? [...list] : [...list, id];
}

/** One recent comparison: its roles in column order. */
export type Recent = string[];

/** Two comparisons of the same roles are one entry, whatever their column order. */
export function sameRoles(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((id) => set.has(id));
}

/**
 * Records a comparison: newest first, an earlier entry of the same roles
 * replaced (the new column order wins), at most RECENTS_LIMIT. A single
 * role's page is not a comparison and is not recorded.
 */
export function addRecent(list: readonly Recent[], roleIds: readonly string[]): Recent[] {
  if (roleIds.length < 2) return list.map((r) => [...r]);
  const rest = list.filter((r) => !sameRoles(r, roleIds));
  return [[...roleIds], ...rest].slice(0, RECENTS_LIMIT);
}

/** Stored recents → clean entries (2–4 distinct ids each, at most RECENTS_LIMIT, duplicates dropped). */
export function readRecents(stored: unknown): Recent[] {
  if (!Array.isArray(stored)) return [];
  const out: Recent[] = [];
  for (const entry of stored.slice(0, RECENTS_LIMIT * 2)) {
    if (!Array.isArray(entry) || entry.length < 2 || entry.length > 4 || !entry.every(isId)) continue;
    if (new Set(entry).size !== entry.length || out.some((r) => sameRoles(r, entry))) continue;
    out.push([...entry]);
    if (out.length === RECENTS_LIMIT) break;
  }
  return out;
}
