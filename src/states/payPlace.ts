// Where a person's pay falls among a role's published percentiles ("Your pay",
// issue 21). The rule, as the page states it: a straight line between the two
// published percentiles around the amount; below the lowest or above the
// highest published one is said as such, never extrapolated; a top-coded
// percentile ("≥ $239,200") bounds the amount but gives no exact place.
import type { Wage } from '../model/schema';
import { formatMoney, formatWage } from '../format/format';

export const PAY_PLACE_RULE =
  'Placed on a straight line between the two published percentiles around it (10th, 25th, median, 75th, 90th); ' +
  'below the 10th or above the 90th is said as such, never estimated.';

/** BLS's rule for a yearly figure from an hourly one: 2,080 hours (52 weeks of 40). */
export const HOURS_PER_YEAR = 2080;

/** A role's published percentiles of yearly pay; any may be missing. */
export interface PayPercentiles {
  p10?: Wage;
  p25?: Wage;
  median?: Wage;
  p75?: Wage;
  p90?: Wage;
}

export type PayPlace =
  /** Interpolated, to a whole percentile. */
  | { kind: 'at'; percentile: number }
  /** Below the lowest published percentile (`percentile`, whose figure is `wage`). */
  | { kind: 'below'; percentile: number; wage: Wage }
  /** Above the highest published exact percentile. */
  | { kind: 'above'; percentile: number; wage: Wage }
  /** Between two percentiles when the higher one is top-coded: only the bracket is known. */
  | { kind: 'between'; low: number; high: number; highWage: Wage }
  | { kind: 'unknown'; reason: string };

const POINTS: readonly [keyof PayPercentiles, number][] = [
  ['p10', 10],
  ['p25', 25],
  ['median', 50],
  ['p75', 75],
  ['p90', 90],
];

/** Places a yearly amount in dollars among the percentiles; never throws. */
export function placePay(yearly: number, percentiles: PayPercentiles | undefined): PayPlace {
  if (!Number.isFinite(yearly) || yearly <= 0) return { kind: 'unknown', reason: 'it is not an amount of pay' };
  const points = POINTS.flatMap(([key, pct]) => {
    const wage = percentiles?.[key];
    if (wage === undefined) return [];
    return [{ pct, wage, floor: typeof wage === 'number' ? wage : wage.atLeast, exact: typeof wage === 'number' }];
  });
  if (points.length === 0) return { kind: 'unknown', reason: 'no pay percentiles are published for it' };
  const [first] = points;
  if (yearly < first.floor) return { kind: 'below', percentile: first.pct, wage: first.wage };
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    if (!a.exact) break;
    if (!b.exact) {
      return yearly < b.floor
        ? { kind: 'between', low: a.pct, high: b.pct, highWage: b.wage }
        : { kind: 'above', percentile: a.pct, wage: a.wage };
    }
    if (yearly <= b.floor) {
      const share = b.floor === a.floor ? 0 : (yearly - a.floor) / (b.floor - a.floor);
      return { kind: 'at', percentile: Math.round(a.pct + share * (b.pct - a.pct)) };
    }
  }
  const last = points[points.length - 1];
  if (!last.exact) return { kind: 'unknown', reason: 'its highest published percentiles are top-coded' };
  return yearly === last.floor ? { kind: 'at', percentile: last.pct } : { kind: 'above', percentile: last.pct, wage: last.wage };
}

/** "40th", "1st", "22nd", "13th". */
export function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** The sentence the chart says: "$85,000 is about the 40th percentile of Registered Nurses in Texas." */
export function payPlaceText(yearly: number, place: PayPlace, role: string, where: string): string {
  const amount = formatMoney(yearly);
  const of = `of ${role} ${where}`;
  const edge = (side: string, p: { percentile: number; wage: Wage }) =>
    `${amount} is ${side} the ${ordinal(p.percentile)} percentile ${of} (${formatWage(p.wage)})`;
  switch (place.kind) {
    case 'at':
      return `${amount} is about the ${ordinal(place.percentile)} percentile ${of}.`;
    case 'below':
      return `${edge('below', place)}; BLS publishes no lower percentile.`;
    case 'above':
      return `${edge('above', place)}; BLS publishes no higher percentile.`;
    case 'between':
      return (
        `${amount} is between the ${ordinal(place.low)} and ${ordinal(place.high)} percentiles ${of}; ` +
        `the ${ordinal(place.high)} is ${formatWage(place.highWage)}, BLS's top-coded limit, so no closer place is known.`
      );
    case 'unknown':
      return `${amount} cannot be placed among the pay ${of}: ${place.reason}.`;
  }
}
