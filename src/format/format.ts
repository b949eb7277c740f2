// Number formatting shared by the comparison tables, tooltips and headlines.
// Fixed to en-US so figures read exactly as their US sources print them.
import type { Source, Wage } from '../model/schema';

/** What a missing value reads as everywhere: a dash with a "no data" label. */
export const NO_DATA = '—';

// Created on first use: the first Intl.NumberFormat costs ~15 ms of ICU set-up, which activation must not pay.
let wholeFormat: Intl.NumberFormat | undefined;
let centsFormat: Intl.NumberFormat | undefined;
const whole = () => (wholeFormat ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }));
const cents = () => (centsFormat ??= new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }));

/** $116,619 for yearly figures; cents are dropped because sources publish whole dollars. */
export function formatMoney(dollars: number): string {
  return `${dollars < 0 ? '-' : ''}$${whole().format(Math.abs(dollars))}`;
}

/** $56.07: hourly rates always show cents. */
export function formatHourly(dollars: number): string {
  return `$${cents().format(dollars)}`;
}

/** A wage that may be top-coded: "≥ $239,200" rather than an invented number. */
export function formatWage(wage: Wage, kind: 'yearly' | 'hourly' = 'yearly'): string {
  const fmt = kind === 'hourly' ? formatHourly : formatMoney;
  return typeof wage === 'number' ? fmt(wage) : `≥ ${fmt(wage.atLeast)}`;
}

/** The number to compare or draw: a top-coded wage counts at its floor. */
export function wageValue(wage: Wage): number {
  return typeof wage === 'number' ? wage : wage.atLeast;
}

export function isTopCoded(wage: Wage): boolean {
  return typeof wage !== 'number';
}

/**
 * 8% or 83.7%: `decimals` fixes the precision where a source prints it fixed
 * (demographic shares are published to one decimal, so 8.0% stays 8.0%).
 */
export function formatPercent(value: number, decimals?: number): string {
  if (decimals !== undefined) return `${value.toFixed(decimals)}%`;
  return `${Number.isInteger(value) ? value : Number(value.toFixed(1))}%`;
}

/** +8% / -3%: a signed change. */
export function formatChange(value: number): string {
  const text = formatPercent(Math.abs(value));
  return value > 0 ? `+${text}` : value < 0 ? `-${text}` : text;
}

export function formatCount(n: number): string {
  return whole().format(n);
}

export function formatYears(minYears: number, maxYears: number): string {
  if (minYears === maxYears) return `${minYears} ${minYears === 1 ? 'year' : 'years'}`;
  return `${minYears}–${maxYears} years`;
}

/** "BLS OEWS, 2024" or "Reference comparison page, year not stated". */
export function formatSource(source: Source): string {
  return `${source.name}, ${source.year === null ? 'year not stated' : String(source.year)}`;
}
