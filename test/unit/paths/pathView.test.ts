// The two career path pages as the host builds them from the real data:
// what "Paths from A to B" and "Moves from A" say, the picture's places and
// names, and the pages for roles that cannot be on a route.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOG_FILE, parseCatalogFile } from '../../../src/model/generatedCatalog';
import { parseProfilesFile } from '../../../src/model/profiles';
import { buildExploreView } from '../../../src/paths/exploreView';
import { buildPathIndex } from '../../../src/paths/pathIndex';
import { buildPathView } from '../../../src/paths/pathView';
import { STEP_RULE_TEXT } from '../../../src/paths/stepRule';
import { ComparisonViewSchema, type Section } from '../../../src/protocol/comparisonView';
import { committedProfiles } from '../../support/profiles';
import { ROOT } from '../../support/roles';

const catalog = parseCatalogFile(CATALOG_FILE, readFileSync(join(ROOT, 'data', 'generated', CATALOG_FILE), 'utf8'));
const index = buildPathIndex({ roles: catalog.summaries, whole: new Map() }, committedProfiles().profiles);
const ref = (id: string) => ({ id, title: catalog.summaries.find((s) => s.id === id)!.title });
const routesOf = (sections: Section[]) => sections[0] as Extract<Section, { kind: 'routes' }>;

describe('career paths: the "Paths from A to B" page', () => {
  const view = buildPathView(index, ref('electricians'), ref('construction-managers'));
  const section = routesOf(view.sections);

  it('is a valid view, titled and announced', () => {
    assert.ok(ComparisonViewSchema.safeParse(view).success);
    assert.equal(view.title, 'Paths from Electricians to Construction Managers');
    assert.equal(view.announcement, 'Now showing paths from Electricians to Construction Managers');
  });

  it('leads with the cheapest route and what it does to pay, in BLS figures', () => {
    assert.match(
      view.headline[0],
      /^\d routes? of up to 3 steps from Electricians to Construction Managers\. The cheapest takes 2 steps, through First-Line Supervisors of Construction Trades and Extraction Workers\.$/,
    );
    // $69,630 → $119,660 (BLS OEWS 2024 national means).
    assert.equal(view.headline[1], 'Average yearly pay from start to end: +$50,030 a year (+71.9%).');
  });

  it('gives each step its role, figures, pay change, areas to build and cost', () => {
    const [first, second] = section.routes[0].steps;
    assert.equal(section.routes[0].label, 'Route 1: 2 steps, cost 25.4');
    assert.deepEqual(first.to, {
      id: 'first-line-supervisors-of-construction-trades-and-extraction-workers',
      title: 'First-Line Supervisors of Construction Trades and Extraction Workers',
      pay: '$84,500',
      growth: '+5.3%',
      education: 'High school diploma or equivalent',
      jobZone: 'Job Zone 3 of 5',
      payChange: '+$14,870 a year (+21.4%)',
    });
    assert.deepEqual(first.build, ['English Language (+1.08)', 'Engineering and Technology (+1.07)', 'Geography (+0.94)']);
    assert.equal(second.to.payChange, '+$35,160 a year (+41.6%)');
    assert.equal(second.to.jobZone, 'Job Zone 4 of 5');
  });

  it('states the rule and names every source with its year', () => {
    assert.deepEqual(section.notes!.slice(0, 2), STEP_RULE_TEXT);
    assert.ok(section.sources.includes('O*NET 29.3 Database, 2025 (skills, knowledge, Job Zones)'));
    assert.ok(section.sources.includes('BLS Occupational Employment and Wage Statistics, 2024 (pay)'));
    assert.ok(section.attribution?.includes('CC BY 4.0'));
  });

  it('draws each role once, the start in the first column and the target in the last, arrows labelled with the pay change', () => {
    const graph = section.graph!;
    const ids = graph.nodes.map((n) => n.id);
    assert.equal(new Set(ids).size, ids.length);
    assert.deepEqual(graph.nodes[0], { id: 'electricians', title: 'Electricians', pay: '$70k', column: 0, row: 0, place: 'start' });
    assert.equal(graph.nodes[1].place, 'target');
    assert.equal(graph.nodes[1].column, graph.columns - 1);
    const supervisors = ids.indexOf('first-line-supervisors-of-construction-trades-and-extraction-workers');
    assert.ok(graph.edges.some((e) => e.from === 0 && e.to === supervisors && e.label === '+$14,870'));
    assert.match(
      graph.name,
      /^Picture of \d routes? from Electricians to Construction Managers, cheapest first: 1, through First-Line Supervisors/,
    );
  });

  it('says what blocks a target no route reaches, and shows the nearest reachable roles', () => {
    const blocked = buildPathView(index, ref('registered-nurses'), ref('construction-managers'));
    const s = routesOf(blocked.sections);
    assert.equal(s.routes.length, 0);
    assert.equal(s.graph, undefined);
    assert.match(s.blocked![0], /^Straight from Registered Nurses, Construction Managers needs more in 20 areas, more than 15/);
    assert.match(s.blocked![1], /^The largest gaps: Building and Construction \(\+3\.69\)/);
    assert.equal(s.nearest!.length, 5);
    assert.match(s.nearest![0].detail, /^\d steps? from Registered Nurses; Construction Managers needs more than it in \d+ areas?$/);
  });

  it('says a role without a profile is not on any route, never shows it as "no route"', () => {
    const unprofiled = [...index.leftOut.keys()][0];
    const view2 = buildPathView(index, ref('electricians'), ref(unprofiled));
    assert.match(view2.headline[0], /is not on any route: O\*NET publishes no skill and knowledge profile for it/);
    assert.equal(routesOf(view2.sections).routes.length, 0);
  });
});

