import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  betterPaidMoves,
  buildSimilarityIndex,
  MOVE_CANDIDATES,
  MOVE_MIN_RAISE,
  rankBySimilarity,
  similarity,
  similarRoles,
} from '../../../src/compare/similarity';
import { similarRolesSection } from '../../../src/compare/sections/similarRoles';
import type { ProfileSet } from '../../../src/model/profiles';
import { parseCatalogFile } from '../../../src/model/generatedCatalog';
import { readGenerated } from '../../../scripts/buildData';
import { ComparisonViewSchema } from '../../../src/protocol/comparisonView';
import { officialRoles } from '../../support/officialData';
import { committedProfiles } from '../../support/profiles';
import { FUZZ_SEED, fuzzRuns } from '../../support/fuzz';

const { profiles, index } = committedProfiles();
const catalog = parseCatalogFile('catalog.json', readGenerated().get('catalog.json')!);
const byId = new Map(catalog.summaries.map((s) => [s.id, s]));
const ids = [...profiles.byId.keys()];

describe('similar roles (cosine of centred O*NET importance profiles)', () => {
  it('profiles every official role with skills: 717 roles, 35 skills, 33 knowledge areas', () => {
    assert.equal(profiles.byId.size, 717);
    assert.equal(profiles.skills.length, 35);
    assert.equal(profiles.knowledge.length, 33);
  });

  it('is symmetric, exactly, for every pair of a sample', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ids), fc.constantFrom(...ids), (a, b) => {
        assert.equal(similarity(index, a, b), similarity(index, b, a));
      }),
      { numRuns: fuzzRuns(500), seed: FUZZ_SEED },
    );
  });

  it('ranks every role most similar to itself (1, and no other role above it), for every role', () => {
    for (const id of ids) {
      const self = similarity(index, id, id)!;
      assert.ok(Math.abs(self - 1) < 1e-9, `${id}: ${self}`);
      const top = rankBySimilarity(index, id)[0];
      assert.ok(top.similarity <= self + 1e-12, `${id}: ${top.id} above itself`);
    }
  });

  it('keeps every similarity within −1 and 1', () => {
    for (const id of ids.slice(0, 100))
      for (const s of rankBySimilarity(index, id)) assert.ok(s.similarity >= -1 - 1e-9 && s.similarity <= 1 + 1e-9);
  });

  it('orders by similarity, ties by id, the same whatever order the profiles come in', () => {
    const reversed: ProfileSet = { ...profiles, byId: new Map([...profiles.byId].reverse()) };
    const again = buildSimilarityIndex(reversed);
    for (const id of ['registered-nurses', 'electricians', 'lawyers']) {
      const ranked = rankBySimilarity(index, id);
      assert.deepEqual(rankBySimilarity(again, id), ranked);
      for (let i = 1; i < ranked.length; i++) {
        const [a, b] = [ranked[i - 1], ranked[i]];
        assert.ok(a.similarity > b.similarity || (a.similarity === b.similarity && a.id < b.id), `${a.id} before ${b.id}`);
      }
    }
  });

  it('breaks a tie by id: two roles with the same profile come next to each other, in id order', () => {
    const twin = (id: string) => profiles.byId.get(id)!;
    const set: ProfileSet = {
      ...profiles,
      byId: new Map([...profiles.byId, ['zz-copy-of-lawyers', twin('lawyers')], ['aa-copy-of-lawyers', twin('lawyers')]]),
    };
    const ranked = rankBySimilarity(buildSimilarityIndex(set), 'electricians').map((s) => s.id);
    const at = ranked.indexOf('aa-copy-of-lawyers');
    assert.deepEqual(ranked.slice(at, at + 3), ['aa-copy-of-lawyers', 'lawyers', 'zz-copy-of-lawyers']);
  });

  it('puts pairs a careers adviser would call close above pairs they would not', () => {
    const closer: [string, string, string][] = [
      ['registered-nurses', 'licensed-practical-and-licensed-vocational-nurses', 'electricians'],
      ['electricians', 'plumbers-pipefitters-and-steamfitters', 'lawyers'],
      ['lawyers', 'paralegals-and-legal-assistants', 'cooks-restaurant'],
      ['cooks-restaurant', 'cooks-institution-and-cafeteria', 'statisticians'],
      ['accountants-and-auditors', 'financial-managers', 'carpenters'],
      ['carpenters', 'plumbers-pipefitters-and-steamfitters', 'accountants-and-auditors'],
    ];
    for (const [role, near, far] of closer) {
      const a = similarity(index, role, near)!;
      const b = similarity(index, role, far)!;
      assert.ok(a > 0.6 && b < 0.2 && a > b, `${role}: ${near} ${a.toFixed(2)} vs ${far} ${b.toFixed(2)}`);
    }
    assert.ok(
      similarRoles(index, 'registered-nurses', 5).some((s) => s.id === 'licensed-practical-and-licensed-vocational-nurses'),
      'LPNs among the five most similar to Registered Nurses',
    );
  });

  it('says nothing of a role without a profile (the reference roles)', () => {
    assert.equal(similarity(index, 'technical-manager', 'registered-nurses'), undefined);
    assert.deepEqual(similarRoles(index, 'technical-manager'), []);
  });
});

