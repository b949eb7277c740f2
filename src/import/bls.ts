// Parsers for the BLS releases in ../shared/public-data/bls, in the formats
// BLS publishes them. Pure: text in, typed records out.
import type { Wage } from '../model/schema';
import { ImportError, parseNumber, readTable } from './table';
import { SOC_CODE } from '../model/socCodes';
import { OEWS_TOP_CODE } from '../states/stateColumns';

export interface OewsOccupation {
  soc: string;
  title: string;
  employment?: number;
  annualMean?: Wage;
  annualMedian?: Wage;
  hourlyMean?: Wage;
  annualP10?: Wage;
  annualP25?: Wage;
  annualP75?: Wage;
  annualP90?: Wage;
}

export interface OewsRelease {
  detailed: Map<string, OewsOccupation>;
  /** SOC major groups, "11-0000" → "Management Occupations". */
  majorGroups: Map<string, string>;
}

export { OEWS_TOP_CODE };

/** A wage's size for ranking: a top-coded wage ranks at its floor, above an equal plain figure. */
export function wageRank(wage: Wage): number {
  return typeof wage === 'number' ? wage : wage.atLeast + 0.5;
}

export function parseOews(file: string, text: string): OewsRelease {
  const { rows } = readTable(file, text, {
    delimiter: ',',
    required: ['OCC_CODE', 'OCC_TITLE', 'O_GROUP', 'TOT_EMP', 'A_MEAN', 'A_MEDIAN', 'H_MEAN', 'A_PCT10', 'A_PCT25', 'A_PCT75', 'A_PCT90'],
  });
  const detailed = new Map<string, OewsOccupation>();
  const majorGroups = new Map<string, string>();
  for (const row of rows) {
    const soc = row.get('OCC_CODE');
    const group = row.get('O_GROUP');
    if (!SOC_CODE.test(soc)) throw new ImportError(file, row.line, `"OCC_CODE" is not a SOC code: "${soc}"`);
    if (group === 'major') majorGroups.set(soc, row.get('OCC_TITLE'));
    if (group !== 'detailed') continue;
    const wage = (column: string, kind: 'annual' | 'hourly'): Wage | undefined => {
      const raw = row.get(column);
      if (raw === '#') return { atLeast: OEWS_TOP_CODE[kind] };
      return parseNumber(file, row.line, column, raw, ['*', '**']);
    };
    detailed.set(soc, {
      soc,
      title: row.get('OCC_TITLE'),
      employment: parseNumber(file, row.line, 'TOT_EMP', row.get('TOT_EMP'), ['*', '**']),
      annualMean: wage('A_MEAN', 'annual'),
      annualMedian: wage('A_MEDIAN', 'annual'),
      hourlyMean: wage('H_MEAN', 'hourly'),
      annualP10: wage('A_PCT10', 'annual'),
      annualP25: wage('A_PCT25', 'annual'),
      annualP75: wage('A_PCT75', 'annual'),
      annualP90: wage('A_PCT90', 'annual'),
    });
  }
  if (detailed.size === 0) throw new ImportError(file, undefined, 'no detailed occupations found');
  return { detailed, majorGroups };
}

export interface Projection {
  soc: string;
  title: string;
  /** Sample job titles BLS lists after the title. */
  sampleTitles: string[];
  percentChange?: number;
  /** Annual average openings, in people (BLS prints thousands). */
  annualOpenings?: number;
  typicalEducation?: string;
  workExperience?: string;
}

/** BLS's damaged "®" in a few sample titles ("GED¿ Instructor"). */
const BROKEN_MARK = /\u00bf/g;

