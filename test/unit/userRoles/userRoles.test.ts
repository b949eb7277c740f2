// The rules for the user's own roles: validated like bundled files, official
// ids and repeated ids rejected, the rest kept and listed under "Your Roles".
import * as assert from 'node:assert/strict';
import { assembleCatalog } from '../../../src/model/catalog';
import { parseRoleFile } from '../../../src/model/loadRoles';
import { toPattern } from '../../../src/roleFiles/rolePatterns';
import { freeRoleId, ROLE_FILE_SCHEMA_URI, scaffoldRoleFile } from '../../../src/roleFiles/scaffoldRole';
import type { Role } from '../../../src/model/schema';
import { combineUserFiles, parseUserFile, withUserRoles, YOUR_ROLES_CATEGORY } from '../../../src/roleFiles/userRoles';
import { loadBundledCatalog } from '../../support/roles';
import { surgeons } from '../../support/officialRoles';

const role = (id: string, extra: Partial<Role> = {}) => ({ id, title: `Title ${id}`, category: 'Mine', ...extra });
const file = (name: string, ...roles: unknown[]) => parseUserFile(name, JSON.stringify({ roles }, null, 2));
const official = new Set(['registered-nurses', 'technical-manager']);
const isTaken = (id: string) => official.has(id);

describe('your own roles: loading rules', () => {
  it('keeps valid roles from several files and reports nothing', () => {
    const combined = combineUserFiles([file('a.json', role('offer-a')), file('b.json', role('offer-b'))], isTaken);
    assert.deepEqual(
      combined.roles.map((r) => r.id),
      ['offer-a', 'offer-b'],
    );
    assert.deepEqual(
      [...combined.problems],
      [
        ['a.json', []],
        ['b.json', []],
      ],
    );
  });

  it("rejects an official id with a problem at its id; the file's other roles load", () => {
    const combined = combineUserFiles([file('a.json', role('offer-a'), role('registered-nurses'))], isTaken);
    assert.deepEqual(
      combined.roles.map((r) => r.id),
      ['offer-a'],
    );
    const [p] = combined.problems.get('a.json')!;
    assert.deepEqual({ ...p, message: '' }, { file: 'a.json', role: 'registered-nurses', field: 'id', index: 1, message: '' });
  });

  it('keeps the first of two user roles with one id and reports the second where it is', () => {
    const combined = combineUserFiles([file('a.json', role('same')), file('b.json', role('other'), role('same'))], isTaken);
    assert.equal(combined.roles.length, 2);
    const [p] = combined.problems.get('b.json')!;
    assert.equal(p.index, 1);
    assert.match(p.message, /already used in a\.json/);
  });

  it('validates like a bundled file: same problems, invalid roles left out', () => {
    const text = JSON.stringify({ roles: [role('ok'), role('bad', { pay: { source: { name: 'x', year: 2020 }, yearly: -1 } })] });
    const user = parseUserFile('u.json', text);
    const bundled = parseRoleFile('u.json', text);
    assert.deepEqual(user.problems, bundled.problems);
    assert.deepEqual(user.roles, bundled.roles);
  });

  it("related roles may be official or the user's own; unknown ones are reported and left out", () => {
    const combined = combineUserFiles(
      [file('a.json', role('mine', { relatedRoles: ['registered-nurses', 'other-mine', 'nowhere'] }), role('other-mine'))],
      isTaken,
    );
    assert.deepEqual(combined.roles[0].relatedRoles, ['registered-nurses', 'other-mine']);
    assert.match(combined.problems.get('a.json')![0].message, /"nowhere"/);
    // The parsed file stays as read, so a later load with the role present keeps the link.
    assert.deepEqual((JSON.parse(JSON.stringify(combined.roles[0])) as Role).relatedRoles?.length, 2);
  });

  it('joins the catalog under "Your Roles"; the whole role keeps its own category', () => {
    const base = assembleCatalog(loadBundledCatalog(), undefined, 'catalog.json');
    const mine = role('my-job') as Role;
    const joined = withUserRoles(base, [mine]);
    assert.equal(joined.byId.get('my-job')!.category, YOUR_ROLES_CATEGORY);
    assert.equal(joined.whole.get('my-job')!.category, 'Mine');
    assert.equal(joined.roles.length, base.roles.length + 1);
    assert.ok(joined.byId.has('technical-manager'));
    assert.equal(withUserRoles(base, []), base, 'no user roles: the same catalog');
    assert.equal(base.byId.has('my-job'), false, 'the base catalog is not changed');
  });

  it('turns careerCompare.roleFiles entries into globs inside the folder', () => {
    assert.equal(toPattern('roles'), 'roles/*.json');
    assert.equal(toPattern('./career/'), 'career/*.json');
    assert.equal(toPattern('career/**/*.json'), 'career/**/*.json');
    assert.equal(toPattern('offers/acme.json'), 'offers/acme.json');
    assert.equal(toPattern('/etc'), undefined);
    assert.equal(toPattern('../elsewhere'), undefined);
    assert.equal(toPattern('  '), undefined);
  });

  it('New Role File: a valid file from an official role, pay and skills prefilled, with a free id', () => {
    const taken = new Set(['my-surgeons']);
    const skills = Array.from({ length: 12 }, (_, i) => ({ name: `Skill ${i + 1}`, value: 5 - i / 4 }));
    const withSkills: Role = {
      ...surgeons,
      skills: { source: { name: 'O*NET 29.3 Database', year: 2025 }, measure: 'importance', items: skills },
    };
    const { id, text } = scaffoldRoleFile(withSkills, (x) => taken.has(x) || official.has(x));
    assert.equal(id, 'my-surgeons-2');
    const parsed = parseRoleFile('new.json', text);
    assert.deepEqual(parsed.problems, []);
    const [made] = parsed.roles;
    assert.equal(made.title, 'My Surgeons');
    assert.deepEqual(made.pay!.yearly, surgeons.pay!.yearly);
    assert.deepEqual(made.pay!.source, surgeons.pay!.source);
    assert.deepEqual(made.skills!.items, skills.slice(0, 10));
    assert.deepEqual(made.relatedRoles, ['surgeons']);
    assert.match(
      (JSON.parse(text) as { attribution: string }).attribution,
      /O\*NET 29\.3 Database/,
      'O*NET skills copied with their attribution',
    );
    // First key, so VS Code's JSON support finds the schema (served by the extension) wherever the file is kept.
    assert.equal(Object.keys(JSON.parse(text) as object)[0], '$schema');
    assert.equal((JSON.parse(text) as { $schema: string }).$schema, ROLE_FILE_SCHEMA_URI);
    assert.equal(ROLE_FILE_SCHEMA_URI, 'career-compare:/role-file.schema.json');
    assert.equal(
      freeRoleId('x', () => false),
      'my-x',
    );
  });
});
