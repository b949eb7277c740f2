// The prebuilt search index: what `buildSearchIndex` stores, written at
// `npm run data:build` and read back without tokenizing a single title. The
// typo table and other derived parts are rebuilt on load by `completeIndex`,
// exactly as after a build, so a loaded index answers like a built one.
import { type RoleSearchIndex } from './roleSearch';
import { completeIndex, Index } from './searchIndex';
import { compare } from './text';

export const SEARCH_INDEX_FORMAT = 1;

/** The file's shape: flat, delta-coded lists and one string of titles, small and quick to parse. */
interface IndexFile {
  format: number;
  /** Attribution the indexed titles' licence asks for (O*NET: CC BY 4.0), if any. */
  attribution?: string;
  roleIds: string[];
  roleTitles: string[];
  /** Every indexed title, by title id, each followed by "\n". */
  titles: string;
  /** Runs of titles belonging to one role: [role, count, role, count, …]. */
  titleRoles: number[];
  /** Ids of titles that are a role's own title, ascending. */
  ownTitles: number[];
  /** [title, length, …] for titles whose token count differs from their distinct tokens' count. */
  lengths: number[];
  /** The vocabulary, in string order. */
  tokens: string[];
  /** Per token, how many titles it is in. */
  postingCounts: number[];
  /** All tokens' title ids, token after token, each token's as gaps (first id, then differences). */
  postings: number[];
}

/** The index as JSON text; tokens are renumbered in string order so the reader need not sort them. */
export function serializeSearchIndex(index: RoleSearchIndex, attribution?: string): string {
  if (!(index instanceof Index)) throw new TypeError('serializeSearchIndex: index must come from buildSearchIndex');
  const titles: string[] = [];
  for (let i = 0; i < index.size; i++) {
    const text = index.title(i);
    if (text.includes('\n')) throw new Error(`serializeSearchIndex: a title holds a line break: ${JSON.stringify(text)}`);
    titles.push(`${text}\n`);
  }
  const titleRoles: number[] = [];
  index.titleRole.forEach((role, title) => {
    if (title > 0 && index.titleRole[title - 1] === role) titleRoles[titleRoles.length - 1]++;
    else titleRoles.push(role, 1);
  });
  const lengths: number[] = [];
  index.titleLength.forEach((n, title) => {
    if (n !== index.titleTokenStart[title + 1] - index.titleTokenStart[title]) lengths.push(title, n);
  });
  const order = index.sortedTokenIds;
  const postings: number[] = [];
  for (const t of order) {
    for (let p = index.postingStart[t]; p < index.postingStart[t + 1]; p++) {
      postings.push(p === index.postingStart[t] ? index.postingList[p] : index.postingList[p] - index.postingList[p - 1]);
    }
  }
  const file: IndexFile = {
    format: SEARCH_INDEX_FORMAT,
    ...(attribution !== undefined ? { attribution } : {}),
    roleIds: index.roleIds,
    roleTitles: index.roleTitles,
    titles: titles.join(''),
    titleRoles,
    ownTitles: [...index.titleIsOwn.keys()].filter((title) => index.titleIsOwn[title] === 1),
    lengths,
    tokens: order.map((t) => index.tokens[t]),
    postingCounts: order.map((t) => index.postingStart[t + 1] - index.postingStart[t]),
    postings,
  };
  return `${JSON.stringify(file)}\n`;
}

