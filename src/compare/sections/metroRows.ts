// Salary's metro rows, from BLS's metropolitan area estimates once the user
// imports them: "Highest paying city" (the metropolitan statistical area with
// the highest annual mean; BLS publishes no figures by city) and "Top paying
// metro areas" (up to 10 bars, on one scale across roles). Without an import
// the city row says how to add the file.
import { formatSource, wageValue } from '../../format/format';
import type { Role } from '../../model/schema';
import type { Cell, Row } from '../../protocol/comparisonView';
import { maxOf } from '../../util/arrays';
import { gapReason, NO_METRO_ESTIMATE } from '../noDataReasons';
import { wageBar } from '../spoken';
import { cell, explainedRow, noData, optionalRow, placeText, withGaps } from './cells';

type Metros = NonNullable<Role['metros']>;

/** Why a role with imported metro figures has none to show. */
function metroGapReason(metros: Metros): string {
  if (metros.areas === 0) return NO_METRO_ESTIMATE;
  return gapReason(metros.gap ?? 'noWages', 'metro area', 'ranking');
}

function highestMetroCell(r: Role): Cell {
  const top = r.metros?.highestPaying[0];
  if (!top || !r.metros) return cell(r, 'pay', (p) => p.highestPayingCity);
  return {
    text: placeText(top),
    note:
      'Metropolitan statistical area with the highest annual mean wage (BLS publishes pay by metro area, not by city). ' +
      `Source: ${formatSource(r.metros.source)}`,
  };
}

/**
 * "Highest paying city": a role without metro figures says the file can be
 * imported; one whose occupation has no published metro wage says why.
 */
export function highestMetroRow(roles: Role[]): Row {
  const base = explainedRow('Highest paying city', roles, highestMetroCell, 'highestPayingCity', (r) => !r.metros);
  const gaps = roles.flatMap((r, i) => (base.cells[i].text === null && r.metros ? [`${r.title}: ${metroGapReason(r.metros)}`] : []));
  const why = [base.why, ...gaps].filter((w) => w !== undefined).join(' ');
  return why ? { ...base, why } : base;
}

/** "3 of 120 metro areas with an estimate have no published wage and are left out." */
function withoutWageCaption(metros: Metros): string | undefined {
  const n = metros.withoutWage;
  if (n === 0) return undefined;
  const [has, is] = n === 1 ? ['has', 'is'] : ['have', 'are'];
  return `${n} of ${metros.areas} metro areas with an estimate ${has} no published wage and ${is} left out.`;
}

function topMetrosCell(r: Role, max: number): Cell {
  const metros = r.metros;
  if (!metros || metros.highestPaying.length === 0) return noData;
  const bars = metros.highestPaying.map((p) => wageBar(p.name, p.annualMean, max));
  const caption = withoutWageCaption(metros);
  return {
    text: bars.map((b) => `${b.label}, ${b.text}`).join('; '),
    bars,
    note: `Metropolitan statistical areas with the highest annual mean wage. Source: ${formatSource(metros.source)}`,
    ...(caption && { caption }),
  };
}

/** "Top paying metro areas": only when some role has metro figures. */
export function topMetrosRow(roles: Role[]): Row[] {
  const max = maxOf(
    roles.flatMap((r) => r.metros?.highestPaying.map((p) => wageValue(p.annualMean)) ?? []),
    1,
  );
  return optionalRow('Top paying metro areas', roles, (r) => topMetrosCell(r, max)).map((row) =>
    withGaps(row, roles, (r) => r.metros && metroGapReason(r.metros)),
  );
}
