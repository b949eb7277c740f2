// Finding job titles in free text (hover cards): the longest occupation title
// or alternate title at a position, case-insensitive, whole words only.
//
// Pure, and separate from the search's tokens on purpose: search drops stop
// words and forgives typos and word order, while a phrase in a document must
// be the title's words, in order, next to each other. Plurals are folded the
// same way as in search ("registered nurse" finds "Registered Nurses").
import { stem, STOP_WORDS } from './text';

/** One title to find: a role's own title or one of its alternate titles. */
export interface PhraseEntry {
  roleId: string;
  title: string;
  /** True for the role's own (occupation) title. */
  own: boolean;
}

/** A role a found phrase names. */
export interface PhraseRole {
  roleId: string;
  /** The role's title as written in the data that matched (own or alternate). */
  matched: string;
  own: boolean;
}

export interface PhraseMatch {
  /** UTF-16 offsets in the text searched, `end` exclusive. */
  start: number;
  end: number;
  /** Roles it names: those whose own title it is first, then by title; never empty. */
  roles: PhraseRole[];
}

/**
 * How far either side of the hovered character a phrase is looked for. The
 * longest title is 126 characters; this bounds the work on a line of any length.
 */
export const PHRASE_WINDOW_CHARS = 256;

/**
 * A word: letters and digits of any script, with their combining marks and
 * inner apostrophes ("Driver's"). Anything else separates words, so matches are whole words.
 */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['\u2019][\p{L}\p{N}\p{M}]+)*/gu;

/**
 * What may stand between two words of one phrase: spaces, hyphens and dashes,
 * slashes, commas, parentheses, "&", "+" and apostrophes, as titles themselves
 * use them ("Driver/Sales Workers", "Cooks, Restaurant", "R&D Manager",
 * "Workers' Compensation"). A colon, semicolon or anything else ends a phrase.
 */
const JOINER = /^[\s\-\u2010-\u2014/,()&+'\u2019]+$/u;

/** A full stop joins only after an initial ("U.S. Senator"), so no title spans two sentences. */
function joins(text: string, prev: Token, next: Token): boolean {
  const gap = text.slice(prev.end, next.start);
  return JOINER.test(gap) || (prev.end - prev.start <= 2 && /^\.\s?$/.test(gap));
}

/** Folds case, accents and apostrophes ("Café" and "CAFE" read alike). */
function plainWord(word: string): string {
  if (/^[A-Za-z0-9]+$/.test(word)) return word.toLowerCase(); // most words: no accent, no apostrophe
  return word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['\u2019]/g, '');
}

interface Token {
  /** The word folded, plural too, as the search index folds it: "Nurses" → "nurse". */
  key: string;
  /** The word folded but not its plural. */
  plain: string;
  start: number;
  end: number;
}

/** `folded` remembers each word's folding: titles repeat a small vocabulary, so the build folds each word once. */
function tokenize(text: string, offset = 0, folded?: Map<string, [plain: string, key: string]>): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    let fold = folded?.get(m[0]);
    if (!fold) {
      const plain = plainWord(m[0]);
      fold = [plain, stem(plain)];
      folded?.set(m[0], fold);
    }
    out.push({ key: fold[1], plain: fold[0], start: offset + m.index, end: offset + m.index + m[0].length });
  }
  return out;
}

/**
 * The phrases one title yields: the title itself or, for titles with a
 * parenthesis ("Dialysis Registered Nurse (Dialysis RN)"), the part outside
 * and each part inside, since text writes either one.
 */
export function titlePhrases(title: string): string[] {
  const inside = [...title.matchAll(/\(([^()]*)\)/g)].map((m) => m[1]);
  if (inside.length === 0) return [title];
  return [title.replace(/\([^()]*\)/g, ' '), ...inside];
}

/**
 * A word trie, flat: node 0 is the root; `edges` maps "node<space>word" to
 * the child node, which keeps the build to one map and a few arrays.
 */
export interface PhraseMatcher {
  readonly edges: ReadonlyMap<string, number>;
  /** Per node that ends a phrase: the roles it names (own titles first, then by role title). */
  readonly roles: readonly (PhraseRole[] | undefined)[];
  /** Per node that ends a phrase: its words that are not stop words ("of", "and", …). */
  readonly meaningful: readonly number[];
  /** Per node that ends a one-word own title: the word as written there ("electricians"), plural kept. */
  readonly ownWord: readonly (string | undefined)[];
  /** Distinct phrases held. */
  readonly phrases: number;
}

interface Building {
  edges: Map<string, number>;
  roles: (PhraseRole[] | undefined)[];
  meaningful: number[];
  ownWord: (string | undefined)[];
  phrases: number;
}

/** The node ending this phrase, created with its path as needed. */
function nodeFor(m: Building, tokens: readonly Token[]): number {
  let node = 0;
  for (const t of tokens) {
    const edge = `${node} ${t.key}`;
    let child = m.edges.get(edge);
    if (child === undefined) {
      child = m.roles.length;
      m.edges.set(edge, child);
      m.roles.push(undefined);
      m.meaningful.push(0);
      m.ownWord.push(undefined);
    }
    node = child;
  }
  return node;
}

/** Builds the word trie once (about 55,000 titles: built on first hover, not at activation). */
export function buildPhraseMatcher(entries: Iterable<PhraseEntry>, roleTitle: (roleId: string) => string = (id) => id): PhraseMatcher {
  const m: Building = { edges: new Map(), roles: [undefined], meaningful: [0], ownWord: [undefined], phrases: 0 };
  const folded = new Map<string, [string, string]>();
  for (const entry of entries) {
    for (const phrase of titlePhrases(entry.title)) {
      const tokens = tokenize(phrase, 0, folded);
      if (tokens.length === 0) continue;
      const node = nodeFor(m, tokens);
      let roles = m.roles[node];
      if (!roles) {
        m.roles[node] = roles = [];
        m.meaningful[node] = tokens.filter((t) => !STOP_WORDS.has(t.plain)).length;
        m.phrases++;
      }
      addRole(roles, { roleId: entry.roleId, matched: entry.title, own: entry.own });
      if (entry.own && tokens.length === 1) m.ownWord[node] = tokens[0].plain;
    }
  }
  const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  for (const roles of m.roles) {
    // Own-title roles first, then by role title and id: a stable order the card shows.
    if (roles && roles.length > 1)
      roles.sort((a, b) => Number(b.own) - Number(a.own) || order(roleTitle(a.roleId), roleTitle(b.roleId)) || order(a.roleId, b.roleId));
  }
  return m;
}

/** One entry per role, its own title preferred over an alternate. */
function addRole(roles: PhraseRole[], role: PhraseRole): void {
  const at = roles.findIndex((r) => r.roleId === role.roleId);
  if (at === -1) roles.push(role);
  else if (role.own && !roles[at].own) roles[at] = role;
}

/**
 * Whether a phrase found at tokens[i..j], ending at `node`, counts. A phrase
 * of one meaningful word counts only when it is some role's own title, and a
 * one-word title only as written there ("electricians", "economists", not
 * "editor" or "model"): single-word alternate titles ("Manager", "Analyst",
 * "RN") and singular common words would turn every other word of a document
 * into a hover.
 */
function counts(m: PhraseMatcher, node: number, tokens: Token[], i: number, j: number): boolean {
  const roles = m.roles[node];
  if (!roles || roles.length === 0) return false;
  if (m.meaningful[node] >= 2) return true;
  if (i === j) return m.ownWord[node] === tokens[i].plain;
  return roles[0].own;
}

/** The words around `at` (within PHRASE_WINDOW_CHARS), without words the window cuts. */
function windowTokens(text: string, at: number): Token[] {
  const from = Math.max(0, at - PHRASE_WINDOW_CHARS);
  const to = Math.min(text.length, at + PHRASE_WINDOW_CHARS);
  const tokens = tokenize(text.slice(from, to), from);
  if (from > 0 && tokens[0]?.start === from) tokens.shift();
  if (to < text.length && tokens.at(-1)?.end === to) tokens.pop();
  return tokens;
}

/** The longest phrase starting at token i and covering `at`, as [end token, node]. */
function longestFrom(matcher: PhraseMatcher, text: string, tokens: Token[], i: number, at: number): [number, number] | undefined {
  let best: [number, number] | undefined;
  let node: number | undefined = 0;
  for (let j = i; j < tokens.length; j++) {
    if (j > i && !joins(text, tokens[j - 1], tokens[j])) break;
    node = matcher.edges.get(`${node} ${tokens[j].key}`);
    if (node === undefined) break;
    if (tokens[j].end > at && counts(matcher, node, tokens, i, j)) best = [j, node];
  }
  return best;
}

/**
 * The title at offset `at` of `text` (e.g. a line), or undefined. Of the
 * phrases covering `at`, the one with most words wins, then the longer, then
 * the one starting first. Only a window around `at` is read.
 */
export function phraseAt(matcher: PhraseMatcher, text: string, at: number): PhraseMatch | undefined {
  if (at < 0 || at >= text.length) return undefined;
  const tokens = windowTokens(text, at);
  let best: PhraseMatch | undefined;
  let bestWords = 0;
  for (let i = 0; i < tokens.length && tokens[i].start <= at; i++) {
    const found = longestFrom(matcher, text, tokens, i, at);
    if (!found) continue;
    const [j, node] = found;
    const candidate = { start: tokens[i].start, end: tokens[j].end, roles: matcher.roles[node]! };
    const n = j - i + 1;
    if (!best || n > bestWords || (n === bestWords && candidate.end - candidate.start > best.end - best.start)) {
      best = candidate;
      bestWords = n;
    }
  }
  return best;
}
