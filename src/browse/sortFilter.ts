// The Roles tree's sort and filter, as pure rules: sort by name, pay, growth
// or jobs; filter by text, minimum pay, minimum growth and education. A role
// whose figure is unknown is never read as zero: it sorts after every known
// figure and a minimum on that figure leaves it out (the view says so).
import { formatChange, formatCount, formatMoney, formatWage, NO_DATA, wageValue } from '../format/format';
import type { RoleSummary } from '../model/summary';

export const SORT_KEYS = ['name', 'pay', 'growth', 'jobs'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** BLS's typical entry-level education categories, lowest first (BLS Employment Projections' education codes 8 → 1). */
export const EDUCATION_LEVELS = [
  'No formal educational credential',
  'High school diploma or equivalent',
  'Some college, no degree',
  'Postsecondary nondegree award',
  "Associate's degree",
  "Bachelor's degree",
  "Master's degree",
  'Doctoral or professional degree',
] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

export interface RoleFilter {
  /** Words that must all appear in the title or category (any case, any order). */
  text?: string;
  /** Yearly pay at least this, in dollars (a top-coded wage counts at its floor). */
  minPay?: number;
  /** Projected growth at least this, in percent. */
  minGrowth?: number;
  /** Typical entry-level education at most this level. */
  maxEducation?: EducationLevel;
}

export interface BrowseOptions {
  sortBy: SortKey;
  filter: RoleFilter;
}

/** The view's sort and filter before the user chooses any: by name, unfiltered. */
export const DEFAULT_BROWSE: BrowseOptions = { sortBy: 'name', filter: {} };

/** The figure a sort key orders by, or undefined when the role's data lacks it. */
export function figureOf(role: RoleSummary, key: Exclude<SortKey, 'name'>): number | undefined {
  if (key === 'pay') return role.pay?.yearly !== undefined ? wageValue(role.pay.yearly) : undefined;
  if (key === 'growth') return role.growth?.rate;
  return role.jobs?.count;
}

/** The education level's rank (0 = lowest), or undefined for a role without BLS's typical entry education. */
export function educationRank(role: RoleSummary): number | undefined {
  const name = role.entryEducation?.name;
  const rank = name === undefined ? -1 : EDUCATION_LEVELS.indexOf(name as EducationLevel);
  return rank === -1 ? undefined : rank;
}

const byTitle = (a: RoleSummary, b: RoleSummary) => a.title.localeCompare(b.title, 'en') || a.id.localeCompare(b.id, 'en');

/** Highest figure first; unknown figures last; ties by title (then id, so the order is total and stable). */
export function sortRoles(roles: readonly RoleSummary[], key: SortKey): RoleSummary[] {
  if (key === 'name') return [...roles].sort(byTitle);
  const keyed = roles.map((role) => ({ role, value: figureOf(role, key) }));
  keyed.sort((a, b) => {
    if (a.value === undefined || b.value === undefined) {
      if (a.value !== b.value) return a.value === undefined ? 1 : -1;
    } else if (a.value !== b.value) return b.value - a.value;
    return byTitle(a.role, b.role);
  });
  return keyed.map((k) => k.role);
}

function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** A test for one role; unknown figures fail a minimum (they are not zero, and not guessed). */
export function matcher(filter: RoleFilter): (role: RoleSummary) => boolean {
  const needles = filter.text ? words(filter.text) : [];
  const maxRank = filter.maxEducation ? EDUCATION_LEVELS.indexOf(filter.maxEducation) : undefined;
  return (role) => {
    if (needles.length > 0) {
      const hay = words(`${role.title} ${role.category}`).join(' ');
      if (!needles.every((n) => hay.includes(n))) return false;
    }
    if (filter.minPay !== undefined && !((figureOf(role, 'pay') ?? -Infinity) >= filter.minPay)) return false;
    if (filter.minGrowth !== undefined && !((figureOf(role, 'growth') ?? -Infinity) >= filter.minGrowth)) return false;
    if (maxRank !== undefined && !((educationRank(role) ?? Infinity) <= maxRank)) return false;
    return true;
  };
}

export interface Browsed {
  /** The roles shown, in order. */
  roles: RoleSummary[];
  /** How many roles there were before the filter. */
  total: number;
  /** Shown roles whose sort figure is unknown (listed last). */
  unknownSorted: number;
  /** Roles left out only because a filter's figure is unknown for them. */
  unknownFiltered: number;
}

