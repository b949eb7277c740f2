// Pure comparison logic: roles in, the ComparisonView the webview draws out.
// Works for 1 role (a role page) up to 4 side by side. Rows the reference page
// defines are always shown (with "no data" where a role lacks a figure);
// extra rows from official data appear only when some role has them.
import {
  formatCount,
  formatPercent,
  formatSource,
  formatWage,
} from '../format/format';
import type { Role, Source } from '../model/schema';
import type { Bar, Cell, ComparisonView, Row, Section } from '../protocol/comparisonView';
import { attributionFor } from '../model/attribution';
import { isPluralTitle } from '../format/titles';
import { buildHeadline } from './headline';
import { announcement, importanceBar, mentionShareBar, shareBar, spokenRange } from './spoken';

export const RESPONSIBILITIES_SHOWN = 4;

type SectionKey = Exclude<keyof Role, 'id' | 'title' | 'category' | 'socCode' | 'alternateTitles' | 'relatedRoles'>;

const noData: Cell = { text: null };

/** A cell from a role's section, with the section's source as its note. */
function cell<K extends SectionKey>(
  role: Role,
  key: K,
  pick: (section: NonNullable<Role[K]>) => string | undefined,
  what?: string,
): Cell {
  const section = role[key];
  if (!section) return noData;
  const text = pick(section as NonNullable<Role[K]>);
  if (text === undefined) return noData;
  const source = formatSource((section as { source: Source }).source);
  return { text, note: what ? `${what}. Source: ${source}` : `Source: ${source}` };
}

function row(label: string, roles: Role[], make: (r: Role) => Cell): Row {
  return { label, cells: roles.map(make) };
}

/** Keeps an optional row only when at least one role has the figure. */
function optionalRow(label: string, roles: Role[], make: (r: Role) => Cell): Row[] {
  const r = row(label, roles, make);
  return r.cells.some((c) => c.text !== null) ? [r] : [];
}

/**
 * The sources a section's figures come from, each once: "BLS Employment
 * Projections, 2024–34" when every role's figures come from it, otherwise
 * followed by the roles it covers; a role with none reads "Title: no data".
 */
function sourcesOf(roles: Role[], keys: SectionKey[]): string[] {
  const covered = new Map<string, string[]>();
  const none: string[] = [];
  for (const role of roles) {
    const own = new Set<string>();
    for (const key of keys) {
      const section = role[key] as ({ source: Source } & Record<string, unknown>) | undefined;
      if (!section) continue;
      // A section's own source, then those of fields that carry their own (e.g. typicalEntry).
      const nested = Object.values(section).flatMap((v) => (v && typeof v === 'object' && 'source' in v ? [(v as { source: Source }).source] : []));
      for (const source of [section.source, ...nested]) own.add(formatSource(source));
    }
    if (own.size === 0) none.push(role.title);
    for (const text of own) covered.set(text, [...(covered.get(text) ?? []), role.title]);
  }
  return [
    ...[...covered].map(([text, titles]) => (titles.length === roles.length ? text : `${text} (${titles.join(', ')})`)),
    ...none.map((title) => `${title}: no data`),
  ];
}

const shareText = (s: { name: string; share: number }) => `${s.name}, ${formatPercent(s.share)}`;

const yearlyCell = (r: Role) => cell(r, 'pay', (p) => (p.yearly !== undefined ? formatWage(p.yearly) : undefined), 'Average (mean) yearly salary');
const hourlyCell = (r: Role) => cell(r, 'pay', (p) => (p.hourly !== undefined ? formatWage(p.hourly, 'hourly') : undefined), 'Average hourly rate');
const degreeCell = (r: Role) =>
  cell(r, 'education', (e) => (e.mostCommonDegree ? shareText(e.mostCommonDegree) : undefined), 'Most common degree and its share');
const ageCell = (r: Role) => cell(r, 'demographics', (d) => (d.averageAge !== undefined ? String(d.averageAge) : undefined));

/** A figure that carries its own source, with that source as its note. */
function ownSourced<F extends { source: Source }>(field: F | undefined, text: (f: F) => string, what: string): Cell {
  if (!field) return noData;
  return { text: text(field), note: `${what}. Source: ${formatSource(field.source)}` };
}

const medianAgeCell = (r: Role) =>
  ownSourced(r.demographics?.medianAge, (m) => String(m.value), 'Median age of people employed in the occupation');
const experienceCell = (r: Role) =>
  cell(r, 'experience', (e) => (e.years !== undefined ? String(e.years) : e.label), r.experience?.years !== undefined ? r.experience?.label : 'Work experience in a related occupation');

