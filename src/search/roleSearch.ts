// Job-title search over roles and their alternate titles.
//
// Pure TypeScript (no `vscode`, no Node APIs) so the same index can run in the
// extension host and in a webview. Query cost depends on the vocabulary and on
// the postings of the query's rarest token, never on a scan of every title.
import { Index, packIndex, type IndexLists } from './searchIndex';
import { lowerBound, stem, words } from './text';
import { editDistance, lookupVariant, maxEdits, variantCount, variantHashes } from './typos';

export interface SearchEntry {
  roleId: string;
  title: string;
  alternateTitles: readonly string[];
}

export interface SearchHit {
  roleId: string;
  title: string;
  /** the title text that matched best: the role's own title or one alternate title */
  matched: string;
  /** true when `matched` is an alternate title */
  viaAlternate: boolean;
  score: number;
}

export interface RoleSearchIndex {
  /** number of title strings indexed */
  readonly size: number;
}

// Per-token match quality. Integers so that the fractional bonuses below
// (own title, brevity; together < 1) can only break ties, never outrank a
// better match: exact > prefix > one typo > two typos.
const EXACT = 4;
const PREFIX = 3;
const TYPO1 = 2;
const TYPO2 = 1;
const OWN_TITLE_BONUS = 0.5; // own title beats an alternate of equal quality...
const BREVITY_BONUS = 0.4; // ...and shorter titles beat longer ones within each.

/**
 * Indexes each role's title and alternate titles. Titles that normalize to the
 * same words as one already indexed for the role are skipped (and not counted
 * in `size`); an entry repeating a roleId adds its titles to the first as alternates.
 */
export function buildSearchIndex(entries: readonly SearchEntry[]): RoleSearchIndex {
  const lists: IndexLists = {
    roleIds: [],
    roleTitles: [],
    titles: [],
    titleRole: [],
    titleIsOwn: [],
    titleLength: [],
    tokens: [],
    postings: [],
  };
  const roleOf = new Map<string, number>();
  const tokenOf = new Map<string, number>();
  const keysOf: Set<string>[] = []; // per role: normalized titles already indexed
  const newRole = (entry: SearchEntry): number => {
    roleOf.set(entry.roleId, lists.roleIds.length);
    lists.roleIds.push(entry.roleId);
    lists.roleTitles.push(entry.title);
    keysOf.push(new Set());
    return lists.roleIds.length - 1;
  };
  for (const entry of entries) {
    const repeated = roleOf.get(entry.roleId);
    const role = repeated ?? newRole(entry);
    const keys = keysOf[role];
    const add = (text: string, own: boolean): void => {
      const stems = words(text).map(stem);
      const key = stems.join(' ');
      if (stems.length === 0 || keys.has(key)) return;
      keys.add(key);
      const id = lists.titles.length;
      const ids = new Set<number>();
      for (const s of stems) {
        let t = tokenOf.get(s);
        if (t === undefined) {
          t = lists.tokens.length;
          tokenOf.set(s, t);
          lists.tokens.push(s);
          lists.postings.push([]);
        }
        if (!ids.has(t)) lists.postings[t].push(id);
        ids.add(t);
      }
      lists.titles.push(text);
      lists.titleRole.push(role);
      lists.titleIsOwn.push(own);
      lists.titleLength.push(stems.length);
    };
    add(entry.title, repeated === undefined);
    for (const alt of entry.alternateTitles) add(alt, false);
  }
  return packIndex(lists);
}

/** Best quality with which one query token matches each vocabulary token (0 = no match), plus the matched ids. */
function matchToken(ix: Index, raw: string, allowPrefix: boolean): { quality: Uint8Array; ids: number[] } {
  const s = stem(raw);
  const quality = new Uint8Array(ix.tokens.length);
  const ids: number[] = [];
  const offer = (t: number, q: number): void => {
    if (quality[t] === 0) ids.push(t);
    if (quality[t] < q) quality[t] = q;
  };

  const exact = ix.token(s);
  if (exact !== undefined) offer(exact, EXACT);

  if (allowPrefix) {
    // Try both forms: "glas" is a prefix of "glass" only before stemming.
    for (const p of new Set([raw, s])) {
      for (let i = lowerBound(ix.sortedTokenIds, (t) => ix.tokens[t] < p); i < ix.sortedTokenIds.length; i++) {
        const t = ix.sortedTokenIds[i];
        if (!ix.tokens[t].startsWith(p)) break;
        offer(t, ix.tokens[t] === s ? EXACT : PREFIX);
      }
    }
  }

  // Typos are checked on both forms too: stemming a misspelling can push it
  // further away ("proces" stems to "proce", two edits from "process").
  for (const form of new Set([s, raw])) {
    const budget = maxEdits(form.length);
    if (budget === 0) continue;
    const checked = new Set<number>();
    const confirm = (t: number): void => {
      if (checked.has(t)) return;
      checked.add(t);
      // Confirm: shared hashes only suggest a candidate (collisions, or deletions on both sides adding up past the budget).
      const d = editDistance(form, ix.tokens[t], budget);
      if (d <= budget) offer(t, d === 0 ? EXACT : d === 1 ? TYPO1 : TYPO2);
    };
    const hashes = new Uint32Array(variantCount(form.length, budget));
    const end = variantHashes(form, budget, hashes, 0);
    for (let i = 0; i < end; i++) lookupVariant(ix.variants, hashes[i], confirm);
  }
  return { quality, ids };
}

