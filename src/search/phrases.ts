// Finding job titles in free text (hover cards): the longest occupation title
// or alternate title at a position, case-insensitive, whole words only.
//
// Pure, and separate from the search's tokens on purpose: search drops stop
// words and forgives typos and word order, while a phrase in a document must
// be the title's words, in order, next to each other. Plurals are folded the
// same way as in search ("registered nurse" finds "Registered Nurses").
import { indexTitles, PhraseMatcher, packTrie, type PhraseRole, type TrieEntry } from './phraseTrie';
import type { RoleSearchIndex } from './roleSearch';
import { Index } from './searchIndex';
import { compare, stem, STOP_WORDS } from './text';

export { PhraseMatcher, type PhraseRole } from './phraseTrie';

/** One title to find: a role's own title or one of its alternate titles. */
export interface PhraseEntry {
  roleId: string;
  title: string;
  /** True for the role's own (occupation) title. */
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

/** Builds a word trie of these titles; `roleTitle` orders roles that share a phrase (hand-written roles, at run time). */
export function buildPhraseMatcher(entries: Iterable<PhraseEntry>, roleTitle: (roleId: string) => string = (id) => id): PhraseMatcher {
  return packTrie(
    trieEntries(entries, (e) => ({ roleId: e.roleId, text: e.title, own: e.own })),
    roleTitle,
  );
}

/**
 * Builds the word trie of every title of a search index, pointing into the
 * index's titles (the official roles' ~46,000: `npm run data:build` writes it, see phraseFile.ts).
 */
export function buildIndexMatcher(index: RoleSearchIndex): PhraseMatcher {
  if (!(index instanceof Index)) throw new TypeError('buildIndexMatcher: index must come from buildSearchIndex or parseSearchIndex');
  const titles = indexTitles(index);
  const entries = function* (): Generator<PhraseEntry & { t: number }> {
    for (let t = 0; t < index.size; t++) yield { roleId: titles.roleId(t), title: titles.text(t), own: titles.own(t), t };
  };
  return packTrie(
    trieEntries(entries(), (e) => e.t),
    titles,
  );
}

function* trieEntries<E extends PhraseEntry>(entries: Iterable<E>, titleOf: (entry: E) => TrieEntry['title']): Generator<TrieEntry> {
  const folded = new Map<string, [string, string]>();
  for (const entry of entries) {
    for (const phrase of titlePhrases(entry.title)) {
      const tokens = tokenize(phrase, 0, folded);
      if (tokens.length === 0) continue;
      yield {
        title: titleOf(entry),
        keys: tokens.map((t) => t.key),
        meaningful: tokens.filter((t) => !STOP_WORDS.has(t.plain)).length,
        ownWord: entry.own && tokens.length === 1 ? tokens[0].plain : undefined,
      };
    }
  }
}

/** A matcher and which of its roles count (e.g. not an official role a hand-written one replaces). */
export interface PhrasePart {
  matcher: PhraseMatcher;
  accept?: (roleId: string) => boolean;
}

/** A part's view of the words around the hover: each word's number in its trie. */
interface PartWords extends PhrasePart {
  ids: number[];
}

/**
 * Whether a phrase found at tokens[i..j], ending at `node`, counts. A phrase
 * of one meaningful word counts only when it is some role's own title, and a
 * one-word title only as written there ("electricians", "economists", not
 * "editor" or "model"): single-word alternate titles ("Manager", "Analyst",
 * "RN") and singular common words would turn every other word of a document
 * into a hover.
 */
function counts(part: PartWords, node: number, tokens: Token[], i: number, j: number): boolean {
  const roles = part.matcher.roles(node, part.accept);
  if (roles.length === 0) return false;
  if (part.matcher.meaningful[node] >= 2) return true;
  if (i === j && part.matcher.ownWord.get(node) !== tokens[i].plain) return false;
  return roles.some((r) => r.own);
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

/** The node at the end of tokens[i..j] in a part's trie, or -1 (also when words of it do not join). */
function walk(part: PartWords, text: string, tokens: Token[], i: number, j: number): number {
  let node = 0;
  for (let k = i; k <= j && node !== -1; k++) {
    if (k > i && !joins(text, tokens[k - 1], tokens[k])) return -1;
    node = part.ids[k] === -1 ? -1 : part.matcher.child(node, part.ids[k]);
  }
  return node;
}

/** The longest phrase starting at token i, covering `at` and counting in some part: its end token. */
function longestFrom(parts: PartWords[], text: string, tokens: Token[], i: number, at: number): number | undefined {
  let best: number | undefined;
  for (const part of parts) {
    let node = 0;
    for (let j = i; j < tokens.length; j++) {
      if (j > i && !joins(text, tokens[j - 1], tokens[j])) break;
      node = part.ids[j] === -1 ? -1 : part.matcher.child(node, part.ids[j]);
      if (node === -1) break;
      if (tokens[j].end > at && (best === undefined || j > best) && counts(part, node, tokens, i, j)) best = j;
    }
  }
  return best;
}

/** Every part's roles for tokens[i..j]: own titles first, then by role title and id, each role once. */
function rolesOf(parts: PartWords[], text: string, tokens: Token[], i: number, j: number): PhraseRole[] {
  const found: PhraseRole[] = [];
  for (const part of parts) {
    const node = walk(part, text, tokens, i, j);
    if (node === -1) continue;
    for (const role of part.matcher.roles(node, part.accept)) {
      const at = found.findIndex((f) => f.roleId === role.roleId);
      if (at === -1) found.push(role);
      else if (role.own && !found[at].own) found[at] = role;
    }
  }
  if (parts.length > 1)
    found.sort((a, b) => Number(b.own) - Number(a.own) || compare(a.roleTitle, b.roleTitle) || compare(a.roleId, b.roleId));
  return found;
}

/**
 * The title at offset `at` of `text` (e.g. a line), or undefined, found in
 * one matcher or several (the official roles' and the hand-written ones'),
 * as if they were one. Of the phrases covering `at`, the one with most words
 * wins, then the longer, then the one starting first. Only a window around `at` is read.
 */
export function phraseAt(matchers: PhraseMatcher | readonly PhrasePart[], text: string, at: number): PhraseMatch | undefined {
  if (at < 0 || at >= text.length) return undefined;
  const tokens = windowTokens(text, at);
  const parts = (matchers instanceof PhraseMatcher ? [{ matcher: matchers }] : matchers).map((p) => ({
    ...p,
    ids: tokens.map((t) => p.matcher.wordId(t.key)),
  }));
  let best: [number, number] | undefined;
  for (let i = 0; i < tokens.length && tokens[i].start <= at; i++) {
    const j = longestFrom(parts, text, tokens, i, at);
    if (j === undefined) continue;
    const words = j - i + 1;
    const length = tokens[j].end - tokens[i].start;
    if (
      !best ||
      words > best[1] - best[0] + 1 ||
      (words === best[1] - best[0] + 1 && length > tokens[best[1]].end - tokens[best[0]].start)
    ) {
      best = [i, j];
    }
  }
  return best && { start: tokens[best[0]].start, end: tokens[best[1]].end, roles: rolesOf(parts, text, tokens, best[0], best[1]) };
}

/**
 * The roles the titles in these lines name (each title's first role, as its
 * card shows it), in order, at most `limit`: what hover cards will likely be
 * asked for first, so their data can be read before the first hover.
 */
export function rolesNamedIn(matchers: PhraseMatcher | readonly PhrasePart[], lines: readonly string[], limit: number): string[] {
  const found = new Set<string>();
  for (const line of lines) {
    let from = 0;
    for (const word of line.matchAll(WORD)) {
      if (found.size >= limit) return [...found];
      if (word.index < from) continue;
      const match = phraseAt(matchers, line, word.index);
      if (!match) continue;
      found.add(match.roles[0].roleId);
      from = match.end;
    }
  }
  return [...found];
}
