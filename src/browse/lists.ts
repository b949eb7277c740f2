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

/** A recent path page: "Paths from A to B" (two ids, in order) or "Moves from A" (one id). */
export interface PageRecent {
  page: 'paths' | 'moves';
  roleIds: string[];
}

/** One recent page: a comparison (its roles in column order, stored as a plain list, as before) or a path page. */
export type Recent = string[] | PageRecent;

/** Which page a recent entry reopens. */
export type RecentPage = 'comparison' | PageRecent['page'];

export const recentPage = (r: Recent): RecentPage => (Array.isArray(r) ? 'comparison' : r.page);
export const recentIds = (r: Recent): string[] => (Array.isArray(r) ? r : r.roleIds);

/** Two comparisons of the same roles are one entry, whatever their column order. */
export function sameRoles(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((id) => set.has(id));
}

/** The same page: comparisons of the same roles in any order; path pages of the same roles in the same order. */
function samePage(a: Recent, b: Recent): boolean {
  if (recentPage(a) !== recentPage(b)) return false;
  if (Array.isArray(a)) return sameRoles(a, recentIds(b));
  return a.roleIds.join('\n') === recentIds(b).join('\n');
}

/** How many distinct ids each page takes: a comparison 2–4 (a single role's page is no comparison), a path 2, Explore 1. */
function fits(page: RecentPage, ids: readonly unknown[]): ids is string[] {
  const [min, max] = page === 'comparison' ? [2, 4] : page === 'paths' ? [2, 2] : [1, 1];
  return ids.length >= min && ids.length <= max && ids.every(isId) && new Set(ids).size === ids.length;
}

const entryOf = (page: RecentPage, ids: readonly string[]): Recent => (page === 'comparison' ? [...ids] : { page, roleIds: [...ids] });
const copy = (r: Recent): Recent => entryOf(recentPage(r), recentIds(r));

/**
 * Records a page: newest first, an earlier entry of the same page replaced
 * (a comparison's new column order wins), at most RECENTS_LIMIT. A single
 * role's page is not a comparison and is not recorded.
 */
export function addRecent(list: readonly Recent[], roleIds: readonly string[], page: RecentPage = 'comparison'): Recent[] {
  if (!fits(page, roleIds)) return list.map(copy);
  const entry = entryOf(page, roleIds);
  const rest = list.filter((r) => !samePage(r, entry));
  return [entry, ...rest.map(copy)].slice(0, RECENTS_LIMIT);
}

/** A stored entry, read without trust: a plain list of ids is a comparison, `{ page, roleIds }` a path page. */
function readEntry(entry: unknown): Recent | undefined {
  if (Array.isArray(entry)) return fits('comparison', entry) ? [...entry] : undefined;
  if (typeof entry !== 'object' || entry === null) return undefined;
  const { page, roleIds } = entry as Partial<Record<'page' | 'roleIds', unknown>>;
  if ((page !== 'paths' && page !== 'moves') || !Array.isArray(roleIds) || !fits(page, roleIds)) return undefined;
  return { page, roleIds: [...roleIds] };
}

/** Stored recents → clean entries (each the right number of distinct ids for its page, at most RECENTS_LIMIT, duplicates dropped). */
export function readRecents(stored: unknown): Recent[] {
  if (!Array.isArray(stored)) return [];
  const out: Recent[] = [];
  for (const raw of stored.slice(0, RECENTS_LIMIT * 2)) {
    const entry = readEntry(raw);
    if (!entry || out.some((r) => samePage(r, entry))) continue;
    out.push(entry);
    if (out.length === RECENTS_LIMIT) break;
  }
  return out;
}
