// Property: the role loader turns any file — any bytes, any JSON, a real role
// with one field broken or blown up — into problems that name the file, and
// the valid roles (in the same file and in others) still load.
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { buildCatalog, describeProblem, parseRoleFile } from '../../src/model/loadRoles';
import { check, fuzzRuns, reportCases, text, fuzzTimeout } from '../support/fuzz';
import { loadBundledCatalog } from '../support/roles';

const SUITE = 'role loader';
const reference = loadBundledCatalog().byId.get('lead-technician')!;
const good = { id: 'always-valid', title: 'Always Valid', category: 'Tests' };
const GOOD_FILE = { file: 'data/roles/good.json', text: JSON.stringify({ roles: [good] }) };

/** A path into the reference role and a value to put there (or to blow a list or string up with). */
const mutation = fc.record({
  key: fc.constantFrom(...Object.keys(reference)),
  value: fc.oneof(
    fc.jsonValue({ maxDepth: 3 }),
    text(),
    fc.integer({ min: 0, max: 200_000 }).map((n) => Array.from({ length: n }, () => '')),
    fc.integer({ min: 0, max: 50_000 }).map((n) => 'x'.repeat(n * 40)),
  ),
});

function assertLoads(file: string, input: string | Uint8Array): void {
  const catalog = buildCatalog([GOOD_FILE, { file, text: input }]);
  assert.ok(catalog.byId.has('always-valid'), 'a valid role in another file always loads');
  for (const p of catalog.problems) {
    const line = describeProblem(p);
    assert.ok(line.length > 0 && line.length < 1_000, `problem text of ${line.length} characters`);
    assert.doesNotMatch(line, /[\n\r\u2028\u2029]/);
    assert.ok(p.file === file || p.file === GOOD_FILE.file);
  }
}

describe('fuzz: role loader', function () {
  // Property runs take seconds on a loaded machine, more than mocha's default.
  this.timeout(fuzzTimeout());
  after(() => reportCases(SUITE));

  it('any bytes give problems naming the file, and other files still load', () => {
    check(SUITE, fc.uint8Array({ maxLength: 400 }), (bytes) => assertLoads('data/roles/bytes.json', bytes), fuzzRuns(800));
  });

  it('any JSON gives problems naming the file, and other files still load', () => {
    check(
      SUITE,
      fc.jsonValue({ maxDepth: 5 }),
      (json) => assertLoads('data/roles/json.json', JSON.stringify(json) ?? 'null'),
      fuzzRuns(600),
    );
  });

  it('any role-shaped object is either a role or a located problem', () => {
    check(
      SUITE,
      fc.dictionary(
        fc.constantFrom('id', 'title', 'category', 'pay', 'skills', 'relatedRoles', 'demographics', 'x'),
        fc.jsonValue({ maxDepth: 3 }),
      ),
      (role) => assertLoads('data/roles/shaped.json', JSON.stringify({ roles: [role] })),
      fuzzRuns(600),
    );
  });

  it('a real role with one field replaced or blown up: the valid role beside it still loads', () => {
    check(
      SUITE,
      mutation,
      ({ key, value }) => {
        const broken = { ...reference, id: 'broken-one', [key]: value };
        const { roles, problems } = parseRoleFile('data/roles/mixed.json', JSON.stringify({ roles: [broken, good] }));
        assert.ok(roles.some((r) => r.id === 'always-valid'));
        if (roles.length < 2) assert.ok(problems.length > 0, 'a refused role is reported');
        for (const p of problems) assert.equal(p.file, 'data/roles/mixed.json');
      },
      fuzzRuns(250),
    );
  });
});
