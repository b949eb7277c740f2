// Why a row official data cannot fill reads "no data": one sentence per row,
// shown as that row's footnote wherever the row appears (overview, sections).
// Each names the publishers' actual gap, so the user knows it is not a bug.

export const NO_DATA_REASONS = {
  highestPayingCity: 'BLS publishes pay by metropolitan area, not by city, and the area estimates are not in this dataset.',
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
