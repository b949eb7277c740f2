// OEWS May 2024 state estimates (bls/oews_state_M2024_detailed.csv) as the
// top-10 lists need them: each state's name, jobs and annual mean. The file
// is read once, by ./blsStateFigures.ts, under one rule for its blanks (BLS's
// "*", "**" and "#" are blank in this file: "not available, or at or above
// the top-coded limit", never zero); this only takes the two figures out.
import type { Wage } from '../model/schema';
import type { StateRows } from '../states/stateFigures';
import { US_AREAS } from '../states/usAreas';
import { parseStateFigures } from './blsStateFigures';

export const STATE_FILE = 'oews_state_M2024_detailed.csv';

export interface StateEstimate {
  state: string;
  jobs?: number;
  /** Undefined where the file is blank: not published (or top-coded), not zero. */
  annualMean?: Wage;
}

const nameOf = new Map(US_AREAS.map((a) => [a.code, a.name]));

/** SOC code → the states with an estimate for it, in the areas' order, from the parsed state figures. */
export function stateEstimates(figures: ReadonlyMap<string, StateRows>): Map<string, StateEstimate[]> {
  const out = new Map<string, StateEstimate[]>();
  for (const [soc, rows] of figures) {
    out.set(
      soc,
      rows.map(([code, f]) => ({ state: nameOf.get(code)!, jobs: f.jobs, annualMean: f.yearlyMean })),
    );
  }
  return out;
}

/** SOC code → the states with an estimate for it (the state file read by ./blsStateFigures.ts). */
export function parseOewsStates(file: string, text: string): Map<string, StateEstimate[]> {
  return stateEstimates(parseStateFigures(file, text));
}

/** How many areas (states, DC) the file covers: those with a row for any occupation. */
export function areaCount(bySoc: ReadonlyMap<string, readonly StateEstimate[]>): number {
  const areas = new Set<string>();
  for (const list of bySoc.values()) for (const e of list) areas.add(e.state);
  return areas.size;
}
