// The official dataset as shipped: a catalog of summaries, a prebuilt search
// index and detail files per SOC major group. Split then load must give the
// same roles; a damaged file must name itself and the role, and hide nothing else.
import * as assert from 'node:assert/strict';
import { readGenerated } from '../../scripts/buildData';
import { PROFILES_FILE } from '../../src/model/dataFolders';
import { ONET_ATTRIBUTION } from '../../src/import/buildRoles';
import { splitDataset } from '../../src/import/splitDataset';
import { assembleCatalog } from '../../src/model/catalog';
import { CATALOG_FILE, parseCatalogFile, parseDetailFile, PHRASES_FILE, SEARCH_INDEX_FILE } from '../../src/model/generatedCatalog';
import { buildCatalog } from '../../src/model/loadRoles';
import type { Role } from '../../src/model/schema';
import { summarize } from '../../src/model/summary';
import { parseSearchIndex } from '../../src/search/indexFile';
import { searchParts } from '../../src/search/multiSearch';
import { buildSearchIndex, searchRoles } from '../../src/search/roleSearch';
import { loadSplit } from '../support/generated';
import { loadBundledCatalog } from '../support/roles';

const reference = loadBundledCatalog().roles;
/** Small roles in three categories, one with a top-coded wage and no pay source figures. */
const sample: Role[] = [
  ...reference,
  {
    ...reference[0],
    id: 'copy-one',
    title: 'Copy One',
    category: 'Legal Occupations',
    pay: { source: { name: 'BLS OEWS', year: 2024 }, yearly: { atLeast: 239200 } },
  },
  { id: 'bare', title: 'Bare Role', category: 'Legal Occupations' },
];

