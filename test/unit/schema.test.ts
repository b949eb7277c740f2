import * as assert from 'node:assert/strict';
import { buildCatalog, describeProblem, parseRoleFile } from '../../src/model/loadRoles';
import { loadBundledCatalog } from '../support/roles';

const minimal = { id: 'x-ray-tech', title: 'X-Ray Technician', category: 'Healthcare' };
const file = (roles: unknown[]) => JSON.stringify({ roles });

describe('role schema and loader', () => {
  it('accepts both reference roles with no problems', () => {
    const catalog = loadBundledCatalog();
    assert.deepEqual(catalog.problems, []);
    assert.ok(catalog.byId.has('technical-manager'));
    assert.ok(catalog.byId.has('lead-technician'));
    assert.equal(catalog.byId.get('technical-manager')!.pay!.yearly, 116619);
    assert.equal(catalog.byId.get('lead-technician')!.jobs!.count, 250590);
  });

  it('accepts a role with only the required fields (any subset of sections)', () => {
    const { roles, problems } = parseRoleFile('mine.json', file([minimal]));
    assert.deepEqual(problems, []);
    assert.equal(roles[0].title, 'X-Ray Technician');
    assert.equal(roles[0].pay, undefined);
  });

  it('names the file, the role and the field of a bad value, and keeps the valid roles', () => {
    const bad = { ...minimal, id: 'bad-one', pay: { source: { name: 'BLS', year: 2024 }, hourly: 'lots' } };
    const { roles, problems } = parseRoleFile('data/roles/mine.json', file([minimal, bad]));
    assert.deepEqual(
      roles.map((r) => r.id),
      ['x-ray-tech'],
    );
    assert.equal(problems.length, 1);
    assert.equal(problems[0].role, 'bad-one');
    assert.equal(problems[0].field, 'pay.hourly');
    const text = describeProblem(problems[0]);
    assert.equal(
      text,
      'data/roles/mine.json: role "bad-one", field "pay.hourly": expected dollars as a number (not negative), or { "atLeast": dollars } for a top-coded wage',
    );
  });

  it('reports a missing source, a share over 100 and an unknown field', () => {
    const bad = {
      ...minimal,
      education: { mostCommonDegree: { name: 'BA', share: 120 } },
      salary: 5,
    };
    const { problems } = parseRoleFile('f.json', file([bad]));
    const fields = problems.map((p) => p.field ?? '').sort();
    assert.ok(fields.includes('education.source'), fields.join());
    assert.ok(fields.includes('education.mostCommonDegree.share'), fields.join());
    assert.ok(
      problems.some((p) => /salary/.test(p.message)),
      problems.map(describeProblem).join('\n'),
    );
  });

  it('refers to a role without a usable id by its position', () => {
    const { problems } = parseRoleFile('f.json', file([minimal, { title: 'No id', category: 'X' }]));
    assert.equal(problems[0].role, '#2');
    assert.equal(problems[0].field, 'id');
  });

  it('rejects an id that is not a slug with advice', () => {
    const { problems } = parseRoleFile('f.json', file([{ ...minimal, id: 'Lead Tech' }]));
    assert.match(problems[0].message, /lower-case/);
  });

  it('reports a file that is not JSON, or not a role file, without throwing', () => {
    const notJson = parseRoleFile('broken.json', '{ "roles": [');
    assert.equal(notJson.roles.length, 0);
    assert.match(describeProblem(notJson.problems[0]), /^broken\.json: not valid JSON/);
    const noRoles = parseRoleFile('empty.json', '{"roles": []}');
    assert.equal(noRoles.problems[0].field, 'roles');
    const wrongShape = parseRoleFile('array.json', '[]');
    assert.equal(wrongShape.problems.length, 1);
  });

  it('keeps the first of two roles with the same id and reports the second', () => {
    const catalog = buildCatalog([
      { file: 'a.json', text: file([minimal]) },
      { file: 'b.json', text: file([{ ...minimal, title: 'Other' }]) },
    ]);
    assert.equal(catalog.roles.length, 1);
    assert.equal(catalog.byId.get('x-ray-tech')!.title, 'X-Ray Technician');
    assert.equal(catalog.problems[0].file, 'b.json');
    assert.match(catalog.problems[0].message, /already used in a\.json/);
  });

  it('accepts top-coded wages and rejects negative ones', () => {
    const ok = parseRoleFile(
      'f.json',
      file([{ ...minimal, pay: { source: { name: 'BLS OEWS', year: 2024 }, yearly: { atLeast: 239200 } } }]),
    );
    assert.deepEqual(ok.problems, []);
    const bad = parseRoleFile('f.json', file([{ ...minimal, pay: { source: { name: 'BLS OEWS', year: 2024 }, yearly: -1 } }]));
    assert.equal(bad.problems[0].field, 'pay.yearly');
  });
});
