// What a state figures file holds and where it is, without zod: the host's
// activation bundle names these (the file of a category, the figures of a
// row), while reading and checking a file is the core's (./stateFigures.ts).
import { groupSlug } from '../model/dataFolders';

/** OEWS (May 2024) top-codes wages at or above these; BLS prints "#" instead of the figure, and the state file leaves it blank. */
export const OEWS_TOP_CODE = { annual: 239200, hourly: 115 } as const;

/** The figures of a row, in the order the file keeps them (the state file's columns TOT_EMP … LOC_QUOTIENT). */
export const STATE_COLUMNS = [
  'jobs',
  'hourlyMean',
  'yearlyMean',
  'hourlyMedian',
  'yearlyMedian',
  'yearlyP10',
  'yearlyP25',
  'yearlyP75',
  'yearlyP90',
  'jobsPer1000',
  'locationQuotient',
] as const;
export type StateColumn = (typeof STATE_COLUMNS)[number];

/** One role in one area: a figure is absent where the state file is blank. */
export type StateFigures = Partial<Record<StateColumn, number>>;

/** The state figures file of a category, relative to data/generated: "states/management-occupations.json". */
export function stateFileFor(category: string): string {
  return `states/${groupSlug(category)}.json`;
}
