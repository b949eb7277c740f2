// Job-title search over roles and their alternate titles.
//
// Pure TypeScript (no `vscode`, no Node APIs) so the same index can run in the
// extension host and in a webview. Query cost depends on the vocabulary and on
// the postings of the query's rarest token, never on a scan of every title.

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

// Words that carry no meaning in a job title; dropped from titles and queries
// alike so "Accountants and Auditors" needs no "and" to match.
const STOP_WORDS = new Set(['a', 'an', 'and', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);

// Per-token match quality. Integers so that the fractional bonuses below
// (own title, brevity; together < 1) can only break ties, never outrank a
// better match: exact > prefix > one typo > two typos.
const EXACT = 4;
const PREFIX = 3;
const TYPO1 = 2;
const TYPO2 = 1;
const OWN_TITLE_BONUS = 0.5; // own title beats an alternate of equal quality...
const BREVITY_BONUS = 0.4; // ...and shorter titles beat longer ones within each.

/** Lowercase, strip accents and apostrophes, split on anything else that is not a letter or digit. */
function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2019]/g, '') // "Driver's" -> "drivers", not "driver s"
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '' && !STOP_WORDS.has(w));
}

/** Light plural stripping, applied to titles and queries alike so both sides agree. */
function stem(w: string): string {
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) return w.slice(0, -3) + 'y'; // secretaries
  if (/(?:sses|xes|zes|ches|shes)$/.test(w)) return w.slice(0, -2); // classes, boxes, coaches
  if (/(?:ss|us|is)$/.test(w)) return w; // boss, status, analysis
  return w.endsWith('s') ? w.slice(0, -1) : w; // nurses, electricians
}

/** 32-bit FNV-1a hash of `w` with the characters at positions `skip1` and `skip2` left out. */
function hashSkipping(w: string, skip1: number, skip2: number): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < w.length; k++) if (k !== skip1 && k !== skip2) h = Math.imul(h ^ w.charCodeAt(k), 0x01000193);
  return h >>> 0;
}

/**
 * Hashes of `w` and of every string obtained by deleting up to `depth` (0-2)
 * characters: its SymSpell deletion neighbourhood. Hashing instead of slicing
 * keeps the build free of hundreds of thousands of short-lived strings.
 */
function variantHashes(w: string, depth: number): Set<number> {
  const out = new Set([hashSkipping(w, -1, -1)]);
  for (let i = 0; depth >= 1 && i < w.length; i++) {
    out.add(hashSkipping(w, i, -1));
    for (let j = i + 1; depth >= 2 && j < w.length; j++) out.add(hashSkipping(w, i, j));
  }
  return out;
}

/** Typo budget for a token: none below 4 chars, one edit from 4, two from 8. */
function maxEdits(length: number): number {
  return length >= 8 ? 2 : length >= 4 ? 1 : 0;
}

/** Optimal-string-alignment distance (Damerau-Levenshtein with adjacent transpositions), or max+1 if larger than `max`. */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      cur.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1; // every path already exceeds the budget
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length];
}

// Packs a variant hash (32 bits) and a token id (21 bits) into one exactly
// representable double, so the deletion map is a single sorted Float64Array.
const ID_SPACE = 2 ** 21;

class Index implements RoleSearchIndex {
  // Roles, by role number.
  readonly roleIds: string[] = [];
  readonly roleTitles: string[] = [];
  roleRank = new Uint32Array(0); // position in (title, roleId) order: the tie-break for hits
  // Titles, by title id.
  readonly titleText: string[] = [];
  readonly titleRole: number[] = [];
  readonly titleIsOwn: boolean[] = [];
  readonly titleTokens: number[][] = []; // distinct token ids
  readonly titleLength: number[] = []; // token count, duplicates included
  // Vocabulary of stemmed tokens and its inverted index.
  readonly tokenId = new Map<string, number>();
  readonly tokens: string[] = [];
  readonly postings: number[][] = []; // token id -> ascending title ids
  sortedTokenIds: number[] = []; // token ids in string order, for prefix ranges
  // Sorted `hash * ID_SPACE + tokenId` for each deletion variant of each token.
  variants = new Float64Array(0);
  // Reused per-query scratch, reset by bumping `stamp` instead of clearing.
  titleSeen = new Uint32Array(0);
  roleSeen = new Uint32Array(0);
  roleBestScore = new Float64Array(0);
  roleBestTitle = new Int32Array(0);
  stamp = 0;

  get size(): number {
    return this.titleText.length;
  }
}

/**
 * Indexes each role's title and alternate titles. Titles that normalize to the
 * same words as one already indexed for the role are skipped (and not counted
 * in `size`); an entry repeating a roleId adds its titles to the first as alternates.
 */
