// Similar roles in `npm run bench`: loading the shipped profiles (read, validate,
// index) and, for every profiled role, its similar roles and better-paid moves
// against the whole catalog, as p50/p95. Prints one JSON object.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { betterPaidMoves, buildSimilarityIndex, similarRoles } from '../src/compare/similarity';
import { CATALOG_FILE, parseCatalogFile } from '../src/model/generatedCatalog';
import { parseProfilesFile, PROFILES_FILE } from '../src/model/profiles';
import { ms, percentile, summarize } from './stats';

const GENERATED = join(__dirname, '..', '..', 'data', 'generated');

function load() {
  const started = process.hrtime.bigint();
  const parsed = parseProfilesFile(PROFILES_FILE, readFileSync(join(GENERATED, PROFILES_FILE), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error);
  const index = buildSimilarityIndex(parsed.profiles);
  return { index, loadMs: ms(started) };
}

const loads = Array.from({ length: 7 }, load);
const { index } = loads[0];
const catalog = parseCatalogFile(CATALOG_FILE, readFileSync(join(GENERATED, CATALOG_FILE), 'utf8'));
const byId = new Map(catalog.summaries.map((s) => [s.id, s]));
const yearlyOf = (id: string) => byId.get(id)?.pay?.yearly;

// One query = what a role's page asks: its similar roles and its better-paid moves, over every profiled role.
const query = (id: string) => {
  similarRoles(index, id);
  betterPaidMoves(index, id, yearlyOf);
};
for (const id of index.ids.slice(0, 50)) query(id); // warm-up
const samples: number[] = [];
for (let round = 0; round < 3; round++) {
  for (const id of index.ids) {
    const started = process.hrtime.bigint();
    query(id);
    samples.push(ms(started));
  }
}
console.log(
  JSON.stringify({
    roles: index.ids.length,
    dimensions: index.dimensions,
    loadMs: summarize(loads.map((l) => l.loadMs)),
    queryMs: { p50: percentile(samples, 50), p95: percentile(samples, 95), runs: samples.length },
  }),
);
