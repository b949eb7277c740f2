// What a screen reader says where the visible text alone does not carry the
// meaning: a bar's scale, a range's two ends, and the announcement of a new
// comparison. One module, so the wording is the same everywhere and tested in Node.
import { formatMoney, formatPercent, formatWage, wageValue } from '../format/format';
import type { Wage } from '../model/schema';
import type { Bar } from '../protocol/comparisonView';
import { joinNames } from './headline';

/** A share of 100: "Women: 87.9% of workers". `of` names the whole; `decimals` as the source prints them. */
export function shareBar(label: string, share: number, of: string, decimals?: number): Bar {
  const text = formatPercent(share, decimals);
  return { label, value: share, max: 100, text, spoken: `${label}: ${text} of ${of}` };
}

/** An O*NET importance score, 1–5: "Active Listening: importance 4.12 of 5". */
export function importanceBar(label: string, value: number): Bar {
  const text = value.toFixed(2);
  return { label, value, max: 5, text, spoken: `${label}: importance ${text} of 5` };
}

/** A share drawn on a scale shared by several roles (`max` is the largest share shown). */
export function mentionShareBar(label: string, share: number, max: number): Bar {
  const text = formatPercent(share);
  return { label, value: share, max, text, spoken: `${label}: ${text} of the role’s skill mentions` };
}

/** A yearly wage read aloud: a top-coded one is "at least $239,200", not "≥". */
const spokenWage = (wage: Wage) => (typeof wage === 'number' ? formatMoney(wage) : `at least ${formatMoney(wage.atLeast)}`);

/** A yearly wage on a scale shared across roles (`max`): "California: $148,330 a year (annual mean wage)". */
export function wageBar(label: string, wage: Wage, max: number): Bar {
  return { label, value: wageValue(wage), max, text: formatWage(wage), spoken: `${label}: ${spokenWage(wage)} a year (annual mean wage)` };
}

/** A share of the occupation's national jobs; `max` is set by the caller's shared scale. */
export function jobsShareBar(label: string, share: number): Omit<Bar, 'max'> {
  const text = formatPercent(share);
  return { label, value: share, text, spoken: `${label}: ${text} of the occupation’s jobs nationally` };
}

/** "from $66,030 to at least $239,200": a range read aloud without the dash and sign between its ends. */
export function spokenRange(low: Wage, high: Wage): string {
  return `from ${spokenWage(low)} to ${spokenWage(high)}`;
}

/** What the page's polite live region says when a view appears. */
export function announcement(titles: string[]): string {
  return titles.length === 1 ? `Now showing ${titles[0]}` : `Now comparing ${joinNames(titles)}`;
}