describe('the split official dataset', () => {
  it('round-trips: split, then load, gives the same roles in the same order', () => {
    const files = splitDataset(sample, 'attribution');
    const { roles, problems } = loadSplit(files);
    assert.deepEqual(problems, []);
    assert.deepEqual(roles, sample);
    assert.deepEqual([...files.keys()].sort(), [
      CATALOG_FILE,
      'detail/computer-and-mathematical-occupations.json',
      'detail/legal-occupations.json',
      'detail/management-occupations.json',
      PHRASES_FILE,
      SEARCH_INDEX_FILE,
    ]);
  });

  it('lists only the summary: name, place and the headline figures, each with its source', () => {
    const catalog = parseCatalogFile(CATALOG_FILE, splitDataset(sample, 'a').get(CATALOG_FILE)!);
    const lead = catalog.summaries.find((s) => s.id === 'lead-technician')!;
    const role = sample.find((r) => r.id === 'lead-technician')!;
    assert.deepEqual(lead, {
      id: role.id,
      title: role.title,
      category: role.category,
      pay: { source: role.pay!.source, yearly: role.pay!.yearly },
      growth: { source: role.growth!.source, rate: role.growth!.rate },
      jobs: role.jobs,
    });
    assert.deepEqual(
      catalog.summaries.find((s) => s.id === 'bare'),
      { id: 'bare', title: 'Bare Role', category: 'Legal Occupations' },
    );
  });

  it('is what data/generated holds: loading the committed files and splitting them again gives the same bytes', () => {
    const committed = readGenerated();
    const { roles, problems } = loadSplit(committed);
    assert.deepEqual(problems, []);
    assert.ok(roles.length > 800, `${roles.length} roles`);
    const again = splitDataset(roles, ONET_ATTRIBUTION);
    // profiles.json and states/ come from O*NET's and BLS's files, not from the roles (onetProfiles.ts, blsStateFigures.ts).
    const fromRoles = [...committed.keys()].filter((k) => k !== PROFILES_FILE && !k.startsWith('states/'));
    assert.deepEqual([...again.keys()].sort(), fromRoles.sort());
    for (const [file, text] of again) assert.ok(committed.get(file) === text, file);
    const catalog = parseCatalogFile(CATALOG_FILE, committed.get(CATALOG_FILE)!);
    assert.deepEqual(catalog.summaries, roles.map(summarize));
  });

  it('ships a search index that answers like one built from the detail files', () => {
    const committed = readGenerated();
    const { roles } = loadSplit(committed);
    const built = buildSearchIndex(roles.map((r) => ({ roleId: r.id, title: r.title, alternateTitles: r.alternateTitles ?? [] })));
    const loaded = parseSearchIndex(SEARCH_INDEX_FILE, committed.get(SEARCH_INDEX_FILE)!);
    for (const q of [
      'registerd nurse',
      'Charge Nurse',
      'elctrician',
      'journeyman wireman',
      'softwre develper',
      'cook',
      'regis',
      'line cook',
    ]) {
      assert.deepEqual(searchRoles(loaded, q, 50), searchRoles(built, q, 50), q);
    }
    assert.equal(searchRoles(loaded, 'registerd nurse', 1)[0].roleId, 'registered-nurses');
  });

  it('searches hand-written and official roles together exactly as one index over all of them would', () => {
    const entry = (r: Role) => ({ roleId: r.id, title: r.title, alternateTitles: r.alternateTitles ?? [] });
    const official = loadSplit(readGenerated()).roles.slice(0, 300);
    const parts = [{ index: buildSearchIndex(reference.map(entry)) }, { index: buildSearchIndex(official.map(entry)) }];
    const one = buildSearchIndex([...reference, ...official].map(entry));
    for (const q of ['technician', 'manager', 'lead', 'technical manger', 'chief', 'senior', 'engineer']) {
      assert.deepEqual(searchParts(parts, q, 20), searchRoles(one, q, 20), q);
    }
  });

  it('reports a damaged detail file, naming the file and role, and still loads its other roles', () => {
    const files = splitDataset(sample, 'a');
    const file = 'detail/legal-occupations.json';
    const text = files.get(file)!.replace('"yearly":{"atLeast":239200}', '"yearly":-5');
    const parsed = parseDetailFile(file, text, ['copy-one', 'bare'], () => true);
    assert.deepEqual([...parsed.roles.keys()], ['bare']);
    assert.equal(parsed.problems.length, 1);
    assert.deepEqual({ ...parsed.problems[0], message: '' }, { file, role: 'copy-one', index: 0, field: 'pay.yearly', message: '' });

    const missing = parseDetailFile(file, files.get(file)!, ['copy-one', 'bare', 'ghost'], () => true);
    assert.deepEqual(missing.problems, [
      { file, role: 'ghost', message: 'the catalog lists this role here, but the file does not hold it' },
    ]);
    assert.equal(missing.roles.size, 2);

    const truncated = parseDetailFile(file, files.get(file)!.slice(0, 200), ['copy-one', 'bare'], () => true);
    assert.equal(truncated.roles.size, 0);
    assert.equal(truncated.problems[0].file, file);
    assert.match(truncated.problems[0].message, /^not valid JSON/);
  });

  it('keeps related roles found anywhere in the catalog and reports (and drops) the others', () => {
    const file = 'detail/legal-occupations.json';
    const related: Role = { id: 'linked', title: 'Linked Role', category: 'Legal Occupations', relatedRoles: ['elsewhere', 'ghost'] };
    const text = splitDataset([related], 'a').get(file)!;
    const parsed = parseDetailFile(file, text, ['linked'], (id) => id === 'elsewhere');
    assert.deepEqual(parsed.roles.get('linked')!.relatedRoles, ['elsewhere']);
    assert.equal(parsed.problems.length, 1);
    assert.deepEqual({ ...parsed.problems[0], message: '' }, { file, role: 'linked', field: 'relatedRoles', message: '' });
    assert.match(parsed.problems[0].message, /ghost/);
  });

  it('reports a damaged summary in the catalog and lists the others', () => {
    const text = splitDataset(sample, 'a').get(CATALOG_FILE)!.replace('"title":"Bare Role"', '"title":""');
    const catalog = parseCatalogFile(CATALOG_FILE, text);
    assert.deepEqual(catalog.summaries.map((s) => s.id).sort(), ['copy-one', 'lead-technician', 'technical-manager']);
    assert.deepEqual({ ...catalog.problems[0], message: '' }, { file: CATALOG_FILE, role: 'bare', field: 'title', message: '' });
    assert.match(parseCatalogFile(CATALOG_FILE, '{"format":2}').problems[0].message, /expected 1|Invalid input/);
  });

  it('joins hand-written and official roles by title; a hand-written role keeps its id and the official copy is reported', () => {
    const official = parseCatalogFile(CATALOG_FILE, splitDataset(sample.slice(2), 'a').get(CATALOG_FILE)!);
    const clash = { ...official, summaries: [...official.summaries, { id: 'lead-technician', title: 'Official Lead', category: 'X' }] };
    clash.detailOf.set('lead-technician', 'detail/x.json');
    const catalog = assembleCatalog(buildCatalog([]), clash, 'data/generated/catalog.json');
    assert.equal(catalog.problems.length, 0);
    const whole = loadBundledCatalog();
    const joined = assembleCatalog(whole, clash, 'data/generated/catalog.json');
    assert.deepEqual(
      joined.roles.map((r) => r.title),
      ['Bare Role', 'Copy One', 'Lead Technician', 'Technical Manager'],
    );
    assert.equal(joined.whole.get('lead-technician'), whole.byId.get('lead-technician'));
    assert.equal(joined.detailOf.has('lead-technician'), false);
    assert.deepEqual(joined.problems, [
      {
        file: 'data/generated/catalog.json',
        role: 'lead-technician',
        field: 'id',
        message: 'the id is already used by a role file in data/roles; this copy is ignored',
      },
    ]);
  });
});
