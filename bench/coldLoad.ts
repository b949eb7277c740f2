// One cold start, in a fresh Node process (bench/nodeBench.ts runs it several
// times): the modules are loaded first, untimed; then the catalog is read and
// validated as the extension does, then the prebuilt search index, then the
// first query and the first detail file. Prints one JSON line.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assembleCatalog } from '../src/model/catalog';
import { GENERATED_FOLDER, ROLE_FOLDERS } from '../src/model/dataFolders';
import { CATALOG_FILE, parseCatalogFile, parseDetailFile, SEARCH_INDEX_FILE } from '../src/model/generatedCatalog';
import { buildCatalog } from '../src/model/loadRoles';
import { parseSearchIndex } from '../src/search/indexFile';
import { searchParts } from '../src/search/multiSearch';
import { buildSearchIndex } from '../src/search/roleSearch';

const ROOT = join(__dirname, '..', '..');
const GENERATED = join(ROOT, 'data', GENERATED_FOLDER);
const elapsed = (t: bigint) => Number(process.hrtime.bigint() - t) / 1e6;

const t0 = process.hrtime.bigint();
const whole = ROLE_FOLDERS.flatMap((folder) =>
  readdirSync(join(ROOT, 'data', folder))
    .filter((n) => n.endsWith('.json'))
    .sort()
    .map((n) => ({ file: `data/${folder}/${n}`, text: readFileSync(join(ROOT, 'data', folder, n), 'utf8') })),
);
const official = parseCatalogFile(CATALOG_FILE, readFileSync(join(GENERATED, CATALOG_FILE), 'utf8'));
const catalog = assembleCatalog(buildCatalog(whole), official, CATALOG_FILE);
const catalogMs = elapsed(t0);

const t1 = process.hrtime.bigint();
const entry = (r: { id: string; title: string; alternateTitles?: string[] }) => ({
  roleId: r.id,
  title: r.title,
  alternateTitles: r.alternateTitles ?? [],
});
const parts = [
  { index: buildSearchIndex([...catalog.whole.values()].map(entry)) },
  {
    index: parseSearchIndex(SEARCH_INDEX_FILE, readFileSync(join(GENERATED, SEARCH_INDEX_FILE), 'utf8')),
    accept: (id: string) => catalog.detailOf.has(id),
  },
];
const indexMs = elapsed(t1);

const t2 = process.hrtime.bigint();
const hits = searchParts(parts, 'registred nurse', 50);
const firstQueryMs = elapsed(t2);

// The largest detail file: what opening one of its roles costs the first time.
const sizes = [...new Set(catalog.detailOf.values())].map((f) => ({ f, bytes: readFileSync(join(GENERATED, f)).length }));
const largest = sizes.reduce((a, b) => (b.bytes > a.bytes ? b : a));
const t3 = process.hrtime.bigint();
const ids = [...catalog.detailOf].filter(([, f]) => f === largest.f).map(([id]) => id);
const detail = parseDetailFile(largest.f, readFileSync(join(GENERATED, largest.f), 'utf8'), ids, (id) => catalog.detailOf.has(id));
const detailMs = elapsed(t3);

if (catalog.problems.length > 0 || detail.problems.length > 0 || hits[0]?.roleId !== 'registered-nurses')
  throw new Error('the bundled data has problems');
process.stdout.write(
  JSON.stringify({
    catalogMs,
    roles: catalog.roles.length,
    indexMs,
    titles: parts[1].index.size,
    firstQueryMs,
    detailMs,
    detailFile: largest.f,
    detailRoles: detail.roles.size,
    detailBytes: largest.bytes,
  }),
);
