// The Node half of `npm run bench`: cold catalog and search-index loads,
// search, comparison and the full public-data import, each as a median of
// several runs with min/max. Prints one JSON object; bench/run.mjs puts it in the table.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serializeRoleFile } from '../src/import/buildRoles';
import { buildComparison } from '../src/compare/buildComparison';
import { GENERATED_FOLDER, ROLE_FOLDERS } from '../src/model/dataFolders';
import { CATALOG_FILE, parseCatalogFile, parseDetailFile } from '../src/model/generatedCatalog';
import { buildCatalog } from '../src/model/loadRoles';
import type { Role } from '../src/model/schema';
import { buildSearchIndex, searchRoles } from '../src/search/roleSearch';
import { linearScanner } from './linearSearch';
import { ms, percentile, seeded, summarize } from './stats';
import { userRolesNode } from './userRolesNode';
import { treeBrowse } from './treeBrowseNode';

const ROOT = join(__dirname, '..', '..');
const GENERATED = join(ROOT, 'data', GENERATED_FOLDER);

/** Every role with its full detail: hand-written files whole, official roles from their detail files. */
function allRoles(): Role[] {
  const whole = ROLE_FOLDERS.flatMap((folder) =>
    readdirSync(join(ROOT, 'data', folder))
      .filter((n) => n.endsWith('.json'))
      .sort()
      .map((n) => ({ file: `data/${folder}/${n}`, text: readFileSync(join(ROOT, 'data', folder, n), 'utf8') })),
  );
  const catalog = parseCatalogFile(CATALOG_FILE, readFileSync(join(GENERATED, CATALOG_FILE), 'utf8'));
  const roles = buildCatalog(whole).roles;
  for (const file of new Set(catalog.detailOf.values())) {
    const ids = [...catalog.detailOf].filter(([, f]) => f === file).map(([id]) => id);
    for (const role of parseDetailFile(file, readFileSync(join(GENERATED, file), 'utf8'), ids, (id) =>
      catalog.detailOf.has(id),
    ).roles.values())
      roles.push(role);
  }
  return roles;
}

interface ColdLoad {
  catalogMs: number;
  roles: number;
  indexMs: number;
  titles: number;
  firstQueryMs: number;
  detailMs: number;
  detailFile: string;
  detailRoles: number;
  detailBytes: number;
}

/** Cold starts in fresh processes: catalog, search index, first query, largest detail file. */
function coldLoads() {
  const runs: ColdLoad[] = [];
  for (let i = 0; i < 7; i++) {
    runs.push(JSON.parse(execFileSync(process.execPath, [join(ROOT, 'out', 'bench', 'coldLoad.js')], { encoding: 'utf8' })) as ColdLoad);
  }
  const { roles, titles, detailFile, detailRoles, detailBytes } = runs[0];
  return {
    catalogMs: summarize(runs.map((r) => r.catalogMs)),
    indexMs: summarize(runs.map((r) => r.indexMs)),
    firstQueryMs: summarize(runs.map((r) => r.firstQueryMs)),
    detailMs: summarize(runs.map((r) => r.detailMs)),
    roles,
    titles,
    detailFile,
    detailRoles,
    detailBytes,
  };
}

/** One character dropped, swapped or replaced: the typos a user makes. */
function typo(text: string, random: () => number): string {
  const i = 1 + Math.floor(random() * Math.max(1, text.length - 2));
  const kind = Math.floor(random() * 3);
  if (kind === 0) return text.slice(0, i) + text.slice(i + 1);
  if (kind === 1 && i + 1 < text.length) return text.slice(0, i) + text[i + 1] + text[i] + text.slice(i + 2);
  return text.slice(0, i) + 'x' + text.slice(i + 1);
}

