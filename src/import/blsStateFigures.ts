// Every figure of OEWS's state estimates (bls/oews_state_M2024_detailed.csv)
// for each occupation and area, for "Your state" and the map of pay by
// state; blsState.ts reads the same file for the top-10 lists. The file's
// blanks (BLS's "*", "**" and "#") stay absent: not available, or at or above
// the top-coded limit — never zero.
import type { Role, Source } from '../model/schema';
import {
  serializeStateFile,
  STATE_COLUMNS,
  stateFileFor,
  type StateColumn,
  type StateFigures,
  type StateRows,
} from '../states/stateFigures';
import { SOC_CODE } from '../model/socCodes';
import { US_AREAS } from '../states/usAreas';
import { ImportError, parseNumber, readTable } from './table';

/** The state file's column of each figure. */
export const STATE_FILE_COLUMNS: Record<StateColumn, string> = {
  jobs: 'TOT_EMP',
  hourlyMean: 'H_MEAN',
  yearlyMean: 'A_MEAN',
  hourlyMedian: 'H_MEDIAN',
  yearlyMedian: 'A_MEDIAN',
  yearlyP10: 'A_PCT10',
  yearlyP25: 'A_PCT25',
  yearlyP75: 'A_PCT75',
  yearlyP90: 'A_PCT90',
  jobsPer1000: 'JOBS_1000',
  locationQuotient: 'LOC_QUOTIENT',
};

const areaByFips = new Map(US_AREAS.map((a, i) => [a.fips, { ...a, order: i }]));

/** SOC code → its rows, one per area with a row, in the areas' table order. */
export function parseStateFigures(file: string, text: string): Map<string, StateRows> {
  const { rows } = readTable(file, text, {
    delimiter: ',',
    required: ['AREA', 'AREA_TITLE', 'OCC_CODE', ...Object.values(STATE_FILE_COLUMNS)],
  });
  const bySoc = new Map<string, { order: number; row: readonly [string, StateFigures] }[]>();
  for (const row of rows) {
    const fips = row.get('AREA');
    const area = areaByFips.get(fips);
    if (!area) throw new ImportError(file, row.line, `"AREA" is not a state or DC FIPS code: "${fips}"`);
    if (row.get('AREA_TITLE') !== area.name)
      throw new ImportError(file, row.line, `area ${fips} is "${row.get('AREA_TITLE')}", not "${area.name}"`);
    const soc = row.get('OCC_CODE');
    if (!SOC_CODE.test(soc)) throw new ImportError(file, row.line, `"OCC_CODE" is not a SOC code: "${soc}"`);
    const figures: StateFigures = {};
    for (const column of STATE_COLUMNS) {
      const value = parseNumber(file, row.line, STATE_FILE_COLUMNS[column], row.get(STATE_FILE_COLUMNS[column]), ['*', '**', '#']);
      if (value !== undefined) figures[column] = value;
    }
    const list = bySoc.get(soc) ?? [];
    if (list.some((r) => r.order === area.order)) throw new ImportError(file, row.line, `${soc} appears twice for ${area.name}`);
    list.push({ order: area.order, row: [area.code, figures] });
    bySoc.set(soc, list);
  }
  if (bySoc.size === 0) throw new ImportError(file, undefined, 'no state estimates found');
  return new Map([...bySoc].map(([soc, list]) => [soc, list.sort((a, b) => a.order - b.order).map((r) => r.row)]));
}

/** The state figures files (path relative to data/generated → text): each official role with rows, by SOC major group. */
export function stateFiles(roles: readonly Role[], bySoc: ReadonlyMap<string, StateRows>, source: Source): Map<string, string> {
  const byFile = new Map<string, [string, StateRows][]>();
  for (const role of roles) {
    const rows = role.socCode ? bySoc.get(role.socCode) : undefined;
    if (!rows) continue;
    const file = stateFileFor(role.category);
    const list = byFile.get(file) ?? [];
    list.push([role.id, rows]);
    byFile.set(file, list);
  }
  return new Map([...byFile.keys()].sort().map((file) => [file, serializeStateFile(source, byFile.get(file)!)]));
}
