import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { buildSearchIndex, searchRoles, type RoleSearchIndex, type SearchEntry } from '../../src/search/roleSearch';

const ENTRIES: SearchEntry[] = [
  { roleId: '29-1141.00', title: 'Registered Nurses', alternateTitles: ['RN (Registered Nurse)', 'Staff Nurse'] },
  {
    roleId: '29-1171.00',
    title: 'Nurse Practitioners',
    alternateTitles: ['Family Nurse Practitioner', 'Certified Registered Nurse Practitioner'],
  },
  { roleId: '47-2111.00', title: 'Electricians', alternateTitles: ['Journeyman Electrician', 'Wireman'] },
  { roleId: '35-2014.00', title: 'Cooks, Restaurant', alternateTitles: ['Café Cook', 'Line Cook'] },
  { roleId: '13-2011.00', title: 'Accountants and Auditors', alternateTitles: ['Certified Public Accountant', 'Internal Auditor'] },
  { roleId: '15-1252.00', title: 'Software Developers', alternateTitles: ['Developers, Software', 'Application Developer'] },
  { roleId: '15-1251.00', title: 'Computer Programmers', alternateTitles: ['Software Developer', 'Coder'] },
];
const index = buildSearchIndex(ENTRIES);

const ids = (query: string, limit?: number) => searchRoles(index, query, limit).map((h) => h.roleId);
const first = (query: string) => searchRoles(index, query)[0];
const scoreOf = (query: string, roleId: string) => searchRoles(index, query).find((h) => h.roleId === roleId)?.score;