export function parseProjections(file: string, text: string, warn: (message: string) => void = () => {}): Map<string, Projection> {
  const cols = {
    title: 'Occupation Title',
    code: 'Occupation Code',
    change: 'Employment Percent Change, 2024-2034',
    openings: 'Occupational Openings, 2024-2034 Annual Average',
    education: 'Typical Entry-Level Education',
    educationCode: 'Education Code',
    experience: 'Work Experience in a Related Occupation',
  };
  const { rows } = readTable(file, text, { delimiter: ',', required: Object.values(cols) });
  // The education label per code, as most rows print it: a damaged label is replaced by its code's.
  const labels = new Map<string, Map<string, number>>();
  for (const row of rows) {
    const code = row.get(cols.educationCode);
    const counts = labels.get(code) ?? new Map<string, number>();
    counts.set(row.get(cols.education), (counts.get(row.get(cols.education)) ?? 0) + 1);
    labels.set(code, counts);
  }
  const labelOf = (code: string) =>
    [...(labels.get(code) ?? new Map()).entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
  const out = new Map<string, Projection>();
  for (const row of rows) {
    const soc = row.get(cols.code);
    if (!SOC_CODE.test(soc)) throw new ImportError(file, row.line, `"${cols.code}" is not a SOC code: "${soc}"`);
    const [title, ...samples] = row
      .get(cols.title)
      .split('*')
      .map((s) => s.trim());
    const sampleTitles = samples
      .map((s) => {
        if (s.includes('\u00bf')) warn(`${file}, line ${row.line}: dropped a damaged character in "${s}"`);
        return s.replace(BROKEN_MARK, '').trim();
      })
      .filter(Boolean);
    const printed = row.get(cols.education);
    const canonical = labelOf(row.get(cols.educationCode));
    if (canonical && printed !== canonical) warn(`${file}, line ${row.line}: education label "${printed}" read as "${canonical}"`);
    const openings = parseNumber(file, row.line, cols.openings, row.get(cols.openings), ['N/A', '—']);
    out.set(soc, {
      soc,
      title,
      sampleTitles,
      percentChange: parseNumber(file, row.line, cols.change, row.get(cols.change), ['N/A', '—']),
      annualOpenings: openings === undefined ? undefined : Math.round(openings * 1000),
      typicalEducation: canonical ?? (printed || undefined),
      workExperience: row.get(cols.experience) || undefined,
    });
  }
  return out;
}

export interface CpsShares {
  title: string;
  line: number;
  women?: number;
  white?: number;
  black?: number;
  asian?: number;
  hispanic?: number;
}

/** CPS prints "–" (too small to show) and sometimes "-". */
const CPS_MISSING = ['–', '-', '—'];

/** CPS table 11: Census titles (aggregate and detailed rows mixed), percent shares. */
export function parseCpsShares(file: string, text: string): CpsShares[] {
  const cols = ['Occupation', 'Total employed', 'Women', 'White', 'Black or African American', 'Asian', 'Hispanic or Latino'];
  const { rows } = readTable(file, text, { delimiter: ',', required: cols });
  return rows
    .filter((row) => row.get('Occupation') !== '')
    .map((row) => {
      const pct = (c: string) => {
        const v = parseNumber(file, row.line, c, row.get(c), CPS_MISSING);
        if (v !== undefined && (v < 0 || v > 100)) throw new ImportError(file, row.line, `"${c}" is not a percentage: ${v}`);
        return v;
      };
      return {
        title: row.get('Occupation'),
        line: row.line,
        women: pct('Women'),
        white: pct('White'),
        black: pct('Black or African American'),
        asian: pct('Asian'),
        hispanic: pct('Hispanic or Latino'),
      };
    });
}

export interface CpsAge {
  title: string;
  line: number;
  medianAge?: number;
}

/** CPS table 11b: title rows first, then a header row that ends in "Median age". */
export function parseCpsAges(file: string, text: string): CpsAge[] {
  const { header, rows } = readTable(file, text, {
    delimiter: ',',
    required: ['Median age'],
    headerLine: (cells) => cells.some((c) => c.trim() === 'Median age'),
  });
  const age = header.indexOf('Median age');
  return rows
    .filter((row) => (row.cells[0] ?? '').trim() !== '')
    .map((row) => ({
      title: row.cells[0].trim(),
      line: row.line,
      medianAge: parseNumber(file, row.line, 'Median age', row.cells[age] ?? '', CPS_MISSING),
    }));
}
