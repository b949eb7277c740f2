// Building blocks shared by the section mappers: cells with their source as
// note, rows (always shown, or only when some role has the figure) and the
// list of sources a section names.
import { formatCount, formatSource, formatWage } from '../../format/format';
import type { Role, Source, Wage } from '../../model/schema';
import type { Cell, Row } from '../../protocol/comparisonView';
import { NO_DATA_REASONS, type NoDataReason } from '../noDataReasons';

export type SectionKey = Exclude<
  keyof Role,
  'id' | 'title' | 'category' | 'socCode' | 'alternateTitles' | 'relatedRoles' | 'onetSpecialities'
>;

export const noData: Cell = { text: null };

/** A cell from a role's section, with the section's source as its note. */
export function cell<K extends SectionKey>(
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

/** A figure that carries its own source, with that source as its note. */
export function ownSourced<F extends { source: Source }>(field: F | undefined, text: (f: F) => string, what: string): Cell {
  if (!field) return noData;
  return { text: text(field), note: `${what}. Source: ${formatSource(field.source)}` };
}

export function row(label: string, roles: Role[], make: (r: Role) => Cell): Row {
  return { label, cells: roles.map(make) };
}

/**
 * A row official data cannot always fill: where a cell reads "no data" (for a
 * role the reason `applies` to, when given), the row says why.
 */
export function explainedRow(
  label: string,
  roles: Role[],
  make: (r: Role) => Cell,
  reason: NoDataReason,
  applies?: (r: Role) => boolean,
): Row {
  const r = row(label, roles, make);
  const explained = r.cells.some((c, i) => c.text === null && (!applies || applies(roles[i])));
  return explained ? { ...r, why: NO_DATA_REASONS[reason] } : r;
}

/**
 * Says why a row's empty cells are empty where each role's data records it
 * (a gap in BLS's state or industry file): the footnote names each such role.
 */
export function withGaps(r: Row, roles: Role[], reasonOf: (role: Role) => string | undefined): Row {
  const reasons = r.cells.flatMap((c, i) => {
    const why = c.text === null ? reasonOf(roles[i]) : undefined;
    return why ? [`${roles[i].title}: ${why}`] : [];
  });
  return reasons.length > 0 ? { ...r, why: reasons.join(' ') } : r;
}

/** Keeps an optional row only when at least one role has the figure. */
export function optionalRow(label: string, roles: Role[], make: (r: Role) => Cell): Row[] {
  const r = row(label, roles, make);
  return r.cells.some((c) => c.text !== null) ? [r] : [];
}

/** The sources of a section and of its fields that carry their own (e.g. typicalEntry, jobZone). */
function ownSources(section: { source: Source } & Record<string, unknown>): Source[] {
  const out = [section.source];
  for (const value of Object.values(section)) {
    if (value && typeof value === 'object' && 'source' in value) out.push((value as { source: Source }).source);
  }
  return out;
}

/**
 * The sources a section's figures come from, each once: "BLS Employment
 * Projections, 2024–34" when every role's figures come from it, otherwise
 * followed by the roles it covers; a role with none reads "Title: no data".
 */
export function sourcesOf(roles: Role[], keys: SectionKey[]): string[] {
  const covered = new Map<string, string[]>();
  const none: string[] = [];
  for (const role of roles) {
    const own = new Set<string>();
    for (const key of keys) {
      const section = role[key] as ({ source: Source } & Record<string, unknown>) | undefined;
      if (section) for (const source of ownSources(section)) own.add(formatSource(source));
    }
    if (own.size === 0) none.push(role.title);
    for (const text of own) {
      const titles = covered.get(text) ?? [];
      titles.push(role.title);
      covered.set(text, titles);
    }
  }
  const out: string[] = [];
  for (const [text, titles] of covered) out.push(titles.length === roles.length ? text : `${text} (${titles.join(', ')})`);
  for (const title of none) out.push(`${title}: no data`);
  return out;
}

/** A place's pay as a state, industry or metro area shows it: "California: $148,330 a year, 325,620 jobs" (jobs where published). */
export function placeText(place: { name: string; annualMean: Wage; jobs?: number }): string {
  return `${place.name}: ${formatWage(place.annualMean)} a year${place.jobs !== undefined ? `, ${formatCount(place.jobs)} jobs` : ''}`;
}

/** "A, B and C" */
export function joinNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
