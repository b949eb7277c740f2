// The hover phrase matcher's data: a word trie packed into typed arrays, the
// same whether built at run time (hand-written roles, tests) or read from the
// file `npm run data:build` writes (official roles, phraseFile.ts), so both
// answer alike and loading one allocates almost nothing. A phrase's roles are
// title numbers in a title table: the official search index's own titles for
// the prebuilt matcher (no second copy of 46,000 titles), a list for one built
// from entries.
import type { Index } from './searchIndex';
import { compare, lowerBound } from './text';

/** The titles a matcher's phrases point into, by number. */
export interface PhraseTitles {
  readonly size: number;
  /** The role title t belongs to. */
  roleId(t: number): string;
  /** That role's own title (orders roles that share a phrase). */
  roleTitle(t: number): string;
  /** Title t as written in the data. */
  text(t: number): string;
  /** Whether title t is its role's own title. */
  own(t: number): boolean;
}

/** The titles of a search index, by its title ids. */
export function indexTitles(index: Index): PhraseTitles {
  return {
    size: index.size,
    roleId: (t) => index.roleIds[index.titleRole[t]],
    roleTitle: (t) => index.roleTitles[index.titleRole[t]],
    text: (t) => index.title(t),
    own: (t) => index.titleIsOwn[t] === 1,
  };
}

/** Titles listed one by one (a matcher built from entries). */
class TitleList implements PhraseTitles {
  readonly roleIds: string[] = [];
  readonly texts: string[] = [];
  readonly owns: boolean[] = [];
  constructor(private readonly titleOfRole: (roleId: string) => string) {}
  get size(): number {
    return this.texts.length;
  }
  add(roleId: string, text: string, own: boolean): number {
    this.roleIds.push(roleId);
    this.owns.push(own);
    return this.texts.push(text) - 1;
  }
  roleId = (t: number) => this.roleIds[t];
  roleTitle = (t: number) => this.titleOfRole(this.roleIds[t]);
  text = (t: number) => this.texts[t];
  own = (t: number) => this.owns[t];
}

/** A role a found phrase names. */
export interface PhraseRole {
  roleId: string;
  /** The role's title as written in the data that matched (own or alternate). */
  matched: string;
  own: boolean;
  /** The role's own title (orders roles that share a phrase). */
  roleTitle: string;
}

/**
 * Nodes are numbered breadth first (node 0 is the root), so the children of
 * one node are consecutive and sorted by word; a child is found by binary
 * search, with no map to build when the matcher is loaded.
 */
export class PhraseMatcher {
  /** Word keys (folded, plural too) in string order; a word's number is its place. */
  words: string[] = [];
  /** Node n's children are nodes firstChild[n] .. firstChild[n + 1] - 1. */
  firstChild = new Uint32Array([1, 1]);
  /** Per node, the number of the word on the edge into it (unused for the root). */
  edgeWord = new Uint32Array(1);
  /** Per node, its words that are not stop words ("of", "and", …); 0 where no phrase ends. */
  meaningful = new Uint8Array(1);
  /** Node n's roles are entryTitle[roleStart[n] .. roleStart[n + 1] - 1], one title each (own titles first, then by role title). */
  roleStart = new Uint32Array(2);
  /** Per role entry: the number of its matched title in `titles`. */
  entryTitle = new Uint32Array(0);
  /** Per node that ends a one-word own title: the word as written there ("electricians"), plural kept. */
  ownWord = new Map<number, string>();

  constructor(readonly titles: PhraseTitles) {}

  get nodes(): number {
    return this.edgeWord.length;
  }

  /** Distinct phrases held (nodes where one ends). */
  get phrases(): number {
    let n = 0;
    for (let node = 0; node < this.nodes; node++) if (this.roleStart[node + 1] > this.roleStart[node]) n++;
    return n;
  }

  /** The number of a word key, or -1 when no title has it. */
  wordId(key: string): number {
    const { words } = this;
    let lo = 0;
    let hi = words.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (words[mid] < key) lo = mid + 1;
      else hi = mid;
    }
    return lo < words.length && words[lo] === key ? lo : -1;
  }

  /** The child of `node` along word `word`, or -1. */
  child(node: number, word: number): number {
    const end = this.firstChild[node + 1];
    const at = this.firstChild[node] + lowerBound(this.edgeWord.subarray(this.firstChild[node], end), (w) => w < word);
    return at < end && this.edgeWord[at] === word ? at : -1;
  }

  /** The roles a node names, in order, keeping those `accept` takes. */
  roles(node: number, accept?: (roleId: string) => boolean): PhraseRole[] {
    const out: PhraseRole[] = [];
    for (let e = this.roleStart[node]; e < this.roleStart[node + 1]; e++) {
      const t = this.entryTitle[e];
      const roleId = this.titles.roleId(t);
      if (accept && !accept(roleId)) continue;
      out.push({ roleId, matched: this.titles.text(t), own: this.titles.own(t), roleTitle: this.titles.roleTitle(t) });
    }
    return out;
  }
}

