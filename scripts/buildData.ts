// `npm run data:build`: rebuilds data/generated/ (the catalog, the search
// index and the detail files, see src/import/splitDataset.ts) from the
// official releases in ../shared/public-data (or the folder given as the
// first argument) and prints what the data covers. Same input, same bytes.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { buildOfficialRoles, ONET_ATTRIBUTION, serializeRoleFile, type Coverage } from '../src/import/buildRoles';
import { splitDataset } from '../src/import/splitDataset';

export const PROJECT_ROOT = resolve(__dirname, '..', '..');
export const DEFAULT_PUBLIC_DATA = resolve(PROJECT_ROOT, '..', 'shared', 'public-data');
export const GENERATED_DIR = join(PROJECT_ROOT, 'data', 'generated');

/**
 * `text` is every official role as one role file (what tests check figures
 * in); `files` is what is written to data/generated, path → text.
 */
export function buildDataset(publicData = DEFAULT_PUBLIC_DATA): { text: string; files: Map<string, string>; coverage: Coverage; warnings: string[] } {
  const warnings: string[] = [];
  const { roles, coverage } = buildOfficialRoles(
    (folder, name) => readFileSync(join(publicData, folder, name), 'utf8'),
    (m) => warnings.push(m),
  );
  return { text: serializeRoleFile(roles, ONET_ATTRIBUTION), files: splitDataset(roles, ONET_ATTRIBUTION), coverage, warnings };
}

/** The files now in data/generated, path relative to it → text. */
export function readGenerated(dir = GENERATED_DIR): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (sub: string): void => {
    for (const entry of readdirSync(join(dir, sub), { withFileTypes: true })) {
      const rel = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(rel);
      else out.set(rel, readFileSync(join(dir, rel), 'utf8'));
    }
  };
  walk('');
  return out;
}

export function coverageTable(c: Coverage): string {
  const pct = (n: number) => `${((n / c.occupations) * 100).toFixed(1)}%`;
  const rows: [string, number, string][] = [
    ['occupations (detailed SOC with OEWS wages)', c.occupations, ''],
    ['with wages (OEWS May 2024)', c.wages, pct(c.wages)],
    ['with growth (Employment Projections 2024–34)', c.growth, pct(c.growth)],
    ['with most common education (O*NET RL)', c.education, pct(c.education)],
    ['  top category suppressed by O*NET, left unknown', c.educationSuppressed, pct(c.educationSuppressed)],
    ['with typical entry-level education (BLS EP)', c.typicalEntry, pct(c.typicalEntry)],
    ['with demographics (CPS 11 2022, exact title)', c.demographics, pct(c.demographics)],
    ['with median age (CPS 11b 2025, exact title)', c.medianAge, pct(c.medianAge)],
    ['with skills (O*NET importance)', c.skills, pct(c.skills)],
    ['with hot technologies (O*NET)', c.technologies, pct(c.technologies)],
    ['alternate titles (for search)', c.alternateTitles, ''],
    ['CPS titles printed twice, never matched', c.ambiguousCpsTitles, ''],
  ];
  const width = Math.max(...rows.map((r) => r[0].length));
  return rows.map(([label, n, p]) => `${label.padEnd(width)}  ${String(n).padStart(6)}  ${p.padStart(6)}`).join('\n');
}

if (require.main === module) {
  const source = resolve(process.argv[2] ?? DEFAULT_PUBLIC_DATA);
  try {
    const started = Date.now();
    const { files, coverage, warnings } = buildDataset(source);
    // The folder is wholly generated: clear it so no stale file survives a rename.
    rmSync(GENERATED_DIR, { recursive: true, force: true });
    let bytes = 0;
    for (const [rel, text] of files) {
      mkdirSync(dirname(join(GENERATED_DIR, rel)), { recursive: true });
      writeFileSync(join(GENERATED_DIR, rel), text);
      bytes += Buffer.byteLength(text);
    }
    console.log(coverageTable(coverage));
    for (const w of warnings) console.log(`note: ${w}`);
    console.log(`\nWrote ${files.size} files to ${GENERATED_DIR} (${(bytes / 1024).toFixed(0)} KB) from ${source} in ${Date.now() - started} ms.`);
  } catch (err) {
    console.error(`data:build failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}
