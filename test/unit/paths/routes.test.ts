// Career paths on the real data: the step rule on real pairs (one within
// reach, one out of reach and why, a route only in two steps), the route
// search against a brute-force search over every profiled role, Explore
// against the same, and roles left out of routes with the reason.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PATHS, type ExploreFilter } from '../../../src/limits';
import { CATALOG_FILE, parseCatalogFile } from '../../../src/model/generatedCatalog';
import type { Role } from '../../../src/model/schema';
import type { RoleSummary } from '../../../src/model/summary';
import { exploreFrom, FILTER_RULES } from '../../../src/paths/explore';
import { buildPathIndex, type PathIndex } from '../../../src/paths/pathIndex';
import { compareRoutes, findRoutes, type FoundRoute } from '../../../src/paths/routes';
import { neededAreas, outOfReach, STEP_RULE, stepCost } from '../../../src/paths/stepRule';
import { committedProfiles } from '../../support/profiles';
import { ROOT } from '../../support/roles';

const catalog = parseCatalogFile(CATALOG_FILE, readFileSync(join(ROOT, 'data', 'generated', CATALOG_FILE), 'utf8'));
const { profiles } = committedProfiles();

let built: PathIndex | undefined;
function index(): PathIndex {
  built ??= buildPathIndex({ roles: catalog.summaries, whole: new Map() }, profiles);
  return built;
}
const at = (id: string) => {
  const i = index().at.get(id);
  assert.ok(i !== undefined, `${id} has a profile`);
  return i;
};
const node = (id: string) => index().nodes[at(id)];
const title = (i: number) => index().nodes[i].summary.title;
const ELECTRICIANS = 'electricians';
const SUPERVISORS = 'first-line-supervisors-of-construction-trades-and-extraction-workers';
const CONSTRUCTION_MANAGERS = 'construction-managers';

/** Every route of one to three steps, by trying every pair and triple of roles in between: the search's reference. */
function bruteForce(from: number, to: number): FoundRoute[] {
  const n = index().nodes.length;
  const cost: Int32Array[] = [];
  for (let a = 0; a < n; a++) {
    const row = new Int32Array(n);
    for (let b = 0; b < n; b++) row[b] = a === b ? -1 : stepCost(index().nodes[a], index().nodes[b]);
    cost.push(row);
  }
  const out: FoundRoute[] = [];
  const add = (nodes: number[]) => {
    const steps = nodes.slice(1).map((b, i) => cost[nodes[i]][b]);
    if (steps.every((c) => c >= 0)) out.push({ nodes, steps, cost: steps.reduce((s, c) => s + c, 0) });
  };
  add([from, to]);
  for (let x = 0; x < n; x++) {
    if (x === from || x === to) continue;
    add([from, x, to]);
    for (let y = 0; y < n; y++) if (y !== from && y !== to && y !== x) add([from, x, y, to]);
  }
  return out.sort(compareRoutes(index()));
}

describe('career paths: the step rule on real O*NET 29.3 profiles', () => {
  it('profiles every role O*NET profiles, and leaves the other 114 of 831 out with the reason', () => {
    assert.equal(catalog.summaries.length, 831);
    assert.equal(index().nodes.length, 717);
    assert.equal(index().leftOut.size, 114);
    for (const why of index().leftOut.values()) assert.match(why, /publishes no skill and knowledge profile/);
    assert.equal(index().areas.length, 68);
    assert.equal(node(ELECTRICIANS).zone, 3, 'Job Zone from profiles.json, as Job Zones.txt has it');
  });

  it('puts First-Line Supervisors of Construction Trades within one step of Electricians', () => {
    const needed = neededAreas(node(ELECTRICIANS), node(SUPERVISORS));
    assert.equal(needed.length, 14, '14 areas need at least 0.5 more');
    assert.deepEqual(
      needed.slice(0, 2).map((n) => [index().areas[n.area], n.gap]),
      [
        ['English Language', 1.08],
        ['Engineering and Technology', 1.07],
      ],
    );
    // Cost: 1 for the step + the sum of the gaps (no Job Zone rise: both are zone 3).
    const sum = needed.reduce((s, n) => s + Math.round(n.gap * 100), 0);
    assert.equal(stepCost(node(ELECTRICIANS), node(SUPERVISORS)), 100 + sum);
  });

  it('puts Construction Managers out of reach of Electricians in one step, and says why', () => {
    assert.equal(stepCost(node(ELECTRICIANS), node(CONSTRUCTION_MANAGERS)), -1);
    const why = outOfReach(node(ELECTRICIANS), node(CONSTRUCTION_MANAGERS), (i) => index().areas[i]);
    assert.equal(why[0], `needs more in 31 areas, more than ${STEP_RULE.maxAreas}`);
    assert.match(
      why[1],
      /^needs more than 1\.5 more in 2 areas: Engineering and Technology \(\+2\.14\), Economics and Accounting \(\+1\.66\)$/,
    );
  });

  it('refuses a rise of two Job Zones however close the skills, and charges for a rise of one', () => {
    const a = node(SUPERVISORS);
    const b = node(CONSTRUCTION_MANAGERS); // zone 4: one above
    const gaps = neededAreas(a, b).reduce((s, n) => s + Math.round(n.gap * 100), 0);
    assert.equal(stepCost(a, b), 100 + gaps + STEP_RULE.zoneCost * 100);
    assert.equal(stepCost({ ...a, zone: 2 }, b), -1);
  });

  it('finds Electricians → Construction Managers only in two steps, through First-Line Supervisors', () => {
    const routes = findRoutes(index(), at(ELECTRICIANS), at(CONSTRUCTION_MANAGERS));
    assert.ok(routes.length >= 1);
    assert.ok(
      routes.every((r) => r.nodes.length >= 3),
      'no direct route',
    );
    assert.deepEqual(routes[0].nodes.map(title), [
      'Electricians',
      'First-Line Supervisors of Construction Trades and Extraction Workers',
      'Construction Managers',
    ]);
  });
});

