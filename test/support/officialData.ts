// The official dataset built once per test run, and the raw public files read
// independently of the importers (csv-parse and plain tab splitting), so tests
// can check the built figures against the publishers' own rows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Role } from '../../src/model/schema';
import { buildDataset } from '../../scripts/buildData';

export const PUBLIC = join(__dirname, '..', '..', '..', '..', 'shared', 'public-data');
export const readPublic = (folder: string, name: string) => readFileSync(join(PUBLIC, folder, name), 'utf8');

let built: ReturnType<typeof buildDataset> | undefined;
/** `npm run data:build`'s output, built once and shared by every test file. */
export function officialDataset() {
  built ??= buildDataset(PUBLIC);
  return built;
}
export function officialRoles(): Map<string, Role> {
  return new Map((JSON.parse(officialDataset().text).roles as Role[]).map((r) => [r.socCode!, r]));
}

const csvCache = new Map<string, Record<string, string>[]>();
/** A CSV's rows by header name, as csv-parse reads them (no project code involved). */
export function rawCsv(folder: string, name: string): Record<string, string>[] {
  const key = `${folder}/${name}`;
  if (!csvCache.has(key)) csvCache.set(key, parse(readPublic(folder, name), { columns: true, bom: true }) as Record<string, string>[]);
  return csvCache.get(key)!;
}

const tsvCache = new Map<string, Record<string, string>[]>();
/** An O*NET tab-delimited file's rows by header name, split by hand. */
export function rawTsv(name: string): Record<string, string>[] {
  if (!tsvCache.has(name)) {
    const [header, ...lines] = readPublic('onet-29.3', name)
      .split('\n')
      .filter((l) => l.trim() !== '');
    const cols = header.split('\t');
    tsvCache.set(
      name,
      lines.map((line) => Object.fromEntries(line.split('\t').map((v, i) => [cols[i], v]))),
    );
  }
  return tsvCache.get(name)!;
}

/** "1,234" → 1234. */
export const num = (s: string) => Number(s.replace(/,/g, ''));
