// The prebuilt search index (written at `npm run data:build`) must answer
// exactly like an index built at run time from the same entries.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseSearchIndex, serializeSearchIndex } from '../../src/search/indexFile';
import { buildSearchIndex, searchRoles, type SearchEntry } from '../../src/search/roleSearch';

const ALTERNATES = path.join(__dirname, '..', '..', '..', '..', 'shared', 'public-data', 'onet-29.3', 'Alternate Titles.txt');

function onetEntries(): SearchEntry[] {
  const byCode = new Map<string, { roleId: string; title: string; alternateTitles: string[] }>();
  for (const [code, title, alternate] of readFileSync(ALTERNATES, 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .map((row) => row.split('\t'))) {
    if (!code || !alternate) continue;
    let entry = byCode.get(code);
    if (!entry) byCode.set(code, (entry = { roleId: code, title, alternateTitles: [] }));
    entry.alternateTitles.push(alternate);
  }
  return [...byCode.values()];
}

/** A small seeded generator, so the sample is the same on every run. */
function seeded(seed: number): () => number {
  return () => (seed = (seed * 16807) % 2147483647) / 2147483647;
}

/** Titles as typed: whole, with a letter dropped, swapped or replaced, cut short, or in another word order. */
function sampleQueries(entries: SearchEntry[], count: number): string[] {
  const random = seeded(7);
  const titles = entries.flatMap((e) => [e.title, ...e.alternateTitles]);
  const at = (s: string) => 1 + Math.floor(random() * Math.max(1, s.length - 2));
  const queries: string[] = [];
  for (let i = 0; i < count; i++) {
    const t = titles[Math.floor(random() * titles.length)];
    const k = at(t);
    queries.push(
      [
        t,
        t.slice(0, k) + t.slice(k + 1),
        t.slice(0, k) + (t[k + 1] ?? '') + t[k] + t.slice(k + 2),
        `${t.slice(0, k)}x${t.slice(k + 1)}`,
        t.slice(0, k),
        t.split(' ').reverse().join(' '),
      ][i % 6],
    );
  }
  return queries;
}

describe('the prebuilt search index', () => {
  const entries = onetEntries();
  const built = buildSearchIndex(entries);
  const text = serializeSearchIndex(built);
  const loaded = parseSearchIndex('search-index.json', text);

  it('holds every title of the build', () => {
    assert.equal(loaded.size, built.size);
    assert.ok(loaded.size > 50_000, `${loaded.size} titles`);
  });

  it('answers exactly like the index built at run time (600 sampled queries, typos, prefixes, word order, alternate titles)', () => {
    const queries = [
      ...sampleQueries(entries, 600),
      'registerd nurse',
      'Registered Nurses',
      'nurse registered',
      'regis',
      'Corporate Sustainabilty Proces Manger',
      'blokchain sofware develper',
      'Charge Nurse',
      'the and of',
      '',
      'zzzzzzzz',
      'nurse ',
    ];
    let withHits = 0;
    let viaAlternate = 0;
    for (const q of queries) {
      const expected = searchRoles(built, q, 50);
      assert.deepEqual(searchRoles(loaded, q, 50), expected, q);
      if (expected.length > 0) withHits++;
      if (expected[0]?.viaAlternate) viaAlternate++;
    }
    assert.ok(withHits > 550, `${withHits} queries with hits`);
    assert.ok(viaAlternate > 300, `${viaAlternate} queries answered through an alternate title`);
  });

  it('writes the same bytes for the same entries, and again after a load', () => {
    assert.equal(serializeSearchIndex(buildSearchIndex(entries)), text);
    assert.equal(serializeSearchIndex(loaded), text);
  });

  it('refuses a damaged file, naming it', () => {
    const file = JSON.parse(text) as Record<string, unknown> & { postings: number[]; titleRoles: number[] };
    const broken: [string, string][] = [
      ['truncated', text.slice(0, 1000)],
      ['another format', JSON.stringify({ ...file, format: 99 })],
      ['a posting beyond the titles', JSON.stringify({ ...file, postings: [...file.postings.slice(0, -1), 10_000_000] })],
      ['titles not covered by roles', JSON.stringify({ ...file, titleRoles: file.titleRoles.slice(2) })],
      ['not an object', '[1,2,3]'],
    ];
    for (const [what, bad] of broken) {
      assert.throws(() => parseSearchIndex('data/generated/search-index.json', bad), /^Error: data\/generated\/search-index\.json: /, what);
    }
  });
});
