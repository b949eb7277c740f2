// The search index's data, in typed arrays and one string of titles so a
// prebuilt index loads with little allocation. The stored parts (roles,
// titles, vocabulary, postings) come from a build (roleSearch.ts) or from a
// prebuilt index file (indexFile.ts); `completeIndex` derives the rest the
// same way for both.
import { compare, lowerBound } from './text';
import { buildVariantTable, type VariantTable } from './typos';

export class Index {
  // Roles, by role number.
  readonly roleIds: string[] = [];
  readonly roleTitles: string[] = [];
  // Titles, by title id: title i is titleJoined.slice(titleStart[i], titleStart[i + 1] - 1) (a separator follows each).
  titleJoined = '';
  titleStart = new Uint32Array(1);
  titleRole = new Uint32Array(0);
  titleIsOwn = new Uint8Array(0);
  titleLength = new Uint16Array(0); // token count, duplicates included
  // Vocabulary of stemmed tokens and its inverted index: token t's ascending title ids are
  // postingList[postingStart[t] .. postingStart[t + 1]).
  readonly tokens: string[] = [];
  postingStart = new Uint32Array(1);
  postingList = new Uint32Array(0);

  // Derived by completeIndex.
  titleTokenStart = new Uint32Array(1); // distinct token ids per title, laid out like the postings
  titleTokenList = new Uint32Array(0);
  sortedTokenIds: number[] = []; // token ids in string order, for prefix ranges
  roleRank = new Uint32Array(0); // position in (title, roleId) order: the tie-break for hits
  variants: VariantTable = buildVariantTable([]);
  // Reused per-query scratch, reset by bumping `stamp` instead of clearing.
  titleSeen = new Uint32Array(0);
  roleSeen = new Uint32Array(0);
  roleBestScore = new Float64Array(0);
  roleBestTitle = new Int32Array(0);
  stamp = 0;

  get size(): number {
    return this.titleStart.length - 1;
  }

  /** The id of this exact token, if the vocabulary has it (binary search: no map to build on load). */
  token(text: string): number | undefined {
    const at = lowerBound(this.sortedTokenIds, (t) => this.tokens[t] < text);
    const t = this.sortedTokenIds[at];
    return t !== undefined && this.tokens[t] === text ? t : undefined;
  }

  title(id: number): string {
    return this.titleJoined.slice(this.titleStart[id], this.titleStart[id + 1] - 1);
  }
}

/** What a build collects, as plain lists. */
export interface IndexLists {
  roleIds: string[];
  roleTitles: string[];
  titles: string[];
  titleRole: number[];
  titleIsOwn: boolean[];
  titleLength: number[];
  tokens: string[];
  postings: number[][];
}

/** Packs a build's lists into an index and completes it. */
export function packIndex(lists: IndexLists): Index {
  const ix = new Index();
  for (let r = 0; r < lists.roleIds.length; r++) {
    ix.roleIds.push(lists.roleIds[r]);
    ix.roleTitles.push(lists.roleTitles[r]);
  }
  ix.titleJoined = lists.titles.join('\n') + (lists.titles.length > 0 ? '\n' : '');
  ix.titleStart = new Uint32Array(lists.titles.length + 1);
  lists.titles.forEach((text, i) => (ix.titleStart[i + 1] = ix.titleStart[i] + text.length + 1));
  ix.titleRole = Uint32Array.from(lists.titleRole);
  ix.titleIsOwn = Uint8Array.from(lists.titleIsOwn, (own) => (own ? 1 : 0));
  ix.titleLength = Uint16Array.from(lists.titleLength);
  for (const tok of lists.tokens) ix.tokens.push(tok);
  ix.postingStart = new Uint32Array(lists.tokens.length + 1);
  lists.postings.forEach((list, t) => (ix.postingStart[t + 1] = ix.postingStart[t] + list.length));
  ix.postingList = new Uint32Array(ix.postingStart[lists.tokens.length]);
  lists.postings.forEach((list, t) => ix.postingList.set(list, ix.postingStart[t]));
  return completeIndex(ix);
}

/** Fills in what follows from the stored parts: lookups, per-title tokens, typo table, ranks and scratch space. */
export function completeIndex(ix: Index): Index {
  invertPostings(ix);
  ix.sortedTokenIds = ix.tokens.map((_, i) => i);
  // A prebuilt index stores its tokens in order already: check (linear) before sorting.
  const inOrder = ix.tokens.every((tok, t) => t === 0 || compare(ix.tokens[t - 1], tok) < 0);
  if (!inOrder) ix.sortedTokenIds.sort((a, b) => compare(ix.tokens[a], ix.tokens[b]));
  ix.variants = buildVariantTable(ix.tokens);
  const byTitle = ix.roleIds.map((_, i) => i);
  byTitle.sort((a, b) => compare(ix.roleTitles[a], ix.roleTitles[b]) || compare(ix.roleIds[a], ix.roleIds[b]));
  ix.roleRank = new Uint32Array(ix.roleIds.length);
  byTitle.forEach((role, rank) => (ix.roleRank[role] = rank));
  ix.titleSeen = new Uint32Array(ix.size);
  ix.roleSeen = new Uint32Array(ix.roleIds.length);
  ix.roleBestScore = new Float64Array(ix.roleIds.length);
  ix.roleBestTitle = new Int32Array(ix.roleIds.length);
  ix.stamp = 0;
  return ix;
}

/** Title → its distinct tokens, from token → titles (two counting passes, no per-title arrays). */
function invertPostings(ix: Index): void {
  const titles = ix.size;
  const start = new Uint32Array(titles + 1);
  for (let i = 0; i < ix.postingList.length; i++) start[ix.postingList[i] + 1]++;
  for (let i = 0; i < titles; i++) start[i + 1] += start[i];
  const fill = start.slice(0, titles);
  const list = new Uint32Array(ix.postingList.length);
  for (let t = 0; t < ix.tokens.length; t++) {
    for (let i = ix.postingStart[t]; i < ix.postingStart[t + 1]; i++) list[fill[ix.postingList[i]]++] = t;
  }
  ix.titleTokenStart = start;
  ix.titleTokenList = list;
}