const isStrings = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === 'string');
const isCounts = (x: unknown): x is number[] => Array.isArray(x) && x.every((n) => Number.isInteger(n) && n >= 0);
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/** Checks the shape and the counts, so a damaged file is refused instead of answering wrongly. */
function problemIn(f: Partial<IndexFile>): string | undefined {
  if (f.format !== SEARCH_INDEX_FORMAT) return `format ${String(f.format)}, expected ${SEARCH_INDEX_FORMAT}`;
  if (!isStrings(f.roleIds) || !isStrings(f.roleTitles) || f.roleIds.length !== f.roleTitles.length) return 'roleIds/roleTitles';
  if (typeof f.titles !== 'string' || (f.titles.length > 0 && !f.titles.endsWith('\n')) || !isStrings(f.tokens)) return 'titles/tokens';
  if (!isCounts(f.titleRoles) || !isCounts(f.ownTitles) || !isCounts(f.lengths)) return 'titleRoles/ownTitles/lengths';
  if (!isCounts(f.postingCounts) || f.postingCounts.length !== f.tokens.length || !isCounts(f.postings)) return 'postings';
  if (sum(f.postingCounts) !== f.postings.length) return 'postingCounts do not add up';
  for (let i = 0; i < f.titleRoles.length; i += 2) if (f.titleRoles[i] >= f.roleIds.length) return `titleRoles: role ${f.titleRoles[i]}`;
  for (let t = 1; t < f.tokens.length; t++) if (compare(f.tokens[t - 1], f.tokens[t]) >= 0) return 'tokens not in order';
  return undefined;
}

/** Reads an index written by `serializeSearchIndex`; `file` names it in errors. Throws on a damaged file. */
export function parseSearchIndex(file: string, text: string): RoleSearchIndex {
  let data: Partial<IndexFile>;
  try {
    data = JSON.parse(text) as Partial<IndexFile>;
  } catch (err) {
    throw new Error(`${file}: not valid JSON: ${(err as Error).message}`);
  }
  const problem = data && typeof data === 'object' && !Array.isArray(data) ? problemIn(data) : 'not an object';
  const fail = (what: string) => new Error(`${file}: not a search index written by this version (${what})`);
  if (problem) throw fail(problem);
  const f = data as IndexFile;
  const ix = new Index();
  for (let r = 0; r < f.roleIds.length; r++) {
    ix.roleIds.push(f.roleIds[r]);
    ix.roleTitles.push(f.roleTitles[r]);
  }
  readTitles(ix, f.titles);
  const titles = ix.size;
  ix.titleRole = new Uint32Array(titles);
  let at = 0;
  for (let i = 0; i < f.titleRoles.length; i += 2) {
    if (at + f.titleRoles[i + 1] > titles) throw fail('titleRoles cover more titles than there are');
    ix.titleRole.fill(f.titleRoles[i], at, (at += f.titleRoles[i + 1]));
  }
  if (at !== titles) throw fail(`titleRoles cover ${at} titles, not ${titles}`);
  ix.titleIsOwn = new Uint8Array(titles);
  for (const t of f.ownTitles) {
    if (t >= titles) throw fail(`own title ${t} beyond ${titles}`);
    ix.titleIsOwn[t] = 1;
  }
  readPostings(ix, f, fail);
  for (let i = 0; i < f.lengths.length; i += 2) {
    if (f.lengths[i] >= titles) throw fail(`length of title ${f.lengths[i]} beyond ${titles}`);
    ix.titleLength[f.lengths[i]] = f.lengths[i + 1];
  }
  return completeIndex(ix);
}

function readTitles(ix: Index, joined: string): void {
  const starts = [0];
  for (let at = joined.indexOf('\n'); at !== -1; at = joined.indexOf('\n', at + 1)) starts.push(at + 1);
  ix.titleJoined = joined;
  ix.titleStart = Uint32Array.from(starts);
}

/** Postings from gaps; each title's length starts as its count of distinct tokens. */
function readPostings(ix: Index, f: IndexFile, fail: (what: string) => Error): void {
  const titles = ix.size;
  ix.titleLength = new Uint16Array(titles);
  ix.postingStart = new Uint32Array(f.tokens.length + 1);
  ix.postingList = new Uint32Array(f.postings.length);
  let p = 0;
  for (let t = 0; t < f.tokens.length; t++) {
    ix.tokens.push(f.tokens[t]);
    let id = 0;
    for (let k = 0; k < f.postingCounts[t]; k++, p++) {
      id = k === 0 ? f.postings[p] : id + f.postings[p];
      if (id >= titles || (k > 0 && f.postings[p] === 0)) throw fail(`postings of "${f.tokens[t]}"`);
      ix.postingList[p] = id;
      ix.titleLength[id]++;
    }
    ix.postingStart[t + 1] = p;
  }
}
