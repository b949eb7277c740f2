// What a person types as their pay ("Set Your Pay…"): a yearly or an hourly
// amount, read without trust; an error says what to type instead.
import { HOURS_PER_YEAR } from './payPlace';

export interface PayInput {
  amount: number;
  per: 'year' | 'hour';
}

const HOURLY = /(\/\s*h(ou)?r?|(an|per|a)\s+hour|hourly|\bph\b)$/;
const YEARLY = /(\/\s*y(ea)?r?|(a|per)\s+year|yearly|annually|a\s+yr|\bpa\b)$/;

/** "85000", "$85,000", "85k", "85k a year", "$42.50/hr", "42.50 an hour" → the amount and what it is per; anything else an error. */
export function parsePayInput(text: string): { ok: true; value: PayInput } | { ok: false; error: string } {
  let t = text.trim().toLowerCase().slice(0, 80);
  let per: PayInput['per'] | undefined;
  if (HOURLY.test(t)) {
    per = 'hour';
    t = t.replace(HOURLY, '');
  } else if (YEARLY.test(t)) {
    per = 'year';
    t = t.replace(YEARLY, '');
  }
  const m = /^\$?\s*(\d{1,3}(?:,\d{3})+|\d+)(\.\d{1,2})?\s*(k?)$/.exec(t.trim());
  const error = 'Type a yearly amount (85000, $85,000 or 85k) or an hourly one (42.50/hr or 42.50 an hour).';
  if (!m) return { ok: false, error };
  const amount = Number(`${m[1].replace(/,/g, '')}${m[2] ?? ''}`) * (m[3] ? 1000 : 1);
  // Without a word, a small amount is an hourly rate: nobody earns $40 a year.
  per ??= amount < 1000 ? 'hour' : 'year';
  if (amount <= 0 || (per === 'hour' ? amount > 10_000 : amount > 100_000_000)) return { ok: false, error };
  return { ok: true, value: { amount, per } };
}

/** The yearly figure the percentiles are in (BLS: hourly × 2,080). */
export function yearlyPay(pay: PayInput): number {
  return pay.per === 'hour' ? Math.round(pay.amount * HOURS_PER_YEAR) : pay.amount;
}
