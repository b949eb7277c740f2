// Your Roles in Node: 100 user role files (as bytes, like workspace.fs gives
// them) parsed and validated, their ids checked against the official
// catalog, and joined into it — the pure part of a load, without the file
// system.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assembleCatalog } from '../src/model/catalog';
import { CATALOG_FILE, parseCatalogFile } from '../src/model/generatedCatalog';
import { buildCatalog } from '../src/model/loadRoles';
import { combineUserFiles, parseUserFile, withUserRoles } from '../src/roleFiles/userRoles';
import { ms, summarize } from './stats';

const FILES = 100;

function userFile(i: number): Uint8Array {
  const source = { name: 'My notes', year: 2026 };
  const skills = Array.from({ length: 10 }, (_, k) => ({ name: `Skill ${k + 1}`, value: 5 - k / 3 }));
  const role = {
    id: `bench-role-${i}`,
    title: `Bench Role ${i}`,
    category: 'Mine',
    pay: { source, yearly: 90000 + i },
    growth: { source, rate: 3 },
    skills: { source, measure: 'importance', items: skills },
    relatedRoles: ['registered-nurses'],
  };
  return new TextEncoder().encode(JSON.stringify({ roles: [role] }, null, 2));
}

export function userRolesNode(root: string) {
  const generated = join(root, 'data', 'generated');
  const official = parseCatalogFile(CATALOG_FILE, readFileSync(join(generated, CATALOG_FILE), 'utf8'));
  const base = assembleCatalog(buildCatalog([]), official, CATALOG_FILE);
  const files = Array.from({ length: FILES }, (_, i) => userFile(i));
  const times: number[] = [];
  for (let run = 0; run < 7; run++) {
    const start = process.hrtime.bigint();
    const parsed = files.map((bytes, i) => parseUserFile(`.career-compare/bench-${i}.json`, bytes));
    const combined = combineUserFiles(parsed, (id) => base.byId.has(id));
    const joined = withUserRoles(base, combined.roles);
    times.push(ms(start));
    if (joined.roles.length !== base.roles.length + FILES) throw new Error('a bench role was not joined');
  }
  return { files: FILES, ms: summarize(times) };
}
