// The Roles view's settings (careerCompare.roles.*) read without trust: a
// value of the wrong kind is named in a problem and replaced by the default
// for this session only — the setting itself is left as the user wrote it.
import {
  DEFAULT_BROWSE,
  EDUCATION_LEVELS,
  SORT_KEYS,
  type BrowseOptions,
  type EducationLevel,
  type RoleFilter,
  type SortKey,
} from './sortFilter';
import { SETTINGS, settingKey, type SettingName } from '../settings';

/** Which setting (src/settings.ts) holds each of the view's options. */
export const BROWSE_SETTINGS = {
  sortBy: 'sortBy',
  groupByCategory: 'groupByCategory',
  text: 'filterText',
  minPay: 'filterMinPay',
  minGrowth: 'filterMinGrowth',
  maxEducation: 'filterMaxEducation',
} as const satisfies Record<string, SettingName>;

/** The filter settings, cleared together by Clear Filter. */
export const FILTER_SETTINGS = [BROWSE_SETTINGS.text, BROWSE_SETTINGS.minPay, BROWSE_SETTINGS.minGrowth, BROWSE_SETTINGS.maxEducation];

export type RawBrowseSettings = Partial<Record<keyof typeof BROWSE_SETTINGS, unknown>>;

export interface ReadSettings extends BrowseOptions {
  groupByCategory: boolean;
  /** One sentence per setting that could not be used. */
  problems: string[];
}

/** Short, printable form of a value for a message (never calls into the value). */
function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return value === null ? 'null' : Array.isArray(value) ? 'a list' : `a ${typeof value}`;
}

const isUnset = (v: unknown) => v === undefined || v === null || v === '';

/** Reads every setting; never throws. */
export function readBrowseSettings(raw: RawBrowseSettings): ReadSettings {
  const problems: string[] = [];
  const problem = (key: keyof typeof BROWSE_SETTINGS, value: unknown, expected: string, fallback: string) =>
    problems.push(`${settingKey(BROWSE_SETTINGS[key])} is ${show(value)}, not ${expected}: ${fallback}.`);

  let sortBy: SortKey = DEFAULT_BROWSE.sortBy;
  if (!isUnset(raw.sortBy)) {
    if (SORT_KEYS.includes(raw.sortBy as SortKey)) sortBy = raw.sortBy as SortKey;
    else problem('sortBy', raw.sortBy, `one of ${SORT_KEYS.join(', ')}`, 'sorting by name');
  }
  let groupByCategory: boolean = SETTINGS.groupByCategory.default;
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