describe('role search', () => {
  it('counts every title string it indexes', () => {
    assert.equal(
      index.size,
      ENTRIES.reduce((n, e) => n + 1 + e.alternateTitles.length, 0),
    );
  });

  it('skips duplicate titles and merges entries that repeat a roleId', () => {
    const merged = buildSearchIndex([
      { roleId: 'x', title: 'Line Cooks', alternateTitles: ['line cook', 'Grill Cook'] },
      { roleId: 'x', title: 'Ignored', alternateTitles: ['Fry Cook'] },
    ]);
    assert.equal(merged.size, 4); // "line cook" repeats "Line Cooks"
    assert.deepEqual(
      searchRoles(merged, 'cook').map((h) => [h.roleId, h.title, h.matched]),
      [['x', 'Line Cooks', 'Line Cooks']],
    );
    assert.equal(searchRoles(merged, 'fry')[0].matched, 'Fry Cook');
    assert.equal(searchRoles(merged, 'ignored')[0].viaAlternate, true);
  });

  it('finds a role by its exact title', () => {
    assert.deepEqual(first('Registered Nurses'), {
      roleId: '29-1141.00',
      title: 'Registered Nurses',
      matched: 'Registered Nurses',
      viaAlternate: false,
      score: first('Registered Nurses').score,
    });
  });

  it('ignores case, punctuation and accents', () => {
    assert.equal(first('REGISTERED nurses').roleId, '29-1141.00');
    assert.equal(first('registered-nurses!').roleId, '29-1141.00');
    assert.equal(first('Nurse-Practitioner').roleId, '29-1171.00');
    assert.equal(first('cafe cook').matched, 'Café Cook');
    assert.equal(first('CAFÉ COOK').matched, 'Café Cook');
  });

  it('ignores word order', () => {
    assert.equal(first('nurse registered').roleId, '29-1141.00');
    assert.equal(first('auditors accountants').roleId, '13-2011.00');
  });

  it('matches singular and plural forms', () => {
    assert.deepEqual(first('electrician'), first('electricians'));
    assert.equal(first('electrician').matched, 'Electricians');
    assert.deepEqual(ids('nurse').sort(), ['29-1141.00', '29-1171.00']);
    assert.equal(first('journeyman electricians').matched, 'Journeyman Electrician');
  });

  it('tolerates one typo in tokens of 4+ characters', () => {
    for (const typo of ['electrikian', 'electrcian', 'electriciann', 'elecrtician']) {
      assert.equal(first(typo)?.roleId, '47-2111.00', typo); // substitution, deletion, insertion, transposition
    }
    assert.equal(first('nurze practitioner')?.roleId, '29-1171.00');
    assert.deepEqual(ids('coderr'), ['15-1251.00']);
  });

  it('tolerates two typos only in tokens of 8+ characters, and none below 4', () => {
    assert.equal(first('elektrikian')?.roleId, '47-2111.00');
    assert.equal(first('acountnt')?.roleId, '13-2011.00');
    assert.deepEqual(ids('wiremn'), ['47-2111.00']); // one edit at 6 chars
    assert.deepEqual(ids('wirmn'), []); // two edits at 5 chars
    assert.deepEqual(ids('cok '), []); // 3 chars: no typo budget
  });

  it('treats the last token as a prefix while it is being typed', () => {
    assert.equal(first('regis')?.roleId, '29-1141.00');
    assert.equal(first('registered nur')?.roleId, '29-1141.00');
    assert.equal(first('journeyman e')?.matched, 'Journeyman Electrician');
    assert.deepEqual(ids('regis nurse'), []); // only the last token may be a prefix
    assert.deepEqual(ids('regis '), []); // a trailing separator ends the token
  });

  it('finds roles through alternate titles and reports which one matched', () => {
    const hit = first('wireman');
    assert.equal(hit.roleId, '47-2111.00');
    assert.equal(hit.title, 'Electricians');
    assert.equal(hit.matched, 'Wireman');
    assert.equal(hit.viaAlternate, true);
    assert.equal(first('public accountant').matched, 'Certified Public Accountant');
  });

  it('ranks a role title above an alternate title of the same match quality', () => {
    const hits = searchRoles(index, 'software developer');
    assert.deepEqual(
      hits.map((h) => [h.roleId, h.matched, h.viaAlternate]),
      [
        ['15-1252.00', 'Software Developers', false], // beats its own alternate "Developers, Software"
        ['15-1251.00', 'Software Developer', true],
      ],
    );
  });

  it('requires every query token to match (AND)', () => {
    assert.deepEqual(ids('nurse practitioner'), ['29-1171.00']);
    assert.deepEqual(ids('nurse electrician'), []);
    assert.deepEqual(ids('registered nurse plumber'), []);
  });

  it('drops stop words from queries', () => {
    assert.equal(first('accountants and auditors').roleId, '13-2011.00');
    assert.equal(first('auditor of the accountants').roleId, '13-2011.00');
    assert.deepEqual(ids('the of and or in for'), []);
  });

  it('returns nothing for an empty or blank query', () => {
    assert.deepEqual(searchRoles(index, ''), []);
    assert.deepEqual(searchRoles(index, '   \t '), []);
    assert.deepEqual(searchRoles(index, '—!?'), []);
  });

  it('returns one hit per role, best first, up to the limit (default 20)', () => {
    const many = buildSearchIndex(
      Array.from({ length: 30 }, (_, i) => ({ roleId: `r${i}`, title: `Widget Maker ${i}`, alternateTitles: [`Widget Tester ${i}`] })),
    );
    assert.equal(searchRoles(many, 'widget').length, 20);
    assert.equal(searchRoles(many, 'widget', 5).length, 5);
    assert.equal(searchRoles(many, 'widget', 100).length, 30);
    assert.deepEqual(searchRoles(many, 'widget', 0), []);
    const hits = searchRoles(index, 'nurse');
    assert.equal(new Set(hits.map((h) => h.roleId)).size, hits.length);
    assert.deepEqual(ids('nurse', 1), [hits[0].roleId]);
  });

  it('ranks exact above prefix above typo, then shorter titles, then by title', () => {
    const ranked = buildSearchIndex([
      { roleId: 'typo', title: 'Coop Managers', alternateTitles: [] },
      { roleId: 'prefix', title: 'Cookie Bakers', alternateTitles: [] },
      { roleId: 'long', title: 'Head Line Cooks', alternateTitles: [] },
      { roleId: 'short', title: 'Cooks', alternateTitles: [] },
      { roleId: 'tieB', title: 'Prep Cooks', alternateTitles: [] },
      { roleId: 'tieA', title: 'Fry Cooks', alternateTitles: [] },
    ]);
    const hits = searchRoles(ranked, 'cook');
    assert.deepEqual(
      hits.map((h) => h.roleId),
      ['short', 'tieA', 'tieB', 'long', 'prefix', 'typo'],
    );
    for (let i = 1; i < hits.length; i++) assert.ok(hits[i - 1].score >= hits[i].score);
    // The same role scores lower as the match degrades.
    const exact = scoreOf('electrician', '47-2111.00')!;
    const prefix = scoreOf('electric', '47-2111.00')!;
    const typo = scoreOf('electrcian', '47-2111.00')!;
    assert.ok(exact > prefix && prefix > typo, `${exact} > ${prefix} > ${typo}`);
  });

  it('is deterministic', () => {
    const again = buildSearchIndex([...ENTRIES].reverse());
    for (const q of ['nurse', 'software developer', 'cook', 'regis', 'electrcian']) {
      assert.deepEqual(searchRoles(index, q), searchRoles(index, q), q);
      assert.deepEqual(
        searchRoles(again, q).map((h) => [h.roleId, h.score]),
        searchRoles(index, q).map((h) => [h.roleId, h.score]),
        q,
      );
    }
  });
});

