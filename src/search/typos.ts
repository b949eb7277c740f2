// Typo tolerance: a SymSpell deletion neighbourhood of every vocabulary token,
// kept as a hash table in typed arrays. Built from the vocabulary alone in a
// few milliseconds, so the prebuilt index need not store it.

// Variants are hashed in O(1) each from prefix hashes: a polynomial hash mod
// 2^32 lets "w without positions i and j" be combined from three slices of w.
// A final 32-bit mix (a bijection) spreads it over the bucket bits.
const BASE = 0x01000193;

function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

let prefix = new Int32Array(64); // prefix[k]: hash of w[0..k)
let power = new Int32Array(64); // power[k]: BASE^k

/**
 * Only a token's first characters get a neighbourhood (SymSpell's prefix
 * trick). It stays complete: if w minus D equals v minus E, their prefixes of
 * this length meet after at most max(|D|, |E|) deletions on each side. Every
 * candidate is then confirmed on the whole token, so results are unchanged;
 * the table shrinks by half.
 */
const PREFIX_LENGTH = 7;

/** How many variants `variantHashes` writes for a token of this length and depth (repeats included). */
export function variantCount(length: number, depth: number): number {
  const n = Math.min(length, PREFIX_LENGTH);
  return 1 + (depth >= 1 ? n : 0) + (depth >= 2 ? (n * (n - 1)) / 2 : 0);
}

/**
 * Writes into `out` from `at` the hash of `w`'s prefix and of every string obtained by
 * deleting up to `depth` (0-2) characters from it: its SymSpell deletion
 * neighbourhood. Returns the position after the last one written. A variant
 * may come twice (deleting either of two equal letters); lookups tolerate it.
 */
export function variantHashes(w: string, depth: number, out: Uint32Array, at: number): number {
  const n = Math.min(w.length, PREFIX_LENGTH);
  if (prefix.length <= n + 1) {
    prefix = new Int32Array(2 * n + 2);
    power = new Int32Array(2 * n + 2);
  }
  power[0] = 1;
  for (let k = 0; k < n; k++) {
    prefix[k + 1] = (Math.imul(prefix[k], BASE) + w.charCodeAt(k)) | 0;
    power[k + 1] = Math.imul(power[k], BASE);
  }
  // Hash of w[a..b), and of w[b..n) shifted into place at the end.
  const slice = (a: number, b: number) => (prefix[b] - Math.imul(prefix[a], power[b - a])) | 0;
  out[at++] = mix(prefix[n]);
  for (let i = 0; depth >= 1 && i < n; i++) {
    out[at++] = mix((Math.imul(prefix[i], power[n - 1 - i]) + slice(i + 1, n)) | 0);
    for (let j = i + 1; depth >= 2 && j < n; j++) {
      out[at++] = mix((Math.imul(prefix[i], power[n - 2 - i]) + Math.imul(slice(i + 1, j), power[n - 1 - j]) + slice(j + 1, n)) | 0);
    }
  }
  return at;
}

/** Typo budget for a token: none below 4 chars, one edit from 4, two from 8. */
export function maxEdits(length: number): number {
  return length >= 8 ? 2 : length >= 4 ? 1 : 0;
}

/**
 * How deep a vocabulary token's neighbourhood must go: the largest budget a
 * query could apply to it. A query of 4+ chars (1 edit) reaches tokens of 3+,
 * one of 8+ (2 edits) tokens of 6+.
 */
function indexDepth(length: number): number {
  return length >= 6 ? 2 : length >= 3 ? 1 : 0;
}

/** Optimal-string-alignment distance (Damerau-Levenshtein with adjacent transpositions), or max+1 if larger than `max`. */
export function editDistance(a: string, b: string, max: number): number {
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

/** Variant hash → the tokens having that variant, bucketed by the hash's low bits (CSR layout). */
export interface VariantTable {
  mask: number;
  /** bucket b's entries are [start[b], start[b + 1]) */
  start: Uint32Array;
  hash: Uint32Array;
  token: Uint32Array;
}

export function buildVariantTable(tokens: readonly string[]): VariantTable {
  let total = 0;
  for (const tok of tokens) if (indexDepth(tok.length) > 0) total += variantCount(tok.length, indexDepth(tok.length));
  const hashes = new Uint32Array(total);
  const owners = new Uint32Array(total);
  let n = 0;
  for (let t = 0; t < tokens.length; t++) {
    const depth = indexDepth(tokens[t].length);
    if (depth === 0) continue; // too short for any query's budget to reach
    const end = variantHashes(tokens[t], depth, hashes, n);
    owners.fill(t, n, end);
    n = end;
  }
  let buckets = 1;
  while (buckets * 4 < n) buckets *= 2; // about 4 entries a bucket: the counts stay in cache while the table is built
  const mask = buckets - 1;
  const start = new Uint32Array(buckets + 1);
  for (let i = 0; i < n; i++) start[(hashes[i] & mask) + 1]++;
  for (let b = 0; b < buckets; b++) start[b + 1] += start[b];
  const fill = start.slice(0, buckets);
  const hash = new Uint32Array(n);
  const token = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const at = fill[hashes[i] & mask]++;
    hash[at] = hashes[i];
    token[at] = owners[i];
  }
  return { mask, start, hash, token };
}

/** Calls `visit` with each token id that has a variant hashing to `h` (possibly more than once; collisions included). */
export function lookupVariant(table: VariantTable, h: number, visit: (token: number) => void): void {
  const b = h & table.mask;
  for (let i = table.start[b]; i < table.start[b + 1]; i++) if (table.hash[i] === h) visit(table.token[i]);
}