describe('better-paid moves', () => {
  const yearlyOf = (id: string) => byId.get(id)?.pay?.yearly;
  const value = (id: string) => {
    const w = yearlyOf(id)!;
    return typeof w === 'number' ? w : w.atLeast;
  };

  it('are among the most similar roles, pay at least 5% more, most similar first', () => {
    for (const id of ['registered-nurses', 'electricians', 'cooks-restaurant', 'paralegals-and-legal-assistants']) {
      const candidates = similarRoles(index, id, MOVE_CANDIDATES).map((s) => s.id);
      const moves = betterPaidMoves(index, id, yearlyOf);
      assert.ok(moves.length > 0, id);
      for (const m of moves) {
        assert.ok(candidates.includes(m.id), `${m.id} among the candidates`);
        assert.ok(value(m.id) >= (yearlyOf(id) as number) * (1 + MOVE_MIN_RAISE), `${m.id} pays more than ${id}`);
      }
      for (let i = 1; i < moves.length; i++) assert.ok(moves[i - 1].similarity >= moves[i].similarity);
    }
  });

  it('lists none for a top-coded role (nothing is known to pay more than "≥ $239,200"), and counts a top-coded move at its floor', () => {
    const topCoded = (id: string) => (id === 'lawyers' ? { atLeast: 239200 } : yearlyOf(id));
    assert.deepEqual(betterPaidMoves(index, 'lawyers', topCoded), []);
    const toTopCoded = betterPaidMoves(index, 'paralegals-and-legal-assistants', topCoded);
    assert.ok(toTopCoded.some((m) => m.id === 'lawyers'));
  });
});

describe('the similar roles section', () => {
  const nurses = officialRoles().get('29-1141')!;
  const source = profiles.source;

  it('lists each role’s similar roles and moves with similarity, pay and growth against it, and states the measure', () => {
    const [section] = similarRolesSection([nurses], { index, byId, source });
    assert.equal(section.kind, 'links');
    if (section.kind !== 'links') return;
    assert.deepEqual(
      section.groups.map((g) => g.heading),
      ['Most similar to Registered Nurses', 'Better-paid moves from Registered Nurses'],
    );
    const first = section.groups[0].roles[0];
    assert.match(first.detail!, /^similarity 0\.\d\d · \$[\d,]+ a year \([+−]\$[\d,]+\) · growth [+-]?[\d.]+% \([+−][\d.]+ points\)$/);
    assert.ok(section.notes!.some((n) => n.includes('cosine similarity')));
    assert.ok(section.sources.some((s) => s.startsWith('O*NET 29.3 Database, 2025')));
    ComparisonViewSchema.parse({
      title: 't',
      roles: [{ id: nurses.id, title: nurses.title }],
      headline: [],
      announcement: 'a',
      sections: [section],
    });
  });
});
