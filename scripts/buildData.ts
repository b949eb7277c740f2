// `npm run data:build`: rebuilds data/generated/occupations.json from the
// official releases in ../shared/public-data (or the folder given as the
// first argument) and prints what the data covers. Same input, same bytes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { readImportFileSync } from '../src/import/nodeFiles';
import { maxOf } from '../src/util/arrays';
import { buildOfficialRoles, ONET_ATTRIBUTION, serializeRoleFile, type Coverage } from '../src/import/buildRoles';

export const PROJECT_ROOT = resolve(__dirname, '..', '..');
export const DEFAULT_PUBLIC_DATA = resolve(PROJECT_ROOT, '..', 'shared', 'public-data');
export const GENERATED_FILE = join(PROJECT_ROOT, 'data', 'generated', 'occupations.json');

export function buildDataset(publicData = DEFAULT_PUBLIC_DATA): { text: string; coverage: Coverage; warnings: string[] } {
  const warnings: string[] = [];
  const { roles, coverage } = buildOfficialRoles(
    // Regular files only, within the import size limit, strict UTF-8; errors name the file.
    (folder, name) => readImportFileSync(join(publicData, folder, name), `${folder}/${name}`),
    (m) => warnings.push(m),
  );
  return { text: serializeRoleFile(roles, ONET_ATTRIBUTION), coverage, warnings };
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
  const width = maxOf(rows.map((r) => r[0].length), 0);
  return rows.map(([label, n, p]) => `${label.padEnd(width)}  ${String(n).padStart(6)}  ${p.padStart(6)}`).join('\n');
}

if (require.main === module) {
  const source = resolve(process.argv[2] ?? DEFAULT_PUBLIC_DATA);
  try {
    const started = Date.now();
    const { text, coverage, warnings } = buildDataset(source);
    mkdirSync(dirname(GENERATED_FILE), { recursive: true });
    writeFileSync(GENERATED_FILE, text);
    console.log(coverageTable(coverage));
    for (const w of warnings) console.log(`note: ${w}`);
    console.log(`\nWrote ${GENERATED_FILE} (${(text.length / 1024).toFixed(0)} KB) from ${source} in ${Date.now() - started} ms.`);
  } catch (err) {
    console.error(`data:build failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}
