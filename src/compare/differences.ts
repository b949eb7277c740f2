// Differences marked: in each numeric row of a comparison the best value
// (highest pay, fastest growth, most jobs, shortest preparation) carries a
// mark the webview shows as "★ Highest pay" and reads with the figure. The
// figures are read from the roles, never parsed back from formatted text.
import { wageValue } from '../format/format';
import type { Role, Wage } from '../model/schema';
import type { Cell, RangePoint, Section } from '../protocol/comparisonView';

type Better = 'higher' | 'lower';

/** One marked row: the section and row it applies to, the figure compared, which way is better and the mark's words. */
export interface BestRule {
  section: string;
  row: string;
  value: (r: Role) => number | undefined;
  better: Better;
  mark: string;
}

const wage = (w: Wage | undefined) => (w === undefined ? undefined : wageValue(w));
const pay = (pick: (p: NonNullable<Role['pay']>) => Wage | undefined) => (r: Role) => (r.pay ? wage(pick(r.pay)) : undefined);

/**
 * The rows that have a "best". Left out on purpose: ages and demographic
 * shares (no better or worse), years of experience (a requirement some want
 * and others avoid), the salary range and places (not one figure).
 */
export const BEST_RULES: readonly BestRule[] = [
  { section: 'overview', row: 'Yearly salary', value: pay((p) => p.yearly), better: 'higher', mark: 'Highest pay' },
  { section: 'overview', row: 'Hourly rate', value: pay((p) => p.hourly), better: 'higher', mark: 'Highest pay' },
  { section: 'overview', row: 'Growth rate', value: (r) => r.growth?.rate, better: 'higher', mark: 'Fastest growth' },
  { section: 'overview', row: 'Number of jobs', value: (r) => r.jobs?.count, better: 'higher', mark: 'Most jobs' },
  { section: 'overview', row: 'Job satisfaction', value: (r) => r.satisfaction?.rating, better: 'higher', mark: 'Highest rated' },
  { section: 'salary', row: 'Average salary', value: pay((p) => p.yearly), better: 'higher', mark: 'Highest pay' },
  { section: 'salary', row: 'Median salary', value: pay((p) => p.yearlyMedian), better: 'higher', mark: 'Highest pay' },
  {
    section: 'education',
    row: 'Job Zone',
    value: (r) => r.education?.jobZone?.zone,
    better: 'lower',
    mark: 'Shortest preparation',
  },
];

/** The pay chart's marks: each percentile's highest value across roles. */
export const RANGE_MARK = 'Highest';

/**
 * The columns holding the best value: every column tied at the best. None
 * when fewer than two roles have the figure (nothing to compare) or when all
 * that have it are equal (no difference to mark).
 */
export function bestColumns(values: readonly (number | undefined)[], better: Better): number[] {
  const known: number[] = [];
  for (const v of values) if (v !== undefined && Number.isFinite(v)) known.push(v);
  if (known.length < 2) return [];
  let best = known[0];
  let worst = known[0];
  for (const v of known) {
    if (better === 'higher' ? v > best : v < best) best = v;
    if (better === 'higher' ? v < worst : v > worst) worst = v;
  }
  if (best === worst) return [];
  const out: number[] = [];
  values.forEach((v, i) => v === best && out.push(i));
  return out;
}

const marked = (cell: Cell, mark: string): Cell => (cell.text === null ? cell : { ...cell, best: mark });

function markTable(section: Extract<Section, { kind: 'table' }>, roles: Role[]): Section {
  const rules = BEST_RULES.filter((r) => r.section === section.id);
  if (rules.length === 0) return section;
  const rows = section.rows.map((row) => {
    const rule = rules.find((r) => r.row === row.label);
    if (!rule) return row;
    const best = new Set(bestColumns(roles.map(rule.value), rule.better));
    return best.size === 0 ? row : { ...row, cells: row.cells.map((c, i) => (best.has(i) ? marked(c, rule.mark) : c)) };
  });
  return { ...section, rows };
}

function markRange(section: Extract<Section, { kind: 'range' }>, roles: Role[]): Section {
  const bestByKey = new Map<RangePoint['key'], Set<number>>();
  for (const key of ['p10', 'p25', 'median', 'p75', 'p90'] as const) {
    bestByKey.set(key, new Set(bestColumns(roles.map(pay((p) => p.percentiles?.[key])), 'higher')));
  }
  const rows = section.rows.map((row, i) => ({
    ...row,
    points: row.points.map((p) => (bestByKey.get(p.key)?.has(i) ? { ...p, best: RANGE_MARK } : p)),
  }));
  return { ...section, rows };
}

/** The sections with their best values marked; `roles` in column order, as the sections were built. */
export function markDifferences(sections: Section[], roles: Role[]): Section[] {
  if (roles.length < 2) return sections;
  return sections.map((s) => (s.kind === 'table' ? markTable(s, roles) : s.kind === 'range' ? markRange(s, roles) : s));
}
