// careerCompare.pay.state read without trust: empty means national figures;
// a state or DC as OEWS names it, or its two-letter code, means that area;
// anything else is named in a warning and the national figures are shown.
import { findUsArea, type UsArea } from './usAreas';

export const STATE_SETTING_KEY = 'careerCompare.pay.state';

export type StateChoice = { kind: 'national' } | { kind: 'area'; area: UsArea } | { kind: 'unknown'; problem: string };

export function readStateSetting(value: unknown): StateChoice {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return { kind: 'national' };
  if (typeof value === 'string') {
    const area = findUsArea(value);
    if (area) return { kind: 'area', area };
    const shown = JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
    return {
      kind: 'unknown',
      problem: `${STATE_SETTING_KEY} is ${shown}, not a state or DC as BLS names them (or its two-letter code): showing national figures.`,
    };
  }
  return { kind: 'unknown', problem: `${STATE_SETTING_KEY} is not text: showing national figures.` };
}

/** The location quotient in words: "jobs per 1,000 workers: 18.9, 0.89× the national share". */
export function locationQuotientText(quotient: number | undefined, jobsPer1000?: number): string | undefined {
  if (quotient === undefined || !Number.isFinite(quotient)) return undefined;
  const per = jobsPer1000 === undefined ? '' : ` ${jobsPer1000.toFixed(jobsPer1000 < 1 ? 2 : 1)},`;
  return `jobs per 1,000 workers:${per} ${quotient.toFixed(2)}× the national share`;
}