/**
 * Roles whose title or an alternate title contains every query word (stop
 * words aside), allowing plurals, small typos and an unfinished last word.
 * One hit per role, best score first, ties by title.
 */
export function searchRoles(index: RoleSearchIndex, query: string, limit = 20): SearchHit[] {
  if (!(index instanceof Index)) throw new TypeError('searchRoles: index must come from buildSearchIndex');
  const ix = index;
  const raw = words(query);
  if (raw.length === 0 || limit <= 0) return [];

  // Only a token still being typed (no trailing separator) may be a prefix.
  const typing = /[\p{L}\p{N}]$/u.test(query);
  const matches = raw.map((w, i) => matchToken(ix, w, typing && i === raw.length - 1));

  // AND semantics: candidates come from the query token with the fewest postings.
  let rarest = matches[0];
  let rarestCost = Infinity;
  for (const m of matches) {
    let cost = 0;
    for (const t of m.ids) cost += ix.postingStart[t + 1] - ix.postingStart[t];
    if (cost < rarestCost) [rarest, rarestCost] = [m, cost];
  }
  if (rarestCost === 0) return [];

  if (++ix.stamp === 0xffffffff) {
    ix.titleSeen.fill(0);
    ix.roleSeen.fill(0);
    ix.stamp = 1;
  }
  const stamp = ix.stamp;
  const roles: number[] = [];
  // Visiting the rarest token's matches best-first means a title's first visit
  // is through its best token for that query token, so that one needs no rescan.
  const visitOrder = [...rarest.ids].sort((a, b) => rarest.quality[b] - rarest.quality[a]);
  for (const t of visitOrder) {
    for (let p = ix.postingStart[t]; p < ix.postingStart[t + 1]; p++) {
      const title = ix.postingList[p];
      if (ix.titleSeen[title] === stamp) continue;
      ix.titleSeen[title] = stamp;
      let total = rarest.quality[t];
      for (const { quality } of matches) {
        if (quality === rarest.quality) continue;
        let q = 0;
        for (let k = ix.titleTokenStart[title]; k < ix.titleTokenStart[title + 1]; k++) {
          const tok = ix.titleTokenList[k];
          if (quality[tok] > q) q = quality[tok];
        }
        if (q === 0) {
          total = -1; // some query token has no match in this title
          break;
        }
        total += q;
      }
      if (total < 0) continue;
      const extra = Math.max(0, ix.titleLength[title] - raw.length);
      const score = total + (ix.titleIsOwn[title] === 1 ? OWN_TITLE_BONUS : 0) + BREVITY_BONUS / (1 + extra);
      // Keep each role's best title; ties go to the earlier one (own title, then input order).
      const role = ix.titleRole[title];
      if (ix.roleSeen[role] !== stamp) {
        ix.roleSeen[role] = stamp;
        roles.push(role);
      } else {
        const prevScore = ix.roleBestScore[role];
        if (score < prevScore || (score === prevScore && title > ix.roleBestTitle[role])) continue;
      }
      ix.roleBestScore[role] = score;
      ix.roleBestTitle[role] = title;
    }
  }

  // Score descending, then role title (precomputed rank keeps string compares out of the sort).
  roles.sort((a, b) => ix.roleBestScore[b] - ix.roleBestScore[a] || ix.roleRank[a] - ix.roleRank[b]);
  return roles.slice(0, limit).map((role) => ({
    roleId: ix.roleIds[role],
    title: ix.roleTitles[role],
    matched: ix.title(ix.roleBestTitle[role]),
    viaAlternate: ix.titleIsOwn[ix.roleBestTitle[role]] === 0,
    score: ix.roleBestScore[role],
  }));
}
