// The prebuilt hover phrase matcher (data/generated/phrases.json): it answers
// exactly as one built from the same titles, with hand-written roles joined
// at run time as if all were one matcher, and a damaged file is refused.
import * as assert from 'node:assert/strict';
import { readGenerated } from '../../../scripts/buildData';
import { loadSplit } from '../../support/generated';
import { PHRASES_FILE, SEARCH_INDEX_FILE } from '../../../src/model/dataFolders';
import { parseSearchIndex } from '../../../src/search/indexFile';
import { buildSearchIndex } from '../../../src/search/roleSearch';
import { parsePhraseMatcher, serializePhraseMatcher } from '../../../src/search/phraseFile';
import { roleEntries } from '../../../src/search/phraseEntries';
import {
  buildIndexMatcher,
  buildPhraseMatcher,
  phraseAt,
  type PhraseMatch,
  type PhraseMatcher,
  type PhrasePart,
} from '../../../src/search/phrases';

const committed = readGenerated();
const { roles } = loadSplit(committed);
const titleOf = new Map(roles.map((r) => [r.id, r.title]));
const index = parseSearchIndex(SEARCH_INDEX_FILE, committed.get(SEARCH_INDEX_FILE)!);
const text = committed.get(PHRASES_FILE)!;
const loaded = parsePhraseMatcher(PHRASES_FILE, text, index);
// From the roles themselves, not from the index: the prebuilt matcher must answer as this one does.
const built = buildPhraseMatcher(roleEntries(roles), (id) => titleOf.get(id) ?? id);

/** A seeded generator, so a failure can be replayed. */
function seeded(seed: number): () => number {
  return () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

/** Lines made of real titles' words with a few others, and every position in them. */
function* samples(n: number): Generator<[string, number]> {
  const random = seeded(7);
  const words = roles.flatMap((r) => [r.title, ...(r.alternateTitles ?? []).slice(0, 3)]).flatMap((t) => t.split(' '));
  const glue = [' ', ' ', ' ', ', ', ' and ', '. ', ' the ', '/'];
  for (let k = 0; k < n; k++) {
    const parts = Array.from({ length: 2 + Math.floor(random() * 6) }, () => words[Math.floor(random() * words.length)]);
    const line = parts.reduce((a, w) => a + glue[Math.floor(random() * glue.length)] + w);
    for (let i = 0; i < line.length; i += 3) yield [line, i];
  }
}

const brief = (m: PhraseMatch | undefined) => m && { start: m.start, end: m.end, roles: m.roles };

describe('the prebuilt phrase matcher', () => {
  it('is what a build over the committed search index writes, byte for byte, and writes the same bytes after a load', () => {
    assert.equal(serializePhraseMatcher(buildIndexMatcher(index)), text);
    assert.equal(serializePhraseMatcher(loaded), text);
    assert.ok(loaded.phrases > 40_000, `${loaded.phrases} phrases`);
  });

  it('answers like a matcher built from the same titles, at every position of 1,500 lines of real title words', () => {
    let found = 0;
    for (const [line, i] of samples(1500)) {
      const expected = brief(phraseAt(built, line, i));
      assert.deepEqual(brief(phraseAt(loaded, line, i)), expected, JSON.stringify({ line, i }));
      if (expected) found++;
    }
    assert.ok(found > 500, `${found} positions with a title`); // the rest fall between titles
  });

  it('joins hand-written roles as one matcher over all titles would, the roles they replace left out', () => {
    const mine = [
      { id: 'registered-nurses', title: 'Registered Nurses (Ours)', alternateTitles: ['Charge Nurse'] },
      { id: 'my-electricians', title: 'Electricians', alternateTitles: ['Journeyman Wireman', 'Staff Nurse'] },
      { id: 'night-cook', title: 'Night Cook' },
    ];
    const replaced = new Set(mine.map((r) => r.id));
    const official = roles.filter((r) => !replaced.has(r.id));
    const titles = new Map([...roles, ...mine].map((r) => [r.id, r.title]));
    const title = (id: string) => titles.get(id) ?? id;
    const parts: PhrasePart[] = [
      { matcher: buildPhraseMatcher(roleEntries(mine), title) },
      { matcher: loaded, accept: (id) => !replaced.has(id) },
    ];
    const whole: PhraseMatcher = buildPhraseMatcher(roleEntries([...mine, ...official]), title);
    let differentFromOfficial = 0;
    const lines = ['a staff nurse and a charge nurse', 'Electricians, a journeyman wireman', 'the night cook; registered nurses'];
    const cases: [string, number][] = [...lines.flatMap((l) => [...l].map((_, i): [string, number] => [l, i])), ...samples(300)];
    for (const [line, i] of cases) {
      const expected = brief(phraseAt(whole, line, i));
      assert.deepEqual(brief(phraseAt(parts, line, i)), expected, JSON.stringify({ line, i }));
      if (JSON.stringify(expected) !== JSON.stringify(brief(phraseAt(loaded, line, i)))) differentFromOfficial++;
    }
    assert.ok(differentFromOfficial > 10, `${differentFromOfficial} positions where the hand-written roles change the answer`);
    const nurse = phraseAt(parts, 'a staff nurse', 4)!;
    assert.deepEqual(
      nurse.roles.map((r) => r.roleId),
      ['my-electricians'],
      'the official Registered Nurses is replaced, so only the hand-written role with that title is named',
    );
  });

  it('refuses a damaged file, naming it', () => {
    const file = JSON.parse(text) as Record<string, number[]>;
    const broken: [string, string][] = [
      ['truncated', text.slice(0, 1000)],
      ['another format', JSON.stringify({ ...file, format: 99 })],
      ['not an object', '[1,2,3]'],
      ['children not adding up', JSON.stringify({ ...file, children: [...file.children.slice(0, -1), 5] })],
      ['an edge to an unknown word', JSON.stringify({ ...file, edgeWords: [10_000_000, ...file.edgeWords.slice(1)] })],
      ['a title beyond the index', JSON.stringify({ ...file, ends: [...file.ends.slice(0, -1), 10_000_000] })],
      ['ends cut short', JSON.stringify({ ...file, ends: file.ends.slice(0, -1) })],
      ['an own word without its node', JSON.stringify({ ...file, ownWordNodes: file.ownWordNodes.slice(1) })],
      ['words out of order', JSON.stringify({ ...file, words: [...(file.words as unknown as string[])].reverse() })],
    ];
    for (const [what, bad] of broken) {
      assert.throws(() => parsePhraseMatcher('data/generated/phrases.json', bad, index), /^Error: data\/generated\/phrases\.json: /, what);
    }
    const other = buildSearchIndex([{ roleId: 'a', title: 'Alpha', alternateTitles: [] }]);
    assert.throws(() => parsePhraseMatcher('data/generated/phrases.json', text, other), /made for a search index of \d+ titles, not 1/);
  });
});
