// Why a row official data cannot fill reads "no data": one sentence per row,
// shown as that row's footnote wherever the row appears (overview, sections).
// Each names the publishers' actual gap, so the user knows it is not a bug.
import type { Gap } from '../model/schema';

export const NO_DATA_REASONS = {
  highestPayingCity:
    'BLS publishes pay by metropolitan area, not by city, and its metro file is not bundled: run “Import OEWS Metropolitan Area Data…” to add it.',
  bestPayingCompany: 'BLS does not publish pay by employer.',
  mostCommonDegree:
    "O*NET leaves out estimates it judges too imprecise; where that is the top category, the most common degree is unknown (the overview shows BLS's typical entry-level education instead).",
  mostCommonMajor:
    'No official source publishes the most common major by occupation; related fields of study are programs that prepare for it, not a count of majors.',
  mostCommonCollege: 'No official source publishes which colleges the people in an occupation attended.',
  jobSatisfaction: 'No official US source publishes job satisfaction by occupation.',
  lgbtShare: 'The Census CPS occupation tables do not report sexual orientation or gender identity.',
} as const;

export type NoDataReason = keyof typeof NO_DATA_REASONS;

/** Why a role's metro figures are empty once BLS's metro file is imported: the file has no row for its occupation. */
export const NO_METRO_ESTIMATE = 'BLS publishes no metropolitan area estimate for this occupation.';

/** Where a ranking or list is drawn from: BLS's state file, its industry file or its metro file. */
export type GapPlace = 'state' | 'industry' | 'metro area';

/**
 * Why a role's state or industry figure reads "no data", from the gap the
 * data records (`states.gaps`, `industries.gaps`): the publishers' actual
 * gap, so the user knows it is not a bug.
 */
export function gapReason(gap: Gap, place: GapPlace, figure: 'ranking' | 'list'): string {
  const places = place === 'state' ? 'states' : place === 'industry' ? 'industries' : 'metro areas';
  switch (gap) {
    case 'hourlyOnly':
      return `BLS publishes only an hourly wage for this occupation (“*” for the annual one), and ${places} are ranked by annual mean.`;
    case 'noWages':
      return `BLS publishes no annual wage for it in any ${place}.`;
    case 'noJobCounts': {
      const rule = place === 'industry' && figure === 'ranking' ? ', so no industry can meet the rule below' : '';
      return `BLS publishes no job count for it in any ${place} (“**”)${rule}.`;
    }
    case 'noneReachesRule':
      return 'no industry employs enough of its national jobs to meet the rule below.';
  }
}