/** One title's words on the way in: the key each is found by and, for one-word own titles, the word as written. */
export interface TrieEntry {
  /** The title's number in the table, or its words to list it under. */
  title: number | { roleId: string; text: string; own: boolean };
  keys: readonly string[];
  meaningful: number;
  /** For a one-word own title, its word as written (folded, plural kept). */
  ownWord?: string;
}

interface BuildNode {
  kids: Map<string, number>;
  /** Title numbers, one per role. */
  titles: number[];
  meaningful: number;
  ownWord?: string;
}

/**
 * Builds the packed trie over a title table (`titles`), or over a list made
 * of the entries' own words, where `roleTitle` orders roles that share a phrase.
 */
export function packTrie(entries: Iterable<TrieEntry>, titles: PhraseTitles | ((roleId: string) => string)): PhraseMatcher {
  const table = typeof titles === 'function' ? new TitleList(titles) : titles;
  const nodes: BuildNode[] = [{ kids: new Map(), titles: [], meaningful: 0 }];
  for (const entry of entries) {
    let node = 0;
    for (const key of entry.keys) {
      let child = nodes[node].kids.get(key);
      if (child === undefined) {
        nodes[node].kids.set(key, (child = nodes.length));
        nodes.push({ kids: new Map(), titles: [], meaningful: 0 });
      }
      node = child;
    }
    const n = nodes[node];
    n.meaningful = entry.meaningful;
    if (entry.ownWord !== undefined) n.ownWord = entry.ownWord;
    const t =
      typeof entry.title === 'number' ? entry.title : (table as TitleList).add(entry.title.roleId, entry.title.text, entry.title.own);
    addRole(n.titles, t, table);
  }
  const m = new PhraseMatcher(table);
  pack(m, nodes);
  return m;
}

/** One title per role, its own title preferred over an alternate. */
function addRole(list: number[], t: number, titles: PhraseTitles): void {
  const at = list.findIndex((u) => titles.roleId(u) === titles.roleId(t));
  if (at === -1) list.push(t);
  else if (titles.own(t) && !titles.own(list[at])) list[at] = t;
}

/** Lays the nodes out breadth first, children by word, and fills the arrays. */
function pack(m: PhraseMatcher, nodes: BuildNode[]): void {
  const keys = new Set<string>();
  for (const n of nodes) for (const key of n.kids.keys()) keys.add(key);
  m.words = [...keys].sort(compare);
  const wordOf = new Map(m.words.map((w, i) => [w, i]));
  const order = [0];
  const edge = [0];
  for (let i = 0; i < order.length; i++) {
    const kids = [...nodes[order[i]].kids].map(([key, child]) => [wordOf.get(key)!, child]).sort((a, b) => a[0] - b[0]);
    for (const [word, child] of kids) {
      order.push(child);
      edge.push(word);
    }
  }
  const count = order.length;
  m.edgeWord = Uint32Array.from(edge);
  m.firstChild = new Uint32Array(count + 1);
  m.meaningful = new Uint8Array(count);
  m.roleStart = new Uint32Array(count + 1);
  const entries: number[] = [];
  const t = m.titles;
  let next = 1;
  order.forEach((old, at) => {
    const n = nodes[old];
    m.firstChild[at] = next;
    next += n.kids.size;
    m.meaningful[at] = n.meaningful;
    if (n.ownWord !== undefined) m.ownWord.set(at, n.ownWord);
    // Own-title roles first, then by role title and id: a stable order the card shows.
    n.titles.sort(
      (a, b) => Number(t.own(b)) - Number(t.own(a)) || compare(t.roleTitle(a), t.roleTitle(b)) || compare(t.roleId(a), t.roleId(b)),
    );
    for (const title of n.titles) entries.push(title);
    m.roleStart[at + 1] = entries.length;
  });
  m.firstChild[count] = next;
  m.entryTitle = Uint32Array.from(entries);
}
