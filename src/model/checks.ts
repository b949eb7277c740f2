// Checks the schema cannot express, on roles that passed it: shares that must
// sum to about 100, pay figures that must rise, links that must be https,
// references that must resolve.
// What fails is reported and left out; the rest of the role stays.
import { quote } from '../util/safeText';
import type { Role, Wage } from './schema';

export interface CheckProblem {
  field: string;
  message: string;
}

/** Gender shares may not add to exactly 100 after rounding; a point or two either way is fine. */
const SHARE_TOLERANCE = 2;

function checkGender(role: Role, problems: CheckProblem[]): void {
  const gender = role.demographics?.gender;
  if (!gender) return;
  let sum = 0;
  for (const g of gender) sum += g.share;
  // One listed share (women only, say) may be below 100; none may sum above it.
  const tooLow = gender.length > 1 && sum < 100 - SHARE_TOLERANCE;
  if (sum > 100 + SHARE_TOLERANCE || tooLow) {
    problems.push({
      field: 'demographics.gender',
      message: `the shares sum to ${Math.round(sum * 10) / 10}%, not about 100%; they are left out`,
    });
    delete role.demographics!.gender;
  }
}

const dollars = (n: number) => `$${n.toLocaleString('en-US', { maximumFractionDigits: 0 })}`;
const wageText = (w: Wage) => (typeof w === 'number' ? dollars(w) : `at least ${dollars(w.atLeast)}`);
const floorOf = (w: Wage) => (typeof w === 'number' ? w : w.atLeast);

/**
 * The first pair of figures, in rising order, where a later figure is below an
 * earlier one. A top-coded figure ("at least") only sets a floor, so it can
 * never be out of order with what comes before it.
 */
function firstFall(figures: [string, Wage | undefined][]): string | undefined {
  let floor: [string, Wage] | undefined;
  for (const [name, wage] of figures) {
    if (wage === undefined) continue;
    if (floor && typeof wage === 'number' && wage < floorOf(floor[1])) {
      return `the ${name} (${wageText(wage)}) is below the ${floor[0]} (${wageText(floor[1])})`;
    }
    if (!floor || floorOf(wage) >= floorOf(floor[1])) floor = [name, wage];
  }
  return undefined;
}

function checkPayOrder(role: Role, problems: CheckProblem[]): void {
  const pay = role.pay;
  if (pay?.range && typeof pay.range.high === 'number' && pay.range.high < floorOf(pay.range.low)) {
    const { low, high } = pay.range;
    const message = `the low end (${wageText(low)}) is above the high end (${wageText(high)}); the range is left out`;
    problems.push({ field: 'pay.range', message });
    delete pay.range;
  }
  const p = pay?.percentiles;
  if (!p) return;
  const ordered: [string, Wage | undefined][] = [
    ['10th percentile', p.p10],
    ['25th percentile', p.p25],
    ['median', p.median],
    ['75th percentile', p.p75],
    ['90th percentile', p.p90],
  ];
  const fall = firstFall(ordered);
  if (!fall) return;
  problems.push({ field: 'pay.percentiles', message: `${fall}; the percentiles are left out` });
  delete pay!.percentiles;
}

/** Every `source` object in a role (sections and the sources nested in them), with its path. */
function sourcesOf(role: Role): { path: string; source: { url?: string } }[] {
  const out: { path: string; source: { url?: string } }[] = [];
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: role, path: '', depth: 0 }];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop()!;
    if (value === null || typeof value !== 'object' || Array.isArray(value) || depth > 4) continue;
    for (const [key, child] of Object.entries(value)) {
      const childPath = path ? `${path}.${key}` : key;
      if (key === 'source' && child && typeof child === 'object') out.push({ path: childPath, source: child as { url?: string } });
      else stack.push({ value: child, path: childPath, depth: depth + 1 });
    }
  }
  return out;
}

function checkUrls(role: Role, problems: CheckProblem[]): void {
  for (const { path, source } of sourcesOf(role)) {
    if (source.url === undefined) continue;
    let https = false;
    try {
      https = new URL(source.url).protocol === 'https:';
    } catch {
      https = false;
    }
    if (https) continue;
    problems.push({ field: `${path}.url`, message: `only https links are allowed, not ${quote(source.url)}; left out` });
    delete source.url;
  }
}

/** Checks one schema-valid role, removing what fails. Mutates and returns `role`. */
export function checkRole(role: Role): { role: Role; problems: CheckProblem[] } {
  const problems: CheckProblem[] = [];
  checkGender(role, problems);
  checkPayOrder(role, problems);
  checkUrls(role, problems);
  return { role, problems };
}

/** Related roles that are not in the catalog: reported and left out. */
export function checkRelated(role: Role, exists: (id: string) => boolean): CheckProblem | undefined {
  const related = role.relatedRoles;
  if (!related) return undefined;
  const missing = related.filter((id) => !exists(id));
  if (missing.length === 0) return undefined;
  role.relatedRoles = related.filter(exists);
  const shown = missing
    .slice(0, 3)
    .map((id) => quote(id))
    .join(', ');
  const more = missing.length > 3 ? ` and ${missing.length - 3} more` : '';
  return { field: 'relatedRoles', message: `no role with the id ${shown}${more}; left out` };
}