describe('career paths: the "Moves from A" page', () => {
  it('lists the moves within one and two steps, with filters the page shows as on or off', () => {
    const view = buildExploreView(index, ref('electricians'), ['paysMore']);
    assert.ok(ComparisonViewSchema.safeParse(view).success);
    const section = view.sections[0] as Extract<Section, { kind: 'reach' }>;
    assert.deepEqual(
      section.filters.map((f) => [f.label, f.on]),
      [
        ['Pays more', true],
        ['Grows faster', false],
        ['Needs no more education', false],
        ['Same category', false],
      ],
    );
    assert.match(section.groups[0].heading, /^Within one step: \d+ roles$/);
    for (const e of section.groups[0].entries) assert.match(e.role.payChange!, /^\+\$/);
    for (const e of section.groups[1].entries) assert.ok(e.via, 'a two-step move names the role in between');
    assert.match(
      view.headline[0],
      /^\d+ roles within one step of Electricians and \d+ more two steps away that pass the filters \(pays more\)\.$/,
    );
  });

  it('says why a role without a profile cannot start a move', () => {
    const unprofiled = [...index.leftOut.keys()][0];
    const view = buildExploreView(index, ref(unprofiled), []);
    assert.match(view.headline[0], /cannot start a move: O\*NET publishes no skill and knowledge profile/);
  });
});

describe('profiles.json: the Job Zone each role carries', () => {
  const header = '{"format":2,"source":{"name":"O*NET 29.3 Database","year":2025},"skills":["A"],"knowledge":["B"],"roles":[';
  it('reads a zone of 1–5 and refuses any other', () => {
    const ok = parseProfilesFile('p.json', `${header}{"id":"x","skills":[[3,4]],"knowledge":[[2,3]],"zone":4}]}`);
    assert.ok(ok.ok && ok.profiles.byId.get('x')!.zone === 4);
    const bad = parseProfilesFile('p.json', `${header}{"id":"x","skills":[[3,4]],"knowledge":[[2,3]],"zone":7}]}`);
    assert.deepEqual(bad, { ok: false, error: 'p.json: role "x" has a Job Zone ("zone") that is not a whole number 1–5' });
  });
});
