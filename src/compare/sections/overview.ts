// The overview table: the headline figures of every role, one row each.
import { formatCount, formatPercent, formatWage } from '../../format/format';
import type { Role } from '../../model/schema';
import type { Section } from '../../protocol/comparisonView';
import { cell, explainedRow, optionalRow, row, sourcesOf, withGaps } from './cells';
import { ageCell, medianAgeCell } from './demographics';
import { overviewDegreeCell } from './education';
import { hourlyOnlyReason, yearlyCell } from './salary';

const hourlyCell = (r: Role) =>
  cell(r, 'pay', (p) => (p.hourly !== undefined ? formatWage(p.hourly, 'hourly') : undefined), 'Average hourly rate');

/** What BLS's experience category measures; the category itself ("5 years or more") is shown as BLS prints it. */
export const EXPERIENCE_NOTE = 'Work experience in a related occupation, in BLS’s own category';

const experienceCell = (r: Role) =>
  cell(
    r,
    'experience',
    (e) => (e.years !== undefined ? String(e.years) : e.label),
    r.experience?.years !== undefined ? r.experience?.label : EXPERIENCE_NOTE,
  );

export function overview(roles: Role[]): Section {
  return {
    kind: 'table',
    id: 'overview',
    title: 'Overview',
    sources: sourcesOf(roles, ['pay', 'growth', 'jobs', 'satisfaction', 'education', 'demographics', 'experience']),
    rows: [
      withGaps(row('Yearly salary', roles, yearlyCell), roles, hourlyOnlyReason),
      row('Hourly rate', roles, hourlyCell),
      row('Growth rate', roles, (r) =>
        cell(r, 'growth', (g) => formatPercent(g.rate), r.growth?.period ? `Projected change ${r.growth.period}` : 'Projected growth'),
      ),
      row('Number of jobs', roles, (r) => cell(r, 'jobs', (j) => formatCount(j.count))),
      explainedRow('Job satisfaction', roles, (r) => cell(r, 'satisfaction', (s) => `${s.rating} / 5`), 'jobSatisfaction'),
      row('Most common degree', roles, overviewDegreeCell),
      row('Average age', roles, (r) => ageCell(r, true)),
      ...optionalRow('Median age', roles, (r) => medianAgeCell(r, true)),
      row('Years of experience', roles, experienceCell),
    ],
  };
}
