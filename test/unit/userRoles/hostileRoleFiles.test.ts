// Hostile user role files (issue 17): nesting that would overflow a recursive
// parser, text larger in bytes than in characters, titles that hide or
// reorder text, a flood of alternate titles, paths that leave the folder.
// Each file is judged on its own: one bad file never stops the others.
import * as assert from 'node:assert/strict';
import { LIMITS } from '../../../src/limits';
import { parseRoleFile } from '../../../src/model/loadRoles';
import { locateProblems } from '../../../src/roleFiles/roleFileLocations';
import { toPattern } from '../../../src/roleFiles/rolePatterns';
import { combineUserFiles, parseUserFile } from '../../../src/roleFiles/userRoles';

const good = JSON.stringify({ roles: [{ id: 'my-good', title: 'Good Role', category: 'Mine' }] }, null, 2);
const nested = (depth: number) => `{"roles":[${'['.repeat(depth)}${']'.repeat(depth)}]}`;
const withTitle = (title: string, alternateTitles?: string[]) =>
  parseRoleFile('t.json', JSON.stringify({ roles: [{ id: 'x', title, category: 'Mine', alternateTitles }] }));

describe('hostile role files', () => {
  it('a file nested 9,000 levels deep is one clear problem, located, and the good file beside it loads', () => {
    const deep = nested(9_000);
    const parsed = parseUserFile('deep.json', deep);
    assert.deepEqual(parsed.roles, []);
    assert.equal(parsed.problems.length, 1);
    assert.match(parsed.problems[0].message, new RegExp(`nested deeper than ${LIMITS.jsonDepth} levels`));
    const [at] = locateProblems(deep, parsed.problems);
    assert.ok(at.start >= 0 && at.start <= deep.length, 'placed in the text');
    const combined = combineUserFiles([parseUserFile('a.json', good), parsed], () => false);
    assert.deepEqual(
      combined.roles.map((r) => r.id),
      ['my-good'],
    );
  });

  it('a file of millions of values is one problem before JSON.parse builds them, and a real-sized file is read', () => {
    const numbers = `{"roles":[{"id":"my-n","title":"N","category":"Mine","x":[${'1,'.repeat(2_000_000)}1]}]}`;
    const parsed = parseUserFile('numbers.json', numbers);
    assert.deepEqual(parsed.roles, []);
    assert.equal(parsed.problems.length, 1);
    assert.match(
      parsed.problems[0].message,
      /^holds more than 500,000 values \(the largest real role file has about 50,000\); the file was not read$/,
    );
    const [at] = locateProblems(numbers, parsed.problems);
    assert.ok(at.start > 0 && at.start < numbers.length, 'placed where the count passed the limit');
    const titles = Array.from({ length: LIMITS.jsonValues / 2 }, (_, i) => `Title ${i}`);
    const fits = parseRoleFile(
      'fits.json',
      JSON.stringify({ roles: [{ id: 'my-t', title: 'T', category: 'Mine', alternateTitles: titles }] }),
    );
    assert.ok(fits.problems.every((p) => !/holds more than/.test(p.message)));
  });

  it('nesting inside strings does not count, and a file at the limit is read', () => {
    const text = JSON.stringify({ roles: [{ id: 'my-x', title: '[[[[{{{{'.repeat(500), category: 'Mine' }] });
    assert.deepEqual(parseRoleFile('s.json', text).problems, []);
    assert.doesNotMatch(parseRoleFile('n.json', nested(LIMITS.jsonDepth - 3)).problems[0]?.message ?? '', /nested deeper/);
  });

  it('typed text (a string) is measured in UTF-8 bytes, not characters', () => {
    const text = `{"roles":[{"id":"x","title":"${'€'.repeat(6_000_000)}","category":"c"}]}`;
    const [p] = parseRoleFile('big.json', text).problems;
    assert.match(p.message, /MB, at most 16\.0 MB: the file was not read/);
  });

  for (const [what, title] of [
    ['only whitespace', ' \t\u00a0\u3000 '],
    ['control characters', '\u0007\u0008'],
    ['a control character inside', 'Nurse\u0000Manager'],
    ['a bidi override', 'Nurse \u202eregnaM'],
    ['a bidi isolate', 'Nurse \u2066x\u2069'],
    ['a left-to-right mark', 'Nurse\u200e'],
  ] as const) {
    it(`refuses a title of ${what}, and the same as an alternate title`, () => {
      const [p] = withTitle(title).problems;
      assert.equal(p?.field, 'title');
      assert.match(p.message, /title|character/);
      const [q] = withTitle('Fine', ['Also Fine', title]).problems;
      assert.equal(q?.field, 'alternateTitles[1]');
    });
  }

  it('accepts titles in any script, with accents and an ordinary tab-free space', () => {
    assert.deepEqual(withTitle('Ingénieure en chef — 主任工程师 (مهندس)', ['Chef d’équipe']).problems, []);
  });

  it("bounds a file's alternate titles: what is dropped is named, every role still loads", () => {
    const per = 1_000;
    const roles = Array.from({ length: LIMITS.alternateTitlesPerFile / per + 5 }, (_, i) => ({
      id: `r${i}`,
      title: `Role ${i}`,
      category: 'Mine',
      alternateTitles: Array.from({ length: per }, (_, j) => `Title ${i}-${j}`),
    }));
    const parsed = parseUserFile('many.json', JSON.stringify({ roles }));
    assert.equal(parsed.roles.length, roles.length);
    const kept = parsed.roles.reduce((n, r) => n + (r.alternateTitles?.length ?? 0), 0);
    assert.equal(kept, LIMITS.alternateTitlesPerFile);
    const [p] = parsed.problems;
    assert.match(p.message, /5,000 alternate titles of 5 roles.* left out/);
    assert.equal(p.role, `r${LIMITS.alternateTitlesPerFile / per}`);
  });

  it('a pattern with backslashes is a path like one with slashes: ..\\ cannot leave the folder', () => {
    assert.equal(toPattern('..\\..\\x'), undefined);
    assert.equal(toPattern('roles\\..\\..\\x.json'), undefined);
    assert.equal(toPattern('\\\\server\\share'), undefined);
    assert.equal(toPattern('\\etc'), undefined);
    assert.equal(toPattern('roles\\offers'), 'roles/offers/*.json');
    assert.equal(toPattern('roles\\a.json'), 'roles/a.json');
  });
});
