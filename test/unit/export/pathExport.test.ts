// Exports of the career path pages: "Paths from A to B" and "Moves from A",
// built from the committed catalog and profiles, in every format.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { comparisonCsv } from '../../../src/export/csv';
import { exportDocument, PATH_COLUMNS } from '../../../src/export/document';
import { comparisonJson } from '../../../src/export/json';
import { comparisonMarkdown } from '../../../src/export/markdown';
import { CATALOG_FILE, parseCatalogFile } from '../../../src/model/generatedCatalog';
import { buildExploreView } from '../../../src/paths/exploreView';
import { buildPathIndex, unavailableIndex } from '../../../src/paths/pathIndex';
import { buildPathView } from '../../../src/paths/pathView';
import type { ComparisonView, RoleRef } from '../../../src/protocol/comparisonView';
import { committedProfiles } from '../../support/profiles';
import { ROOT } from '../../support/roles';

const summaries = parseCatalogFile(CATALOG_FILE, readFileSync(join(ROOT, 'data', 'generated', CATALOG_FILE), 'utf8')).summaries;
const index = buildPathIndex({ roles: summaries, whole: new Map() }, committedProfiles().profiles);
const ref = (id: string): RoleRef => {
  const role = summaries.find((r) => r.id === id);
  assert.ok(role, id);
  return { id: role.id, title: role.title };
};
const electricians = ref('electricians');
const managers = ref('construction-managers');

function routesOf(view: ComparisonView) {
  const section = view.sections[0];
  assert.equal(section.kind, 'routes');
  return section;
}

describe('export of "Paths from A to B"', () => {
  const view = buildPathView(index, electricians, managers);
  const section = routesOf(view);

  it('writes a row per route and per step, in one column of text', () => {
    assert.ok(section.routes.length > 0, 'the committed data has a route');
    const doc = exportDocument(view);
    const rows = doc.sections[0].rows;
    assert.deepEqual(doc.sections[0].columns, PATH_COLUMNS);
    const steps = section.routes.reduce((n, r) => n + r.steps.length, 0);
    assert.equal(rows.length, section.routes.length + steps);
    for (const row of rows) assert.equal(row.cells.length, 1);
    const first = section.routes[0].steps[0];
    const step = rows.find((r) => r.label === 'Route 1, step 1');
    assert.ok(step);
    assert.ok(step.cells[0]!.startsWith(`Electricians → ${first.to.title}: `), step.cells[0]!);
    assert.match(step.cells[0]!, /growth /);
    assert.match(step.cells[0]!, new RegExp(`cost ${first.cost.replace('.', '\\.')}$`));
    if (first.build.length > 0) assert.ok(step.cells[0]!.includes(`build: ${first.build.join('; ')}`));
    if (first.to.pay !== null && first.to.payChange) assert.ok(step.cells[0]!.includes(`${first.to.pay} (${first.to.payChange})`));
    // The rule behind the routes is a note.
    assert.ok(doc.sections[0].notes.some((n) => n.includes('step')));
  });

  it('Markdown has the route under a "Details" column; CSV parses into equal-length records; JSON carries the column', () => {
    const markdown = comparisonMarkdown(view);
    assert.ok(markdown.startsWith('# Paths from Electricians to Construction Managers\n'));
    assert.ok(markdown.includes('|  | Details |'), markdown.slice(0, 800));
    assert.match(markdown, /\| Route 1, step 1 \| Electricians → /);
    const records = parse(comparisonCsv(view)) as string[][];
    const widths = new Set(records.map((r) => r.length));
    assert.deepEqual([...widths], [4]);
    assert.ok(records.some((r) => r[1] === 'Route 1, step 1' && r[2].startsWith('Electricians → ') && r[3] === ''));
    const json = JSON.parse(comparisonJson(view)) as { sections: { columns?: string[]; rows: { label: string }[] }[] };
    assert.deepEqual(json.sections[0].columns, PATH_COLUMNS);
    assert.ok(json.sections[0].rows.some((r) => r.label === 'Route 1, step 1'));
  });

  it('says why there is no route when the profiles could not be read, never an empty table', () => {
    const why = 'the profiles could not be loaded';
    const down = buildPathView(unavailableIndex([electricians.id, managers.id], why), electricians, managers);
    const rows = exportDocument(down).sections[0].rows;
    assert.ok(rows.length > 0);
    assert.ok(rows.every((r) => r.label.startsWith('Blocked ')));
    assert.ok(rows[0].cells[0]!.includes(why));
    assert.ok(comparisonMarkdown(down).includes(why));
  });
});

describe('export of "Moves from A"', () => {
  it('writes a row per listed role in each group, with the filters that are on as a note', () => {
    const view = buildExploreView(index, electricians, ['paysMore']);
    const section = view.sections[0];
    assert.equal(section.kind, 'reach');
    const doc = exportDocument(view);
    const rows = doc.sections[0].rows;
    const listed = section.groups.reduce((n, g) => n + g.entries.length + (g.more > 0 ? 1 : 0), 0);
    assert.ok(listed > 0, 'roles within reach of Electricians');
    assert.equal(rows.length, listed);
    const first = section.groups[0].entries[0];
    assert.equal(rows[0].label, 'Within one step (1)');
    assert.ok(rows[0].cells[0]!.startsWith(`${first.role.title}: `));
    assert.ok(doc.sections[0].notes.includes('Filters on: Pays more.'), doc.sections[0].notes.join('\n'));
    const markdown = comparisonMarkdown(view);
    assert.ok(markdown.includes(first.role.title));
    const records = parse(comparisonCsv(view)) as string[][];
    assert.deepEqual([...new Set(records.map((r) => r.length))], [3]);
  });

  it('says so when no filter is on, and writes the page’s own words when nothing passes', () => {
    assert.ok(exportDocument(buildExploreView(index, electricians, [])).sections[0].notes.includes('Filters on: none.'));
    const down = buildExploreView(unavailableIndex([electricians.id], 'no profiles'), electricians, []);
    const rows = exportDocument(down).sections[0].rows;
    assert.equal(rows.length, 1);
    assert.ok(rows[0].cells[0]!.includes('no profiles'));
  });
});