export function buildSearchIndex(entries: readonly SearchEntry[]): RoleSearchIndex {
  const ix = new Index();
  const roleOf = new Map<string, number>();
  const keysOf: Set<string>[] = []; // per role: normalized titles already indexed
  const newRole = (entry: SearchEntry): number => {
    roleOf.set(entry.roleId, ix.roleIds.length);
    ix.roleIds.push(entry.roleId);
    ix.roleTitles.push(entry.title);
    keysOf.push(new Set());
    return ix.roleIds.length - 1;
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
      const id = ix.titleText.length;
      const ids = new Set<number>();
      for (const s of stems) {
        let t = ix.tokenId.get(s);
        if (t === undefined) {
          t = ix.tokens.length;
          ix.tokenId.set(s, t);
          ix.tokens.push(s);
          ix.postings.push([]);
        }
        if (!ids.has(t)) ix.postings[t].push(id);
        ids.add(t);
      }
      ix.titleText.push(text);
      ix.titleRole.push(role);
      ix.titleIsOwn.push(own);
      ix.titleTokens.push([...ids]);
      ix.titleLength.push(stems.length);
    };
    add(entry.title, repeated === undefined);
    for (const alt of entry.alternateTitles) add(alt, false);
  }
  if (ix.tokens.length >= ID_SPACE) throw new RangeError('buildSearchIndex: vocabulary too large');
  ix.sortedTokenIds = ix.tokens.map((_, i) => i).sort((a, b) => compare(ix.tokens[a], ix.tokens[b]));

  // Two strings within k edits share a string reachable from both by at most k
  // deletions, so indexing each token's deletion variants once lets a query
  // find its typo candidates by lookups rather than by scanning the vocabulary.
  // Depth covers the largest budget a query could apply to this token: a query
  // of 4+ chars (1 edit) reaches tokens of 3+, one of 8+ (2 edits) tokens of 6+.
  const packed: number[] = [];
  ix.tokens.forEach((tok, t) => {
    const depth = tok.length >= 6 ? 2 : tok.length >= 3 ? 1 : 0;
    if (depth > 0) for (const h of variantHashes(tok, depth)) packed.push(h * ID_SPACE + t);
  });
  ix.variants = Float64Array.from(packed).sort();

  ix.titleSeen = new Uint32Array(ix.titleText.length);
  const byTitle = ix.roleIds.map((_, i) => i);
  byTitle.sort((a, b) => compare(ix.roleTitles[a], ix.roleTitles[b]) || compare(ix.roleIds[a], ix.roleIds[b]));
  ix.roleRank = new Uint32Array(ix.roleIds.length);
  byTitle.forEach((role, rank) => (ix.roleRank[role] = rank));
  ix.roleSeen = new Uint32Array(ix.roleIds.length);
  ix.roleBestScore = new Float64Array(ix.roleIds.length);
  ix.roleBestTitle = new Int32Array(ix.roleIds.length);
  return ix;
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

  const exact = ix.tokenId.get(s);
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
    for (const h of variantHashes(form, budget)) {
      const end = (h + 1) * ID_SPACE;
      for (let i = lowerBound(ix.variants, (x) => x < h * ID_SPACE); i < ix.variants.length && ix.variants[i] < end; i++) {
        const t = ix.variants[i] % ID_SPACE;
        if (checked.has(t)) continue;
        checked.add(t);
        // Confirm: shared hashes only suggest a candidate (collisions, or deletions on both sides adding up past the budget).
        const d = editDistance(form, ix.tokens[t], budget);
        if (d <= budget) offer(t, d === 0 ? EXACT : d === 1 ? TYPO1 : TYPO2);
      }
    }
  }
  return { quality, ids };
}

/** First index in the ascending `arr` for which `before` is false. */
function lowerBound(arr: ArrayLike<number>, before: (x: number) => boolean): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(arr[mid])) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Locale-independent string order, so results do not depend on the runtime's ICU data. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
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
    for (const t of m.ids) cost += ix.postings[t].length;
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
    for (const title of ix.postings[t]) {
      if (ix.titleSeen[title] === stamp) continue;
      ix.titleSeen[title] = stamp;
      let total = rarest.quality[t];
      for (const { quality } of matches) {
        if (quality === rarest.quality) continue;
        let q = 0;
        for (const tok of ix.titleTokens[title]) if (quality[tok] > q) q = quality[tok];
        if (q === 0) {
          total = -1; // some query token has no match in this title
          break;
        }
        total += q;
      }
      if (total < 0) continue;
      const extra = Math.max(0, ix.titleLength[title] - raw.length);
      const score = total + (ix.titleIsOwn[title] ? OWN_TITLE_BONUS : 0) + BREVITY_BONUS / (1 + extra);
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
    matched: ix.titleText[ix.roleBestTitle[role]],
    viaAlternate: !ix.titleIsOwn[ix.roleBestTitle[role]],
    score: ix.roleBestScore[role],
  }));
}
