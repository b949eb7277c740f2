// Writes the official roles as the extension reads them (see
// src/model/generatedCatalog.ts): the catalog of summaries, the prebuilt
// search index, the hover cards' phrase matcher and one detail file per SOC major group. Generic: it takes the
// roles as built and changes none of them. Same roles, same bytes.
import { CATALOG_FILE, CATALOG_FORMAT, detailFileFor, PHRASES_FILE, SEARCH_INDEX_FILE } from '../model/generatedCatalog';
import type { Role } from '../model/schema';
import { summarize } from '../model/summary';
import { serializeSearchIndex } from '../search/indexFile';
import { serializePhraseMatcher } from '../search/phraseFile';
import { buildIndexMatcher } from '../search/phrases';
import { buildSearchIndex } from '../search/roleSearch';
import { serializeRoleFile } from './buildRoles';

/** File path relative to data/generated → its text. */
export function splitDataset(roles: readonly Role[], attribution: string): Map<string, string> {
  const byFile = new Map<string, Role[]>();
  for (const role of roles) {
    const file = detailFileFor(role.category);
    const list = byFile.get(file) ?? [];
    list.push(role);
    byFile.set(file, list);
  }
  const files = [...byFile.keys()].sort();
  const details = files.map((file) => JSON.stringify({ file, roles: byFile.get(file)!.map((r) => r.id) }));
  const catalog =
    `{"format":${CATALOG_FORMAT},"attribution":${JSON.stringify(attribution)},"details":[\n${details.join(',\n')}\n],"roles":[\n` +
    `${roles.map((r) => JSON.stringify(summarize(r))).join(',\n')}\n]}\n`;
  const out = new Map<string, string>([[CATALOG_FILE, catalog]]);
  const index = buildSearchIndex(roles.map((r) => ({ roleId: r.id, title: r.title, alternateTitles: r.alternateTitles ?? [] })));
  out.set(SEARCH_INDEX_FILE, serializeSearchIndex(index, attribution));
  // Its phrases point at the index's titles by number: the two are written, and read, together.
  out.set(PHRASES_FILE, serializePhraseMatcher(buildIndexMatcher(index)));
  for (const file of files) out.set(file, serializeRoleFile(byFile.get(file)!, attribution));
  return out;
}
