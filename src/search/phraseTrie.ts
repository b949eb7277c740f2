// The hover phrase matcher's data: a word trie packed into typed arrays, the
// same whether built at run time (hand-written roles, tests) or read from the
// file `npm run data:build` writes (official roles, phraseFile.ts), so both
// answer alike and loading one allocates almost nothing.
import { compare, lowerBound } from './text';

/** A role a found phrase names. */
export interface PhraseRole {
  roleId: string;
  /** The role's title as written in the data that matched (own or alternate). */
  matched: string;
  own: boolean;
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
  /** Node n's roles are entries roleStart[n] .. roleStart[n + 1] - 1 (own titles first, then by role title). */
  roleStart = new Uint32Array(2);
  /** Per role entry: the role's number, the number of its matched title, whether it is the role's own title. */
  entryRole = new Uint32Array(0);
  entryTitle = new Uint32Array(0);
  entryOwn = new Uint8Array(0);
  /** Per node that ends a one-word own title: the word as written there ("electricians"), plural kept. */
  ownWord = new Map<number, string>();
  /** By role number. */
  roleIds: string[] = [];
  roleTitles: string[] = [];
  /** Matched titles, by number. */
  titles: string[] = [];

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
      const roleId = this.roleIds[this.entryRole[e]];
      if (accept && !accept(roleId)) continue;
      out.push({ roleId, matched: this.titles[this.entryTitle[e]], own: this.entryOwn[e] === 1 });
    }
    return out;
  }

  /** A role's title, for ordering roles from several matchers. */
  roleTitle(roleId: string): string | undefined {
    const at = this.roleIds.indexOf(roleId);
    return at === -1 ? undefined : this.roleTitles[at];
  }
}

/** One title's words on the way in: the key each is found by and, for one-word own titles, the word as written. */
export interface TrieEntry {
  roleId: string;
  title: string;
  own: boolean;
  keys: readonly string[];
  meaningful: number;
  /** For a one-word own title, its word as written (folded, plural kept). */
  ownWord?: string;
}

interface BuildNode {
  kids: Map<string, number>;
  roles: { role: number; title: number; own: boolean }[];
  meaningful: number;
  ownWord?: string;
}

/** Numbers strings in order of first appearance. */
class Numbering {
  readonly list: string[] = [];
  private readonly ids = new Map<string, number>();
  of(s: string): number {
    let id = this.ids.get(s);
    if (id === undefined) this.ids.set(s, (id = this.list.push(s) - 1));
    return id;
  }
}

/** Builds the packed trie; `roleTitle` orders roles that share a phrase. */
export function packTrie(entries: Iterable<TrieEntry>, roleTitle: (roleId: string) => string): PhraseMatcher {
  const nodes: BuildNode[] = [{ kids: new Map(), roles: [], meaningful: 0 }];
  const roles = new Numbering();
  const titles = new Numbering();
  for (const entry of entries) {
    let node = 0;
    for (const key of entry.keys) {
      let child = nodes[node].kids.get(key);
      if (child === undefined) {
        nodes[node].kids.set(key, (child = nodes.length));
        nodes.push({ kids: new Map(), roles: [], meaningful: 0 });
      }
      node = child;
    }
    const n = nodes[node];
    n.meaningful = entry.meaningful;
    if (entry.ownWord !== undefined) n.ownWord = entry.ownWord;
    addRole(n.roles, { role: roles.of(entry.roleId), title: titles.of(entry.title), own: entry.own });
  }
  const m = new PhraseMatcher();
  m.roleIds = roles.list;
  m.roleTitles = roles.list.map(roleTitle);
  m.titles = titles.list;
  pack(m, nodes);
  return m;
}

/** One entry per role, its own title preferred over an alternate. */
function addRole(list: BuildNode['roles'], role: BuildNode['roles'][number]): void {
  const at = list.findIndex((r) => r.role === role.role);
  if (at === -1) list.push(role);
  else if (role.own && !list[at].own) list[at] = role;
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
  const entries: BuildNode['roles'] = [];
  const titleOfRole = (r: number) => m.roleTitles[r];
  let next = 1;
  order.forEach((old, at) => {
    const n = nodes[old];
    m.firstChild[at] = next;
    next += n.kids.size;
    m.meaningful[at] = n.meaningful;
    if (n.ownWord !== undefined) m.ownWord.set(at, n.ownWord);
    // Own-title roles first, then by role title and id: a stable order the card shows.
    n.roles.sort(
      (a, b) =>
        Number(b.own) - Number(a.own) || compare(titleOfRole(a.role), titleOfRole(b.role)) || compare(m.roleIds[a.role], m.roleIds[b.role]),
    );
    for (const r of n.roles) entries.push(r);
    m.roleStart[at + 1] = entries.length;
  });
  m.firstChild[count] = next;
  m.entryRole = Uint32Array.from(entries, (r) => r.role);
  m.entryTitle = Uint32Array.from(entries, (r) => r.title);
  m.entryOwn = Uint8Array.from(entries, (r) => (r.own ? 1 : 0));
}