function ratioBars(shares: { name: string; share: number }[]): Bar[] {
  return shares.map((s) => shareBar(s.name, s.share, 'workers'));
}

function ratioCell(role: Role, pick: 'gender' | 'race'): Cell {
  const d = role.demographics;
  const shares = d?.[pick];
  if (!d || !shares) return noData;
  return {
    text: shares.map((s) => `${s.name}, ${formatPercent(s.share, 1)}`).join(' '),
    bars: ratioBars(shares),
    note: `Source: ${formatSource(d.source)}`,
  };
}

function overview(roles: Role[]): Section {
  return {
    kind: 'table',
    id: 'overview',
    title: 'Overview',
    sources: sourcesOf(roles, ['pay', 'growth', 'jobs', 'satisfaction', 'education', 'demographics', 'experience']),
    rows: [
      row('Yearly salary', roles, yearlyCell),
      row('Hourly rate', roles, hourlyCell),
      row('Growth rate', roles, (r) =>
        cell(r, 'growth', (g) => formatPercent(g.rate), r.growth?.period ? `Projected change ${r.growth.period}` : 'Projected growth'),
      ),
      row('Number of jobs', roles, (r) => cell(r, 'jobs', (j) => formatCount(j.count))),
      row('Job satisfaction', roles, (r) => cell(r, 'satisfaction', (s) => `${s.rating} / 5`)),
      row('Most common degree', roles, degreeCell),
      row('Average age', roles, ageCell),
      ...optionalRow('Median age', roles, medianAgeCell),
      row('Years of experience', roles, experienceCell),
    ],
  };
}

/** Official roles ship without O*NET's prose; say how to add it where it is missing. */
const IMPORT_HINT = 'Descriptions and tasks of official occupations come from O*NET: run “Career Compare: Import O*NET Database…” to add them.';
const needsImport = (roles: Role[], key: 'description' | 'responsibilities') => roles.some((r) => r.socCode && !r[key]);

function descriptions(roles: Role[]): Section {
  return {
    ...(needsImport(roles, 'description') && { hint: IMPORT_HINT }),
    kind: 'text',
    id: 'description',
    title: roles.length === 1 ? `About the role` : 'What they do',
    sources: sourcesOf(roles, ['description']),
    blocks: roles.map((r) => ({ heading: whatDoes(r.title), text: r.description?.text ?? null })),
  };
}

/** "What does a Technical Manager do?" — O*NET titles are plural ("Electricians"), which take "do". */
export function whatDoes(title: string): string {
  if (isPluralTitle(title)) return `What do ${title} do?`;
  return `What does ${/^[AEIOU]/i.test(title) ? 'an' : 'a'} ${title} do?`;
}

/** The pay range as printed ("$66,030 – ≥ $239,200") and as read aloud ("from $66,030 to at least $239,200"). */
function rangeCell(r: Role): Cell {
  const range = r.pay?.range;
  const shown = cell(r, 'pay', (p) => (p.range ? `${formatWage(p.range.low)} – ${formatWage(p.range.high)}` : undefined), range?.label ?? 'Typical range');
  return range && shown.text !== null ? { ...shown, spoken: spokenRange(range.low, range.high) } : shown;
}

function salary(roles: Role[]): Section {
  const text = (pick: (p: NonNullable<Role['pay']>) => string | undefined) => (r: Role) => cell(r, 'pay', pick);
  return {
    kind: 'table',
    id: 'salary',
    title: 'Salary',
    sources: sourcesOf(roles, ['pay']),
    rows: [
      row('Average salary', roles, yearlyCell),
      ...optionalRow('Median salary', roles, text((p) => (p.yearlyMedian !== undefined ? formatWage(p.yearlyMedian) : undefined))),
      row('Salary range', roles, rangeCell),
      row('Highest paying city', roles, text((p) => p.highestPayingCity)),
      row('Highest paying state', roles, text((p) => p.highestPayingState)),
      row('Best paying company', roles, text((p) => p.bestPayingCompany)),
      row('Best paying industry', roles, text((p) => p.bestPayingIndustry)),
    ],
  };
}

function education(roles: Role[]): Section {
  const text = (pick: (e: NonNullable<Role['education']>) => string | undefined) => (r: Role) => cell(r, 'education', pick);
  return {
    kind: 'table',
    id: 'education',
    title: 'Education',
    sources: sourcesOf(roles, ['education']),
    rows: [
      row('Most common degree', roles, degreeCell),
      row('Most common major', roles, text((e) => e.major)),
      row('Most common college', roles, text((e) => e.college)),
      ...optionalRow('Typical entry-level education', roles, (r) =>
        ownSourced(r.education?.typicalEntry, (t) => t.name, 'Typical education needed to enter the occupation'),
      ),
    ],
  };
}

