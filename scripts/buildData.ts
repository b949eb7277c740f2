// `npm run data:build`: rebuilds data/generated/ (the catalog, the search
// index, the detail files, the skill profiles and the state figures, see src/import/splitDataset.ts) from the
// official releases in ../shared/public-data (or the folder given as the
// first argument) and prints what the data covers. Same input, same bytes.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { readImportFileSync } from '../src/import/release/nodeFiles';
import { stateFiles } from '../src/import/blsStateFigures';
import { buildOfficialRoles, ONET_ATTRIBUTION, serializeRoleFile, type Coverage } from '../src/import/buildRoles';
import { ONET_FILES } from '../src/import/onet';
import { parseElementScores, serializeProfiles } from '../src/import/onetProfiles';
import { SOURCES } from '../src/import/roleSections';
import { splitDataset } from '../src/import/splitDataset';

export const PROJECT_ROOT = resolve(__dirname, '..', '..');
export const DEFAULT_PUBLIC_DATA = resolve(PROJECT_ROOT, '..', 'shared', 'public-data');
export const GENERATED_DIR = join(PROJECT_ROOT, 'data', 'generated');

/**
 * `text` is every official role as one role file (what tests check figures
 * in); `files` is what is written to data/generated, path → text.
 */
export function buildDataset(publicData = DEFAULT_PUBLIC_DATA): {
  text: string;
  files: Map<string, string>;
  coverage: Coverage;
  warnings: string[];
} {
  const warnings: string[] = [];
  // Regular files only, within the import size limit, strict UTF-8; errors name the file.
  const read = (folder: string, name: string) => readImportFileSync(join(publicData, folder, name), `${folder}/${name}`);
  const { roles, coverage, stateFigures } = buildOfficialRoles(read, (m) => warnings.push(m));
  const files = splitDataset(roles, ONET_ATTRIBUTION);
  // Whole skill and knowledge profiles, for similar roles and the skill gap.
  const scores = (name: string) => parseElementScores(`onet-29.3/${name}`, read('onet-29.3', name));
  files.set(...serializeProfiles(roles, scores(ONET_FILES.skills), scores(ONET_FILES.knowledge), SOURCES.onet, ONET_ATTRIBUTION));
  // Every figure of the state estimates, per role and area: "Your state" and the map of pay by state.
  for (const [path, text] of stateFiles(roles, stateFigures, SOURCES.oewsStates)) files.set(path, text);
  return { text: serializeRoleFile(roles, ONET_ATTRIBUTION), files, coverage, warnings };
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
  const row = (label: string, n: number): [string, number, string] => [label, n, pct(n)];
  const rows: [string, number, string][] = [
    ['occupations (detailed SOC with OEWS wages)', c.occupations, ''],
    row('with wages (OEWS May 2024)', c.wages),
    row('with percentiles 10/25/50/75/90 (OEWS national)', c.percentiles),
    row('  with a top-coded percentile (≥ $239,200)', c.percentilesTopCoded),
    row('with pay by state (OEWS state, top 10 by mean)', c.states),
    row('  with a state without a published wage (left out)', c.statesWithoutWage),
    row('with pay by industry (OEWS 3-digit NAICS)', c.industries),
    row('  with a best paying industry (≥ 1% of jobs)', c.industryBestPaying),
    row('with growth (Employment Projections 2024–34)', c.growth),
    row('with education distribution (O*NET RL)', c.educationDistribution),
    row('with most common education (O*NET RL)', c.education),
    row('  top category suppressed by O*NET, left unknown', c.educationSuppressed),
    row('  top categories tied, named together', c.educationTies),
    row('with typical entry-level education (BLS EP)', c.typicalEntry),
    row('with Job Zone (O*NET)', c.jobZone),
    row('with related fields of study (NCES CIP–SOC)', c.relatedFields),
    row('with demographics (CPS 11 2022 via Census code)', c.demographics),
    row('  Census occupation is the role alone', c.demographicsSingle),
    row('  Census group wider than the role (labelled)', c.demographicsGroup),
    row('  (old rule, role title exact in CPS 11)', c.demographicsExactTitle),
    row('with median age (CPS 11b 2025 via Census code)', c.medianAge),
    row('with skills (O*NET importance)', c.skills),
    row('with knowledge (O*NET importance)', c.knowledge),
    row('with flagged technologies (O*NET hot/in demand)', c.technologies),
    ['flagged technologies kept', c.technologiesFlagged, ''],
    row('with related roles in the catalog', c.relatedRoles),
    ['alternate titles (for search)', c.alternateTitles, ''],
    ['CPS titles printed twice, never matched', c.ambiguousCpsTitles, ''],
  ];
  const width = rows.reduce((w, r) => Math.max(w, r[0].length), 0);
  return rows.map(([label, n, p]) => `${label.padEnd(width)}  ${String(n).padStart(6)}  ${p.padStart(6)}`).join('\n');
}

/** Who stays without CPS demographics and why: the short lists in full, the long one as a count. */
export function unmatchedReport(c: Coverage, listUpTo = 20): string {
  return c.demographicsUnmatched
    .map(({ reason, titles }) =>
      titles.length <= listUpTo ? `${titles.length} ${reason}:\n  ${titles.join('\n  ')}` : `${titles.length} ${reason}`,
    )
    .join('\n');
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
    console.log(`\nWithout demographics, by reason:\n${unmatchedReport(coverage)}\n`);
    for (const w of warnings) console.log(`note: ${w}`);
    console.log(
      `\nWrote ${files.size} files to ${GENERATED_DIR} (${(bytes / 1024).toFixed(0)} KB) from ${source} in ${Date.now() - started} ms.`,
    );
  } catch (err) {
    console.error(`data:build failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}
