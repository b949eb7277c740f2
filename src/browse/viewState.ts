// The Roles view's view state (sort, grouping, filter) read without trust:
// it is kept in VS Code's extension state, not in settings (a filter typed to
// look at one group is not a preference to sync), and was kept in settings
// (careerCompare.roles.*) before. A value of the wrong kind is named in a
// problem and replaced by the default; nothing throws.
import {
  DEFAULT_BROWSE,
  EDUCATION_LEVELS,
  SORT_KEYS,
  type BrowseOptions,
  type EducationLevel,
  type RoleFilter,
  type SortKey,
} from './sortFilter';
import { EXPLORE_FILTERS, type ExploreFilter } from '../limits';

/** The view's options, as stored (each unchecked until read here). */
export type BrowseField = 'sortBy' | 'groupByCategory' | 'text' | 'minPay' | 'minGrowth' | 'maxEducation';
export type RawBrowseState = Partial<Record<BrowseField, unknown>>;

/** How the user arranges the list (kept for the user, in every workspace). */
export const ARRANGE_FIELDS = ['sortBy', 'groupByCategory'] as const satisfies readonly BrowseField[];
/** What the user narrowed the list to (kept per workspace); Clear Filter clears these together. */
export const FILTER_FIELDS = ['text', 'minPay', 'minGrowth', 'maxEducation'] as const satisfies readonly BrowseField[];

/** The settings that held each option before it moved to the view's state: read once, to carry the user's choice over. */
export const LEGACY_BROWSE_SETTINGS: Record<BrowseField, string> = {
  sortBy: 'careerCompare.roles.sortBy',
  groupByCategory: 'careerCompare.roles.groupByCategory',
  text: 'careerCompare.roles.filter.text',
  minPay: 'careerCompare.roles.filter.minPay',
  minGrowth: 'careerCompare.roles.filter.minGrowth',
  maxEducation: 'careerCompare.roles.filter.maxEducation',
};

/** How problems name each option of the saved state. */
export const SAVED_STATE_NAMES: Record<BrowseField, string> = {
  sortBy: "The Roles view's saved sort",
  groupByCategory: "The Roles view's saved grouping",
  text: "The Roles view's saved text filter",
  minPay: "The Roles view's saved minimum pay",
  minGrowth: "The Roles view's saved minimum growth",
  maxEducation: "The Roles view's saved education filter",
};

/** Whether grouped by category when nothing says otherwise. */
export const DEFAULT_GROUP_BY_CATEGORY = true;

export interface ReadBrowseState extends BrowseOptions {
  groupByCategory: boolean;
  /** One sentence per option that could not be used. */
  problems: string[];
}

/** Short, printable form of a value for a message (never calls into the value). */
function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return value === null ? 'null' : Array.isArray(value) ? 'a list' : `a ${typeof value}`;
}

const isUnset = (v: unknown) => v === undefined || v === null || v === '';

/** Reads every option, naming each bad one as `names` says (the saved state's, or the old settings'); never throws. */
export function readBrowseState(raw: RawBrowseState, names: Record<BrowseField, string> = SAVED_STATE_NAMES): ReadBrowseState {
  const problems: string[] = [];
  const problem = (key: BrowseField, value: unknown, expected: string, fallback: string) =>
    problems.push(`${names[key]} is ${show(value)}, not ${expected}: ${fallback}.`);

  let sortBy: SortKey = DEFAULT_BROWSE.sortBy;
  if (!isUnset(raw.sortBy)) {
    if (SORT_KEYS.includes(raw.sortBy as SortKey)) sortBy = raw.sortBy as SortKey;
    else problem('sortBy', raw.sortBy, `one of ${SORT_KEYS.join(', ')}`, 'sorting by name');
  }
  let groupByCategory: boolean = DEFAULT_GROUP_BY_CATEGORY;
  if (typeof raw.groupByCategory === 'boolean') groupByCategory = raw.groupByCategory;
  else if (!isUnset(raw.groupByCategory)) problem('groupByCategory', raw.groupByCategory, 'true or false', 'grouping by category');

  const filter: RoleFilter = {};
  if (typeof raw.text === 'string') {
    if (raw.text.trim() !== '') filter.text = raw.text.trim().slice(0, 200);
  } else if (!isUnset(raw.text)) problem('text', raw.text, 'text', 'no text filter');
  const number = (key: 'minPay' | 'minGrowth', what: string) => {
    const value = raw[key];
    if (typeof value === 'number' && Number.isFinite(value) && (key === 'minGrowth' || value >= 0)) return value;
    if (!isUnset(value)) problem(key, value, what, `no ${key === 'minPay' ? 'minimum pay' : 'minimum growth'} filter`);
    return undefined;
  };
  const minPay = number('minPay', 'a number of dollars (0 or more)');
  if (minPay !== undefined) filter.minPay = minPay;
  const minGrowth = number('minGrowth', 'a percentage');
  if (minGrowth !== undefined) filter.minGrowth = minGrowth;
  if (!isUnset(raw.maxEducation)) {
    if (EDUCATION_LEVELS.includes(raw.maxEducation as EducationLevel)) filter.maxEducation = raw.maxEducation as EducationLevel;
    else problem('maxEducation', raw.maxEducation, 'one of BLS’s education levels', 'no education filter');
  }
  return { sortBy, filter, groupByCategory, problems };
}

/** A typed dollar amount ("80000", "$80,000", "80k") → dollars, or an error to show under the input. */
export function parseDollars(text: string): { ok: true; value: number | undefined } | { ok: false; error: string } {
  const t = text
    .trim()
    .toLowerCase()
    .replace(/[$,\s]/g, '');
  if (t === '') return { ok: true, value: undefined };
  const m = /^(\d+(?:\.\d+)?)(k?)$/.exec(t);
  if (!m) return { ok: false, error: 'Type a yearly amount in dollars, e.g. 80000 or 80k (empty for no minimum).' };
  return { ok: true, value: Math.round(Number(m[1]) * (m[2] ? 1000 : 1)) };
}

/** A typed percentage ("5", "5%", "-2") → percent, or an error. */
export function parsePercent(text: string): { ok: true; value: number | undefined } | { ok: false; error: string } {
  const t = text.trim().replace(/[%\s]/g, '').replace(/^\+/, '');
  if (t === '') return { ok: true, value: undefined };
  if (!/^-?\d+(?:\.\d+)?$/.test(t)) return { ok: false, error: 'Type a percentage, e.g. 5 or -2 (empty for no minimum).' };
  return { ok: true, value: Number(t) };
}

/** Explore's filters as stored (workspace state, never settings): only known ids, each once, in their own order. */
export function readExploreFilters(stored: unknown): ExploreFilter[] {
  if (!Array.isArray(stored)) return [];
  const given = new Set(stored.slice(0, EXPLORE_FILTERS.length * 4).filter((x): x is string => typeof x === 'string'));
  return EXPLORE_FILTERS.filter((id) => given.has(id));
}

/** Explore's filters with one turned on or off. */
export function withExploreFilter(on: readonly ExploreFilter[], filter: ExploreFilter, turnOn: boolean): ExploreFilter[] {
  return EXPLORE_FILTERS.filter((id) => (id === filter ? turnOn : on.includes(id)));
}
