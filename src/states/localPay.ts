// A role's pay and jobs for the user's state ("Your state", issue 21): the
// role as every view shows it (comparison, headline, Roles view, hover,
// exports), with OEWS's state figures in place of the national ones and a
// source that names the state. The national role is kept beside it by the
// caller, so each figure can show the national one beside it. A figure the
// state file leaves blank is absent (no data, with its reason), never the
// national one passed off as the state's.
import { formatMoney } from '../format/format';
import type { Role, Source } from '../model/schema';
import type { RoleSummary } from '../model/summary';
import { OEWS_TOP_CODE, type StateFigures } from './stateColumns';
import type { UsArea } from './usAreas';

/** Where the national figures are from, as a cell beside a state's names it. */
export const NATIONAL_LABEL = 'United States';

/** BLS's top-coded limits, which a blank state wage may be at or above. */
const TOP_CODED = `at or above BLS's top-coded limit (${formatMoney(OEWS_TOP_CODE.annual)} a year)`;

/** The state file's source, naming the state: "BLS OEWS, state estimates for Texas". */
export function stateSource(source: Source, area: UsArea): Source {
  return { ...source, name: `${source.name} for ${area.name}` };
}

/** Why a localized role's figure reads "no data" in a state. */
export function stateBlankReason(role: Pick<Role, 'title'>, area: UsArea, figures: StateFigures | undefined): string {
  return figures
    ? `BLS leaves this figure blank for ${area.name}: not available, or ${TOP_CODED}.`
    : `BLS publishes no estimate for ${role.title} in ${area.name}.`;
}

/** A role's pay section from a state's figures; the national section's extras (highest paying state…) are kept. */
function statePay(national: Role['pay'], source: Source, f: StateFigures): NonNullable<Role['pay']> {
  const pay: NonNullable<Role['pay']> = { source };
  if (f.yearlyMean !== undefined) pay.yearly = f.yearlyMean;
  if (f.yearlyMedian !== undefined) pay.yearlyMedian = f.yearlyMedian;
  if (f.hourlyMean !== undefined) pay.hourly = f.hourlyMean;
  if (f.yearlyP10 !== undefined && f.yearlyP90 !== undefined)
    pay.range = { low: f.yearlyP10, high: f.yearlyP90, label: '10th–90th percentile of annual wages' };
  const percentiles = { p10: f.yearlyP10, p25: f.yearlyP25, median: f.yearlyMedian, p75: f.yearlyP75, p90: f.yearlyP90 };
  const known = Object.fromEntries(Object.entries(percentiles).filter(([, v]) => v !== undefined));
  if (Object.keys(known).length > 0) pay.percentiles = known;
  for (const key of ['highestPayingCity', 'highestPayingState', 'bestPayingCompany', 'bestPayingIndustry'] as const) {
    if (national?.[key] !== undefined) pay[key] = national[key];
  }
  return pay;
}

/**
 * The role with its pay and jobs for `area`. Without a row for the area
 * (`figures` undefined) both are absent: the role's pay there is unknown.
 */
export function localizeRole(role: Role, area: UsArea, source: Source, figures: StateFigures | undefined): Role {
  const named = stateSource(source, area);
  const { pay: national, jobs: _jobs, ...rest } = role;
  const out: Role = { ...rest };
  if (figures) {
    out.pay = statePay(national, named, figures);
    if (figures.jobs !== undefined) out.jobs = { source: named, count: figures.jobs };
  }
  return out;
}

/** A role's summary (the Roles view's pay, sort and filter) with its yearly pay and jobs for `area`. */
export function localizeSummary(role: RoleSummary, area: UsArea, source: Source, figures: StateFigures | undefined): RoleSummary {
  const named = stateSource(source, area);
  const { pay: _pay, jobs: _jobs, ...rest } = role;
  const out: RoleSummary = { ...rest };
  if (figures) {
    out.pay = figures.yearlyMean !== undefined ? { source: named, yearly: figures.yearlyMean } : { source: named };
    if (figures.jobs !== undefined) out.jobs = { source: named, count: figures.jobs };
  }
  return out;
}