export function isFiltered(filter: RoleFilter): boolean {
  return filter.text !== undefined || filter.minPay !== undefined || filter.minGrowth !== undefined || filter.maxEducation !== undefined;
}

/** Filters, then sorts. */
export function browse(roles: readonly RoleSummary[], options: BrowseOptions): Browsed {
  const keep = matcher(options.filter);
  const kept = roles.filter(keep);
  const sorted = sortRoles(kept, options.sortBy);
  const key = options.sortBy;
  const unknownSorted = key === 'name' ? 0 : sorted.filter((r) => figureOf(r, key) === undefined).length;
  return { roles: sorted, total: roles.length, unknownSorted, unknownFiltered: countUnknownFiltered(roles, options.filter) };
}

/** Roles that would pass the text filter but lack a figure another filter needs. */
function countUnknownFiltered(roles: readonly RoleSummary[], filter: RoleFilter): number {
  if (filter.minPay === undefined && filter.minGrowth === undefined && filter.maxEducation === undefined) return 0;
  const text = matcher({ text: filter.text });
  return roles.filter(
    (r) =>
      text(r) &&
      ((filter.minPay !== undefined && figureOf(r, 'pay') === undefined) ||
        (filter.minGrowth !== undefined && figureOf(r, 'growth') === undefined) ||
        (filter.maxEducation !== undefined && educationRank(r) === undefined)),
  ).length;
}

/** The figure shown beside a role in the tree: the sorted one (pay when sorted by name, as before). */
export function figureText(role: RoleSummary, key: SortKey): string {
  if (key === 'name' || key === 'pay') return role.pay?.yearly !== undefined ? formatWage(role.pay.yearly) : `${NO_DATA} no pay data`;
  if (key === 'growth') return role.growth ? `${formatChange(role.growth.rate)} growth` : `${NO_DATA} no growth data`;
  return role.jobs ? `${formatCount(role.jobs.count)} jobs` : `${NO_DATA} no jobs data`;
}

const SORT_LABELS: Record<SortKey, string> = { name: 'name', pay: 'pay', growth: 'growth', jobs: 'jobs' };

/** The filter in a few words: "“nurse” · pay ≥ $80,000 · growth ≥ 5% · at most Bachelor's degree". */
export function describeFilter(filter: RoleFilter): string {
  const parts: string[] = [];
  if (filter.text !== undefined) parts.push(`“${filter.text}”`);
  if (filter.minPay !== undefined) parts.push(`pay ≥ ${formatMoney(filter.minPay)}`);
  if (filter.minGrowth !== undefined) parts.push(`growth ≥ ${formatChange(filter.minGrowth)}`);
  if (filter.maxEducation !== undefined) parts.push(`at most ${filter.maxEducation}`);
  return parts.join(' · ');
}

/** The view's description: the sort and filter in force, or nothing for the default. */
export function browseDescription(options: BrowseOptions): string | undefined {
  const parts: string[] = [];
  if (options.sortBy !== 'name') parts.push(`by ${SORT_LABELS[options.sortBy]}`);
  if (isFiltered(options.filter)) parts.push(describeFilter(options.filter));
  return parts.length > 0 ? parts.join(' · ') : undefined;
}

/** The view's message: what is shown and what unknown figures did. Undefined when nothing needs saying. */
export function browseMessage(options: BrowseOptions, result: Browsed): string | undefined {
  const lines: string[] = [];
  if (isFiltered(options.filter)) {
    let line = `Showing ${formatCount(result.roles.length)} of ${formatCount(result.total)} roles: ${describeFilter(options.filter)}.`;
    if (result.unknownFiltered > 0)
      line += ` ${formatCount(result.unknownFiltered)} left out because their data lacks a figure the filter needs (unknown is not zero).`;
    lines.push(`${line} Clear Filter shows all.`);
  }
  if (options.sortBy !== 'name') {
    let line = `Sorted by ${SORT_LABELS[options.sortBy]}, highest first.`;
    if (result.unknownSorted > 0)
      line += ` ${formatCount(result.unknownSorted)} without a ${SORT_LABELS[options.sortBy]} figure are listed last.`;
    lines.push(line);
  }
  return lines.length > 0 ? lines.join(' ') : undefined;
}
