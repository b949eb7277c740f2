// Problems of broken role files placed at the line and column of the bad value.
import * as assert from 'node:assert/strict';
import { parseRoleFile } from '../../../src/model/loadRoles';
import { fieldPath, locateProblems, positionAt, positionsAt } from '../../../src/roleFiles/roleFileLocations';
import { combineUserFiles, parseUserFile } from '../../../src/roleFiles/userRoles';

/** Each located problem as "line:column-line:column message" (1-based, as an editor shows it), with the text underlined. */
function located(text: string, problems = parseRoleFile('f.json', text).problems): { at: string; text: string; message: string }[] {
  return locateProblems(text, problems).map((p) => {
    const s = positionAt(text, p.start);
    const e = positionAt(text, p.end);
    return {
      at: `${s.line + 1}:${s.character + 1}-${e.line + 1}:${e.character + 1}`,
      text: text.slice(p.start, p.end),
      message: p.message,
    };
  });
}

const good = `{
  "roles": [
    {
      "id": "my-role",
      "title": "My Role",
      "category": "Mine",
      "pay": { "source": { "name": "My offer", "year": 2026 }, "yearly": 90000 }
    }
  ]
}
`;

describe('role file problems with positions', () => {
  it('a clean file has none', () => {
    assert.deepEqual(located(good), []);
  });

  it('a syntax error: a missing comma, at the next field', () => {
    const text = good.replace('"title": "My Role",', '"title": "My Role"');
    const [p] = located(text);
    assert.equal(p.at, '6:7-6:17');
    assert.equal(p.text, '"category"');
    assert.equal(p.message, 'not valid JSON: a comma is expected here');
  });

  it('a syntax error: a trailing comma and a comment are refused where they are', () => {
    const trailing = located(good.replace('"yearly": 90000 }', '"yearly": 90000, }'));
    assert.equal(trailing[0].at, '7:81-7:82');
    assert.equal(trailing[0].text, '}');
    assert.match(trailing[0].message, /field name in double quotes/);
    const comment = located(good.replace('"id": "my-role",', '"id": "my-role", // mine'));
    assert.equal(comment[0].at, '4:24-4:31');
    assert.match(comment[0].message, /comments are not allowed/);
  });

  it('a wrong type: the value itself', () => {
    const [p] = located(good.replace('"yearly": 90000', '"yearly": "lots"'));
    assert.equal(p.at, '7:74-7:80');
    assert.equal(p.text, '"lots"');
    assert.match(p.message, /^role "my-role", field "pay.yearly": expected dollars/);
  });

  it('a missing field: the object that lacks it, by its field name', () => {
    const [p] = located(good.replace('"source": { "name": "My offer", "year": 2026 }, ', ''));
    assert.equal(p.text, '"pay"');
    assert.equal(p.at, '7:7-7:12');
    assert.match(p.message, /field "pay.source"/);
  });

  it("a missing field of a role: the role's opening brace", () => {
    const [p] = located(good.replace('"title": "My Role",', ''));
    assert.equal(p.at, '3:5-3:6');
    assert.equal(p.text, '{');
    assert.match(p.message, /field "title"/);
  });

  it('a duplicate key: the second occurrence of the key', () => {
    const text = good.replace('"title": "My Role",', '"title": "My Role",\n      "title": "Mine",');
    const [p] = located(text);
    assert.equal(p.at, '6:7-6:14');
    assert.equal(p.text, '"title"');
    assert.match(p.message, /appears twice in one object; the last one is used/);
  });

  it('a bad id: the id value', () => {
    const [p] = located(good.replace('"my-role"', '"My Role"'));
    assert.equal(p.at, '4:13-4:22');
    assert.equal(p.text, '"My Role"');
    assert.match(p.message, /lower-case letters/);
  });

  it('an unknown field: its name', () => {
    const [p] = located(good.replace('"category": "Mine",', '"category": "Mine",\n      "salary": 5,'));
    assert.equal(p.text, '"salary"');
    assert.equal(p.at, '7:7-7:15');
  });

  it('a problem in the second role and in a list item', () => {
    const text = JSON.stringify(
      {
        roles: [
          { id: 'a', title: 'A', category: 'X' },
          {
            id: 'b',
            title: 'B',
            category: 'X',
            skills: { source: { name: 'S', year: null }, measure: 'share', items: [{ name: 'x', value: -1 }] },
          },
        ],
      },
      null,
      2,
    );
    const [p] = located(text);
    assert.equal(p.text, '-1');
    assert.match(p.message, /^role "b", field "skills.items\[0\].value"/);
  });

  it('an official id in a user file: the id value, and the role is not loaded', () => {
    const text = good.replace('"my-role"', '"registered-nurses"');
    const parsed = parseUserFile('mine.json', text);
    const combined = combineUserFiles([parsed], (id) => id === 'registered-nurses');
    assert.deepEqual(combined.roles, []);
    const [p] = located(text, combined.problems.get('mine.json'));
    assert.equal(p.text, '"registered-nurses"');
    assert.match(p.message, /official role's id; give your role its own id \(e.g. "my-registered-nurses"\)/);
  });

  it('a file that is not UTF-8 or is empty: a line, never an exception', () => {
    const bytes = new Uint8Array([...Buffer.from('{"roles": [\n  "caf'), 0xe9, ...Buffer.from('"]}')]);
    const parsed = parseUserFile('latin1.json', bytes);
    const [p] = locateProblems(parsed.text, parsed.problems);
    assert.deepEqual(positionAt(parsed.text, p.start), { line: 1, character: 0 });
    assert.match(p.message, /not valid UTF-8/);
    const empty = located('');
    assert.equal(empty.length, 1);
    assert.match(empty[0].message, /not valid JSON/);
  });

  it("reads the loader's field notation back into a path", () => {
    assert.deepEqual(fieldPath('skills.items[0].name'), ['skills', 'items', 0, 'name']);
    assert.deepEqual(fieldPath('[3]'), [3]);
    assert.deepEqual(fieldPath(undefined), []);
    assert.deepEqual(fieldPath('(role)'), []);
  });
});

describe('locating problems in one pass', () => {
  /** The offset's position by counting line breaks from the start: the slow, obvious answer. */
  const naive = (text: string, offset: number) => {
    const before = text.slice(0, offset).split('\n');
    return { line: before.length - 1, character: before[before.length - 1].length };
  };

  it('positions of many offsets, in any order, as counting from the start gives them', () => {
    const text = 'ab\n\ncd\r\nef\n'.repeat(50);
    const offsets = Array.from({ length: text.length + 1 }, (_, i) => (i * 37) % (text.length + 1));
    const found = positionsAt(text, offsets);
    offsets.forEach((offset, i) => assert.deepEqual(found[i], naive(text, offset), `offset ${offset}`));
    assert.deepEqual(positionsAt('', [0]), [{ line: 0, character: 0 }]);
  });

  it('999 bad roles in a large file: each at its own value, the last as exactly as the first', () => {
    const roles = Array.from({ length: 999 }, (_, i) => ({ id: `r${i}`, title: `Role ${i}`, category: 'X', pay: { yearly: 'lots' } }));
    const text = JSON.stringify({ roles }, null, 1);
    const problems = parseRoleFile('f.json', text).problems;
    assert.equal(problems.length, 999 * 2); // pay.source missing, pay.yearly not dollars
    const located = locateProblems(text, problems);
    const lastYearly = located.filter((p) => /pay.yearly/.test(p.message)).at(-1)!;
    assert.equal(text.slice(lastYearly.start, lastYearly.end), '"lots"');
    assert.equal(positionsAt(text, [lastYearly.start])[0].line, text.slice(0, text.lastIndexOf('"lots"')).split('\n').length - 1);
  });

  it('a clean file is not parsed again: no problems, no locations', () => {
    assert.deepEqual(locateProblems('{"roles": [', []), []);
  });

  it('a list of 200,000 numbers where text is expected: the list, by its field name', () => {
    const text = `{"roles":[{"id":"x","title":"T","category":"C","alternateTitles":[${'1,'.repeat(199_999)}1]}]}`;
    const [p] = located(text);
    assert.equal(p.text, '"alternateTitles"');
    assert.match(p.message, /200,000 items, at most/);
  });
});
