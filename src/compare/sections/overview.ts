// The overview table: the headline figures of every role, one row each.
import { formatCount, formatPercent, formatSource, formatWage } from '../../format/format';
import type { Role } from '../../model/schema';
import type { Row, Section } from '../../protocol/comparisonView';
import { stateSource } from '../../states/localPay';
import { locationQuotientText } from '../../states/stateSetting';
import type { PayWhere } from '../payWhere';
import { cell, explainedRow, noData, optionalRow, row, withGaps } from './cells';
import { ageCell, medianAgeCell } from './demographics';
import { overviewDegreeCell } from './education';
import { besideNational, sourcesBeside, stateNote } from './national';
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

/** With a state chosen: each role's share of the state's jobs against its national share, in words. */
function concentrationRows(roles: Role[], where: PayWhere | undefined) {
  const place = where?.place;
  if (!place || !where.source) return [];
  const source = formatSource(stateSource(where.source, place.area));
  return optionalRow('Concentration of jobs', roles, (r) => {
    const f = place.figures.get(r.id);
    const text = locationQuotientText(f?.locationQuotient, f?.jobsPer1000);
    return text === undefined
      ? noData
      : {
          text,
          note: `Location quotient: the role's share of ${place.area.name}'s jobs against its share of the nation's. Source: ${source}`,
        };
  });
}

export function overview(roles: Role[], where?: PayWhere): Section {
  const beside = (build: (rs: Role[]) => Row) => besideNational(build, roles, where);
  return {
    kind: 'table',
    id: 'overview',
    title: 'Overview',
    ...(where?.place && { notes: stateNote(roles, where) }),
    sources: sourcesBeside(roles, ['pay', 'growth', 'jobs', 'satisfaction', 'education', 'demographics', 'experience'], where),
    rows: [
      beside((rs) => withGaps(row('Yearly salary', rs, yearlyCell), rs, hourlyOnlyReason)),
      beside((rs) => row('Hourly rate', rs, hourlyCell)),
      row('Growth rate', roles, (r) =>
        cell(r, 'growth', (g) => formatPercent(g.rate), r.growth?.period ? `Projected change ${r.growth.period}` : 'Projected growth'),
      ),
      beside((rs) => row('Number of jobs', rs, (r) => cell(r, 'jobs', (j) => formatCount(j.count)))),
      ...concentrationRows(roles, where),
      explainedRow('Job satisfaction', roles, (r) => cell(r, 'satisfaction', (s) => `${s.rating} / 5`), 'jobSatisfaction'),
      row('Most common degree', roles, overviewDegreeCell),
      row('Average age', roles, (r) => ageCell(r, true)),
      ...optionalRow('Median age', roles, (r) => medianAgeCell(r, true)),
      row('Years of experience', roles, experienceCell),
    ],
  };
}
