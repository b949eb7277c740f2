// The prebuilt hover phrase matcher: the packed trie of every official title
// and alternate title, written at `npm run data:build` and read back as typed
// arrays, so the first hover in a window does not build it (about a second
// on these machines, see docs/PERFORMANCE.md). Its phrases point at the
// official search index's titles by number, so it holds no title twice and
// is read together with that index (which the catalog's load reads anyway).
import { indexTitles, PhraseMatcher } from './phraseTrie';
import type { RoleSearchIndex } from './roleSearch';
import { Index } from './searchIndex';
import { compare } from './text';

export const PHRASE_FILE_FORMAT = 1;

/** The file's shape: flat lists, small and quick to parse. */
interface PhraseFile {
  format: number;
  /** How many titles the search index it points into holds: a mismatched pair is refused. */
  indexTitles: number;
  /** Word keys in string order. */
  words: string[];
  /** Per node, breadth first, how many children it has. */
  children: number[];
  /** Per node after the root, the number of the word on the edge into it. */
  edgeWords: number[];
  /** Per node where a phrase ends, ascending: [node - previous such node, meaningful words, role count, then each role's title id]. */
  ends: number[];
  /** Nodes ending a one-word own title, and that word as written (same order). */
  ownWordNodes: number[];
  ownWords: string[];
}

export function serializePhraseMatcher(m: PhraseMatcher): string {
  const children: number[] = [];
  for (let n = 0; n < m.nodes; n++) children.push(m.firstChild[n + 1] - m.firstChild[n]);
  const ends: number[] = [];
  let previous = 0;
  for (let n = 0; n < m.nodes; n++) {
    const from = m.roleStart[n];
    const to = m.roleStart[n + 1];
    if (to === from) continue;
    ends.push(n - previous, m.meaningful[n], to - from);
    previous = n;
    for (let e = from; e < to; e++) ends.push(m.entryTitle[e]);
  }
  const own = [...m.ownWord].sort((a, b) => a[0] - b[0]);
  const file: PhraseFile = {
    format: PHRASE_FILE_FORMAT,
    indexTitles: m.titles.size,
    words: m.words,
    children,
    edgeWords: [...m.edgeWord.subarray(1)],
    ends,
    ownWordNodes: own.map(([node]) => node),
    ownWords: own.map(([, word]) => word),
  };
  return `${JSON.stringify(file)}\n`;
}

const isStrings = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === 'string');
const isCounts = (x: unknown): x is number[] => Array.isArray(x) && x.every((n) => Number.isInteger(n) && n >= 0);

/** The shape and the sizes, or what is wrong with them. */
function shapeProblem(f: Partial<PhraseFile>, index: Index): string | undefined {
  if (f.format !== PHRASE_FILE_FORMAT) return `format ${String(f.format)}, expected ${PHRASE_FILE_FORMAT}`;
  if (f.indexTitles !== index.size) return `made for a search index of ${String(f.indexTitles)} titles, not ${index.size}`;
  if (!isStrings(f.words) || !isStrings(f.ownWords)) return 'words/ownWords';
  if (!isCounts(f.children) || !isCounts(f.edgeWords) || !isCounts(f.ends) || !isCounts(f.ownWordNodes)) return 'numbers';
  if (f.children.length === 0 || f.edgeWords.length !== f.children.length - 1) return 'children/edgeWords';
  if (f.ownWordNodes.length !== f.ownWords.length) return 'ownWordNodes/ownWords';
  for (let w = 1; w < f.words.length; w++) if (compare(f.words[w - 1], f.words[w]) >= 0) return 'words not in order';
  return undefined;
}

/**
 * Reads a matcher written by `serializePhraseMatcher` for this search index
 * (the one written with it); `file` names it in errors. Throws on a damaged
 * file or one made for another index.
 */
export function parsePhraseMatcher(file: string, text: string, index: RoleSearchIndex): PhraseMatcher {
  if (!(index instanceof Index)) throw new TypeError('parsePhraseMatcher: index must come from buildSearchIndex or parseSearchIndex');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new Error(`${file}: not valid JSON: ${(err as Error).message}`);
  }
  const fail = (what: string) => new Error(`${file}: not a phrase matcher written by this version for this search index (${what})`);
  const problem = data && typeof data === 'object' && !Array.isArray(data) ? shapeProblem(data, index) : 'not an object';
  if (problem) throw fail(problem);
  const f = data as PhraseFile;
  const m = new PhraseMatcher(indexTitles(index));
  m.words = f.words;
  readTree(m, f, fail);
  readEnds(m, f, fail);
  f.ownWordNodes.forEach((node, i) => {
    if (node >= m.nodes) throw fail(`own word at node ${node}`);
    m.ownWord.set(node, f.ownWords[i]);
  });
  return m;
}

/** Child ranges from the counts; words within each node's children must ascend. */
function readTree(m: PhraseMatcher, f: PhraseFile, fail: (what: string) => Error): void {
  const count = f.children.length;
  m.firstChild = new Uint32Array(count + 1);
  m.edgeWord = new Uint32Array(count);
  let next = 1;
  for (let n = 0; n < count; n++) {
    m.firstChild[n] = next;
    next += f.children[n];
    // Breadth first, a node's children come after it.
    if (next > count || (f.children[n] > 0 && m.firstChild[n] <= n)) throw fail(`children of node ${n}`);
  }
  m.firstChild[count] = next;
  if (next !== count) throw fail(`children cover ${next} nodes, not ${count}`);
  for (let n = 1; n < count; n++) m.edgeWord[n] = f.edgeWords[n - 1];
  for (let n = 0; n < count; n++) {
    for (let c = m.firstChild[n]; c < m.firstChild[n + 1]; c++) {
      if (m.edgeWord[c] >= m.words.length || (c > m.firstChild[n] && m.edgeWord[c] <= m.edgeWord[c - 1])) throw fail(`edge into node ${c}`);
    }
  }
}

/** Each node's roles from the run of ends. */
function readEnds(m: PhraseMatcher, f: PhraseFile, fail: (what: string) => Error): void {
  const count = m.nodes;
  const titles = m.titles.size;
  m.meaningful = new Uint8Array(count);
  m.roleStart = new Uint32Array(count + 1);
  const entries: number[] = [];
  let node = 0;
  let filled = 0;
  for (let i = 0; i < f.ends.length;) {
    node += f.ends[i];
    const n = f.ends[i + 2];
    if (node >= count || (i > 0 && f.ends[i] === 0) || !(n > 0) || i + 3 + n > f.ends.length) throw fail(`ends at ${i}`);
    for (; filled < node; filled++) m.roleStart[filled + 1] = entries.length;
    m.meaningful[node] = f.ends[i + 1];
    for (let k = 0; k < n; k++) {
      const t = f.ends[i + 3 + k];
      if (t >= titles) throw fail(`title ${t} of node ${node}`);
      entries.push(t);
    }
    m.roleStart[++filled] = entries.length;
    i += 3 + n;
  }
  for (; filled < count; filled++) m.roleStart[filled + 1] = entries.length;
  m.entryTitle = Uint32Array.from(entries);
}