describe('role search over O*NET alternate titles', () => {
  const file = path.join(__dirname, '..', '..', '..', '..', 'shared', 'public-data', 'onet-29.3', 'Alternate Titles.txt');
  const byCode = new Map<string, { roleId: string; title: string; alternateTitles: string[] }>();
  let onet: RoleSearchIndex;
  before(() => {
    const rows = readFileSync(file, 'utf8').split(/\r?\n/).slice(1);
    for (const [code, title, alternate] of rows.map((row) => row.split('\t'))) {
      if (!code || !alternate) continue;
      let entry = byCode.get(code);
      if (!entry) byCode.set(code, (entry = { roleId: code, title, alternateTitles: [] }));
      entry.alternateTitles.push(alternate);
    }
    onet = buildSearchIndex([...byCode.values()]);
  });
  const top = (query: string, n = 3) => searchRoles(onet, query, n).map((h) => h.roleId);

  it('indexes the whole file', () => {
    assert.ok(byCode.size > 800, `${byCode.size} roles`);
    assert.ok(onet.size > 50_000, `${onet.size} titles`);
  });

  it('finds occupations by real alternate titles, also with typos', () => {
    const cases: [string, string, string][] = [
      ['Corporate Sustainability Process Manager', 'Corporate Sustainabilty Proces Manger', '11-1011.03'],
      ['Aeronautics Commission Director', 'Aeronautic Comission Directr', '11-1011.00'],
      ['Blockchain Software Developer', 'blokchain sofware develper', '15-1299.07'],
    ];
    for (const [alternate, typo, code] of cases) {
      assert.ok(byCode.get(code)!.alternateTitles.includes(alternate), `${alternate} is an alternate title of ${code}`);
      assert.ok(top(alternate).includes(code), alternate);
      assert.equal(searchRoles(onet, alternate, 3).find((h) => h.roleId === code)?.matched, alternate);
      assert.ok(top(typo).includes(code), typo);
    }
  });

  it('puts Registered Nurses first for a misspelled "registerd nurse"', () => {
    assert.equal(top('registerd nurse')[0], '29-1141.00');
    assert.equal(top('nurse registered')[0], '29-1141.00');
    assert.equal(top('regis')[0], '29-1141.00');
  });
});