function search(roles: Role[]) {
  const entries = roles.map((r) => ({ roleId: r.id, title: r.title, alternateTitles: r.alternateTitles ?? [] }));
  const builds: number[] = [];
  let index = buildSearchIndex(entries);
  for (let i = 0; i < 5; i++) {
    const start = process.hrtime.bigint();
    index = buildSearchIndex(entries);
    builds.push(ms(start));
  }
  const random = seeded(42);
  const alternates = entries.flatMap((e) => e.alternateTitles);
  const queries = Array.from({ length: 1000 }, (_, i) => {
    const title = alternates[Math.floor(random() * alternates.length)];
    return i % 4 === 0 ? typo(title, random) : title;
  });
  for (const q of queries.slice(0, 100)) searchRoles(index, q); // warm up
  const indexed = queries.map((q) => {
    const start = process.hrtime.bigint();
    searchRoles(index, q);
    return ms(start);
  });
  const scan = linearScanner(entries);
  const linear = queries.map((q) => {
    const start = process.hrtime.bigint();
    scan(q);
    return ms(start);
  });
  return {
    titles: index.size,
    buildMs: summarize(builds),
    queryMs: { p50: percentile(indexed, 50), p95: percentile(indexed, 95) },
    linearMs: { p50: percentile(linear, 50), p95: percentile(linear, 95) },
    speedup: { p50: percentile(linear, 50) / percentile(indexed, 50), p95: percentile(linear, 95) / percentile(indexed, 95) },
  };
}

function comparisons(roles: Role[]) {
  const random = seeded(7);
  const runs: number[] = [];
  for (let run = 0; run < 5; run++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < 1000; i++) {
      const a = roles[Math.floor(random() * roles.length)];
      let b = roles[Math.floor(random() * roles.length)];
      if (b.id === a.id) b = roles[(roles.indexOf(a) + 1) % roles.length];
      buildComparison([a, b]);
    }
    runs.push((ms(start) * 1000) / 1000); // µs per comparison: total ms × 1000 µs / 1000 pairs
  }
  return { usPerComparison: summarize(runs) };
}

/** In a child process, so its peak RSS is the import's own. */
function fullImport() {
  const times: number[] = [];
  const rss: number[] = [];
  for (let i = 0; i < 3; i++) {
    const out = execFileSync(
      process.execPath,
      [
        '-e',
        `const t=process.hrtime.bigint();require(${JSON.stringify(join(ROOT, 'out', 'scripts', 'buildData.js'))}).buildDataset();` +
          `console.log(JSON.stringify({ms:Number(process.hrtime.bigint()-t)/1e6,maxRssKB:process.resourceUsage().maxRSS}))`,
      ],
      { encoding: 'utf8' },
    );
    const r = JSON.parse(out) as { ms: number; maxRssKB: number };
    times.push(r.ms / 1000);
    rss.push(r.maxRssKB / 1024);
  }
  return { seconds: summarize(times), peakRssMB: summarize(rss) };
}

/**
 * The baseline: every role in one file, loaded and validated whole as before
 * the split, cold in fresh processes.
 */
function wholeFileLoads(roles: Role[]) {
  const dir = mkdtempSync(join(tmpdir(), 'career-compare-bench-'));
  const file = join(dir, 'all-roles.json');
  writeFileSync(file, serializeRoleFile(roles, 'bench'));
  const loader = join(ROOT, 'out', 'src', 'model', 'loadRoles.js');
  const times: number[] = [];
  try {
    for (let i = 0; i < 5; i++) {
      const out = execFileSync(
        process.execPath,
        [
          '-e',
          `const {buildCatalog}=require(${JSON.stringify(loader)});const {readFileSync}=require('fs');const t=process.hrtime.bigint();` +
            `const c=buildCatalog([{file:'all',text:readFileSync(${JSON.stringify(file)},'utf8')}]);` +
            `if(c.problems.length)throw new Error('problems');console.log(Number(process.hrtime.bigint()-t)/1e6)`,
        ],
        { encoding: 'utf8' },
      );
      times.push(Number(out));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { ms: summarize(times), bytes: serializeRoleFile(roles, 'bench').length };
}

const roles = allRoles();
const results = {
  cold: coldLoads(),
  wholeFile: wholeFileLoads(roles),
  search: search(roles),
  comparison: comparisons(roles),
  fullImport: fullImport(),
  userRoles: userRolesNode(ROOT),
  treeBrowse: treeBrowse(parseCatalogFile(CATALOG_FILE, readFileSync(join(GENERATED, CATALOG_FILE), 'utf8')).summaries),
};
process.stdout.write(JSON.stringify(results));
