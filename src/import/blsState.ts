// OEWS May 2024 state estimates (bls/oews_state_M2024_detailed.csv): one row
// per state and detailed occupation. BLS's special values are blank in this
// file, and a blank wage means "not available or top-coded" — never zero.
import type { Wage } from '../model/schema';
import { OEWS_TOP_CODE } from './bls';
import { ImportError, parseNumber, readTable } from './table';
import { SOC_CODE } from '../model/socCodes';

export const STATE_FILE = 'oews_state_M2024_detailed.csv';

export interface StateEstimate {
  state: string;
  jobs?: number;
  /** Undefined where the file is blank: not published (or top-coded), not zero. */
  annualMean?: Wage;
}

const FIPS = /^\d{2}$/;
/** Should BLS's own marks appear after all: "*" / "**" not available, "#" top-coded. */
const NOT_AVAILABLE = ['*', '**'];

/** SOC code → the states with an estimate for it, in file order. */
export function parseOewsStates(file: string, text: string): Map<string, StateEstimate[]> {
  const { rows } = readTable(file, text, { delimiter: ',', required: ['AREA', 'AREA_TITLE', 'OCC_CODE', 'TOT_EMP', 'A_MEAN'] });
  const out = new Map<string, StateEstimate[]>();
  const seen = new Set<string>();
  for (const row of rows) {
    const area = row.get('AREA');
    const soc = row.get('OCC_CODE');
    const state = row.get('AREA_TITLE');
    if (!FIPS.test(area)) throw new ImportError(file, row.line, `"AREA" is not a state FIPS code: "${area}"`);
    if (!SOC_CODE.test(soc)) throw new ImportError(file, row.line, `"OCC_CODE" is not a SOC code: "${soc}"`);
    if (!state) throw new ImportError(file, row.line, '"AREA_TITLE" is empty');
    if (seen.has(`${area} ${soc}`)) throw new ImportError(file, row.line, `${soc} appears twice for ${state}`);
    seen.add(`${area} ${soc}`);
    const rawMean = row.get('A_MEAN');
    const estimate: StateEstimate = {
      state,
      jobs: parseNumber(file, row.line, 'TOT_EMP', row.get('TOT_EMP'), NOT_AVAILABLE),
      annualMean: rawMean === '#' ? { atLeast: OEWS_TOP_CODE.annual } : parseNumber(file, row.line, 'A_MEAN', rawMean, NOT_AVAILABLE),
    };
    const list = out.get(soc);
    if (list) list.push(estimate);
    else out.set(soc, [estimate]);
  }
  if (out.size === 0) throw new ImportError(file, undefined, 'no state estimates found');
  return out;
}

/** How many areas (states, DC) the file covers: those with a row for any occupation. */
export function areaCount(bySoc: ReadonlyMap<string, readonly StateEstimate[]>): number {
  const areas = new Set<string>();
  for (const list of bySoc.values()) for (const e of list) areas.add(e.state);
  return areas.size;
}
