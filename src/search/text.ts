// How titles and queries are cut into words: shared by the index build, the
// query side and the prebuilt index, so all three agree on every token.

// Words that carry no meaning in a job title; dropped from titles and queries
// alike so "Accountants and Auditors" needs no "and" to match.
export const STOP_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'and', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);

/** Lowercase, strip accents and apostrophes, split on anything else that is not a letter or digit. */
export function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2019]/g, '') // "Driver's" -> "drivers", not "driver s"
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '' && !STOP_WORDS.has(w));
}

/** Light plural stripping, applied to titles and queries alike so both sides agree. */
export function stem(w: string): string {
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) return w.slice(0, -3) + 'y'; // secretaries
  if (/(?:sses|xes|zes|ches|shes)$/.test(w)) return w.slice(0, -2); // classes, boxes, coaches
  if (/(?:ss|us|is)$/.test(w)) return w; // boss, status, analysis
  return w.endsWith('s') ? w.slice(0, -1) : w; // nurses, electricians
}

/** Locale-independent string order, so results do not depend on the runtime's ICU data. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** First index in the ascending `arr` for which `before` is false. */
export function lowerBound(arr: ArrayLike<number>, before: (x: number) => boolean): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(arr[mid])) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