describe('career paths: the route search against a brute-force search', () => {
  const pairs: [string, string][] = [
    [ELECTRICIANS, CONSTRUCTION_MANAGERS],
    ['registered-nurses', 'medical-and-health-services-managers'],
    ['cooks-restaurant', 'accountants-and-auditors'],
    [ELECTRICIANS, SUPERVISORS],
    ['registered-nurses', CONSTRUCTION_MANAGERS],
  ];
  for (const [from, to] of pairs)
    it(`finds the same ${PATHS.maxRoutes} cheapest routes from ${from} to ${to}`, function () {
      this.timeout(120_000);
      const expected = bruteForce(at(from), at(to)).slice(0, PATHS.maxRoutes);
      assert.deepEqual(findRoutes(index(), at(from), at(to)), expected);
    });

  it('agrees on 12 pairs spread over the catalog, with or without a route', function () {
    this.timeout(300_000);
    const n = index().nodes.length;
    let withRoute = 0;
    for (let k = 0; k < 12; k++) {
      const a = (k * 61) % n;
      const b = (k * 61 + 337) % n;
      const expected = bruteForce(a, b).slice(0, PATHS.maxRoutes);
      if (expected.length > 0) withRoute++;
      assert.deepEqual(findRoutes(index(), a, b), expected, `${title(a)} → ${title(b)}`);
    }
    assert.ok(withRoute >= 3, `${withRoute} of 12 pairs have a route`);
  });
});

describe('career paths: Explore against a brute-force search', () => {
  function bruteExplore(from: number, on: ExploreFilter[]): { one: Map<number, number>; two: Map<number, number> } {
    const nodes = index().nodes;
    const one = new Map<number, number>();
    nodes.forEach((b, i) => {
      const c = i === from ? -1 : stepCost(nodes[from], b);
      if (c >= 0) one.set(i, c);
    });
    const two = new Map<number, number>();
    for (const [x, cx] of one)
      nodes.forEach((b, z) => {
        if (z === from || one.has(z)) return;
        const c = stepCost(nodes[x], b);
        if (c >= 0 && (!two.has(z) || cx + c < two.get(z)!)) two.set(z, cx + c);
      });
    const passes = (i: number) => on.every((f) => FILTER_RULES[f].passes(nodes[from].summary, nodes[i].summary) === true);
    const keep = (m: Map<number, number>) => new Map([...m].filter(([i]) => passes(i)));
    return { one: keep(one), two: keep(two) };
  }

  for (const on of [[], ['paysMore'], ['paysMore', 'noMoreEducation'], ['growsFaster', 'sameCategory']] as ExploreFilter[][])
    it(`lists the same roles and costs from Electricians, filters: ${on.join(', ') || 'none'}`, () => {
      const found = exploreFrom(index(), at(ELECTRICIANS), on);
      const expected = bruteExplore(at(ELECTRICIANS), on);
      assert.deepEqual(new Map(found.one.map((m) => [m.node, m.cost])), expected.one);
      assert.deepEqual(new Map(found.two.map((m) => [m.node, m.cost])), expected.two);
      for (const list of [found.one, found.two])
        for (let i = 1; i < list.length; i++) assert.ok(list[i - 1].cost <= list[i].cost, 'cheapest first');
      for (const m of found.two) {
        const via = m.via!;
        assert.equal(
          stepCost(index().nodes[at(ELECTRICIANS)], index().nodes[via]) + stepCost(index().nodes[via], index().nodes[m.node]),
          m.cost,
        );
      }
      if (on.length === 0) assert.ok(found.one.length > 0 && found.two.length > 0);
    });

  it('leaves out a role whose pay is unknown under "Pays more", and counts it', () => {
    const nodes = index().nodes;
    const from = at(ELECTRICIANS);
    const reachable = [...exploreFrom(index(), from, []).one, ...exploreFrom(index(), from, []).two];
    const unknownPay = reachable.filter((m) => nodes[m.node].summary.pay?.yearly === undefined).length;
    assert.equal(exploreFrom(index(), from, ['paysMore']).unknown, unknownPay);
  });
});

describe('career paths: your own roles', () => {
  const source = { name: 'My notes', year: 2026 };
  const mine = (id: string, measure: 'importance' | 'share', items: [string, number][]): Role => ({
    id,
    title: id,
    category: 'Mine',
    skills: { source, measure, items: items.map(([name, value]) => ({ name, value })) },
  });

  it('joins a role whose skills are on the 1–5 scale, and leaves out one given as shares, saying why', () => {
    const scale = mine('my-lead', 'importance', [
      ['Active Listening', 4],
      ['Coordination', 4.2],
      ['Not an O*NET skill', 5],
    ]);
    const shares = mine('my-shares', 'share', [['Active Listening', 40]]);
    const summaries: RoleSummary[] = [...catalog.summaries, scale, shares];
    const withMine = buildPathIndex({ roles: summaries, whole: new Map([scale, shares].map((r) => [r.id, r])) }, profiles);
    const own = withMine.nodes[withMine.at.get('my-lead')!];
    assert.equal(own.whole, false);
    assert.equal(own.from.filter((v) => v < 1_000_000).length, 2, 'two known areas; the unknown name is left out');
    assert.match(withMine.leftOut.get('my-shares')!, /shares of skill mentions, not on O\*NET’s 1–5 importance scale/);
  });
});
