// The baseline for the search benchmark: the same question answered by a
// plain scan — every title, every query word, the same tolerance (exact,
// prefix of the last word, one edit) — with titles tokenised once up front.
import type { SearchEntry } from '../src/search/roleSearch';

const words = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);

function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === a.length || i === b.length) return Math.abs(a.length - b.length) <= 1;
  if (a.length === b.length)
    return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

export function linearScanner(entries: readonly SearchEntry[]): (query: string) => string[] {
  const titles = entries.flatMap((e) => [e.title, ...e.alternateTitles].map((t) => ({ roleId: e.roleId, tokens: words(t) })));
  return (query) => {
    const q = words(query);
    if (q.length === 0) return [];
    const hits = new Set<string>();
    for (const title of titles) {
      const ok = q.every((w, i) =>
        title.tokens.some((t) => t === w || (i === q.length - 1 && t.startsWith(w)) || (w.length >= 4 && withinOneEdit(w, t))),
      );
      if (ok) hits.add(title.roleId);
    }
    return [...hits];
  };
}