function demographics(roles: Role[]): Section {
  return {
    kind: 'table',
    id: 'demographics',
    title: 'Demographics',
    sources: sourcesOf(roles, ['demographics']),
    rows: [
      row('Average age', roles, ageCell),
      ...optionalRow('Median age', roles, medianAgeCell),
      row('Gender ratio', roles, (r) => ratioCell(r, 'gender')),
      row('Race ratio', roles, (r) => ratioCell(r, 'race')),
      row('LGBT percentage', roles, (r) =>
        cell(r, 'demographics', (d) => (d.lgbtShare !== undefined ? formatPercent(d.lgbtShare) : undefined)),
      ),
    ],
  };
}

function responsibilities(roles: Role[]): Section {
  return {
    ...(needsImport(roles, 'responsibilities') && { hint: IMPORT_HINT }),
    kind: 'list',
    id: 'responsibilities',
    title: 'Responsibilities',
    sources: sourcesOf(roles, ['responsibilities']),
    lists: roles.map((r) => ({
      heading: `${r.title} example responsibilities`,
      items: r.responsibilities?.items ?? [],
      initiallyShown: RESPONSIBILITIES_SHOWN,
    })),
  };
}

function skills(roles: Role[]): Section {
  // Shares are drawn on one scale across all roles, so equal bars mean equal shares.
  const shareMax = Math.max(1, ...roles.flatMap((r) => (r.skills?.measure === 'share' ? r.skills.items.map((i) => i.value) : [])));
  return {
    kind: 'bars',
    id: 'skills',
    title: 'Skills',
    sources: sourcesOf(roles, ['skills']),
    groups: roles.map((r) => {
      const s = r.skills;
      if (!s) return { heading: `Common ${r.title} skills`, measure: 'no data', bars: [] };
      const importance = s.measure === 'importance';
      return {
        heading: `Common ${r.title} skills`,
        measure: importance ? 'Importance (O*NET scale 1–5)' : 'Share of the role’s skill mentions',
        bars: s.items.map((i) => (importance ? importanceBar(i.name, i.value) : mentionShareBar(i.name, i.value, shareMax))),
      };
    }),
  };
}

/** Shown only when some role has hot technologies (official roles do). */
function technologies(roles: Role[]): Section[] {
  if (!roles.some((r) => r.technologies)) return [];
  return [
    {
      kind: 'list',
      id: 'technologies',
      title: 'Hot technologies',
      sources: sourcesOf(roles, ['technologies']),
      lists: roles.map((r) => ({
        heading: `${r.title} hot technologies`,
        items: r.technologies?.items.map((t) => t.name) ?? [],
        initiallyShown: 8,
      })),
    },
  ];
}

export function comparisonTitle(roles: Pick<Role, 'title'>[]): string {
  return roles.map((r) => r.title).join(' vs ');
}

export function buildComparison(roles: Role[]): ComparisonView {
  if (roles.length < 1 || roles.length > 4) throw new Error(`a comparison takes 1 to 4 roles, not ${roles.length}`);
  return {
    title: comparisonTitle(roles),
    roles: roles.map((r) => ({ id: r.id, title: r.title })),
    headline: buildHeadline(roles),
    announcement: announcement(roles.map((r) => r.title)),
    sections: [
      overview(roles),
      descriptions(roles),
      salary(roles),
      education(roles),
      demographics(roles),
      responsibilities(roles),
      skills(roles),
      ...technologies(roles),
    ].map((section) => {
      const attribution = attributionFor(section.sources);
      return attribution ? { ...section, attribution } : section;
    }),
  };
}


/** How many roles a picker lists around the shown one; the rest are a search away. */
export const PICKER_SIZE = 60;

/**
 * Each column's picker options: the roles of the shown role's category (a
 * window of PICKER_SIZE around it, by title) plus the other columns' roles,
 * so picking one of those swaps the two. Keeps the webview light: ~800
 * options a picker cost ~150 ms of paint.
 */
export function pickerOptions(shown: Role[], all: Role[]): { options: { id: string; title: string }[] }[] {
  return shown.map((role) => {
    const peers = all.filter((r) => r.category === role.category);
    const at = Math.max(0, peers.findIndex((r) => r.id === role.id));
    const start = Math.max(0, Math.min(at - PICKER_SIZE / 2, peers.length - PICKER_SIZE));
    const window = peers.slice(start, start + PICKER_SIZE);
    const others = shown.filter((r) => !window.includes(r));
    return { options: [...window, ...others].sort((a, b) => a.title.localeCompare(b.title)).map((r) => ({ id: r.id, title: r.title })) };
  });
}
