// The official dataset as the extension reads it from data/generated: every
// role of a split loaded back whole, for tests that check the shipped files.
import { CATALOG_FILE, parseCatalogFile, parseDetailFile } from '../../src/model/generatedCatalog';
import type { Role } from '../../src/model/schema';

/** Loads every role of a split back: the catalog's order, each with its full detail. */
export function loadSplit(files: ReadonlyMap<string, string>): { roles: Role[]; problems: unknown[] } {
  const catalog = parseCatalogFile(CATALOG_FILE, files.get(CATALOG_FILE)!);
  const problems: unknown[] = [...catalog.problems];
  const details = new Map<string, Map<string, Role>>();
  for (const file of new Set(catalog.detailOf.values())) {
    const expected = [...catalog.detailOf].filter(([, f]) => f === file).map(([id]) => id);
    const parsed = parseDetailFile(file, files.get(file)!, expected, (id) => catalog.detailOf.has(id));
    for (const p of parsed.problems) problems.push(p);
    details.set(file, parsed.roles);
  }
  const roles = catalog.summaries.map((s) => details.get(catalog.detailOf.get(s.id)!)!.get(s.id)!);
  return { roles, problems };
}
