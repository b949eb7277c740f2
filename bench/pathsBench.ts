// Career paths in `npm run bench`: building the path index over the shipped
// catalog and profiles, then route queries ("Find a Career Path…") and
// Explore queries ("Explore Moves From…") over all 717 profiled roles, as
// p50/p95. Prints one JSON object.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExploreFilter } from '../src/limits';
import { CATALOG_FILE, parseCatalogFile } from '../src/model/generatedCatalog';
import { parseProfilesFile, PROFILES_FILE } from '../src/model/profiles';
import { exploreFrom } from '../src/paths/explore';
import { buildPathIndex } from '../src/paths/pathIndex';
import { findRoutes } from '../src/paths/routes';
import { ms, percentile, summarize } from './stats';

const GENERATED = join(__dirname, '..', '..', 'data', 'generated');
const catalog = parseCatalogFile(CATALOG_FILE, readFileSync(join(GENERATED, CATALOG_FILE), 'utf8'));
const parsed = parseProfilesFile(PROFILES_FILE, readFileSync(join(GENERATED, PROFILES_FILE), 'utf8'));
if (!parsed.ok) throw new Error(parsed.error);
const profiles = parsed.profiles;

const build = () => {
  const started = process.hrtime.bigint();
  const index = buildPathIndex({ roles: catalog.summaries, whole: new Map() }, profiles);
  return { index, ms: ms(started) };
};
const builds = Array.from({ length: 7 }, build);
const { index } = builds[0];
const n = index.nodes.length;

// Pairs spread over the catalog (a fixed stride, so every run asks the same), with or without a route.
const pairs = Array.from({ length: 300 }, (_, k) => [(k * 61) % n, (k * 61 + 337) % n] as const);
const filterSets: ExploreFilter[][] = [[], ['paysMore'], ['paysMore', 'noMoreEducation'], ['growsFaster', 'sameCategory']];

function timed(run: (k: number) => unknown, count: number): number[] {
  for (let k = 0; k < 20; k++) run(k); // warm-up
  const samples: number[] = [];
  for (let k = 0; k < count; k++) {
    const started = process.hrtime.bigint();
    run(k);
    samples.push(ms(started));
  }
  return samples;
}

const routeMs = timed((k) => findRoutes(index, ...pairs[k % pairs.length]), pairs.length);
const withRoute = pairs.filter(([a, b]) => findRoutes(index, a, b).length > 0).length;
const exploreMs = timed((k) => exploreFrom(index, (k * 7) % n, filterSets[k % filterSets.length]), 300);
const p = (s: number[]) => ({ p50: percentile(s, 50), p95: percentile(s, 95), runs: s.length });
console.log(
  JSON.stringify({
    roles: n,
    indexMs: summarize(builds.map((b) => b.ms)),
    routeMs: p(routeMs),
    pairs: pairs.length,
    pairsWithRoute: withRoute,
    exploreMs: p(exploreMs),
  }),
);
