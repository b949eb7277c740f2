// A role on a path page as the webview shows it: its figures as printed, the
// pay change from the role before it, and the areas a step asks to build.
// Shared by "Paths from A to B" and "Explore Moves From…".
import { formatChange, formatMoney, formatSource, formatWage, isTopCoded, wageValue } from '../format/format';
import type { Source } from '../model/schema';
import type { RoleSummary } from '../model/summary';
import type { PathRole } from '../protocol/pathSections';
import type { PathIndex } from './pathIndex';
import { neededAreas } from './stepRule';

/** "+$14,840 a year (+17%)", or why the change is unknown; undefined when either pay is missing. */
export function payChange(from: RoleSummary, to: RoleSummary): string | undefined {
  const a = from.pay?.yearly;
  const b = to.pay?.yearly;
  if (a === undefined || b === undefined) return undefined;
  if (isTopCoded(a) || isTopCoded(b)) return 'change not known: a top-coded wage (≥) gives only its floor';
  const d = wageValue(b) - wageValue(a);
  if (d === 0) return 'the same pay';
  return `${d > 0 ? '+' : '−'}${formatMoney(Math.abs(d))} a year (${formatChange(Math.round((d / wageValue(a)) * 1000) / 10)})`;
}

/** The pay change as an arrow's label on the picture: "+$14,840". */
export function shortPayChange(from: RoleSummary, to: RoleSummary): string {
  const a = from.pay?.yearly;
  const b = to.pay?.yearly;
  if (a === undefined || b === undefined || isTopCoded(a) || isTopCoded(b)) return 'pay change unknown';
  const d = wageValue(b) - wageValue(a);
  return d === 0 ? 'same pay' : `${d > 0 ? '+' : '−'}${formatMoney(Math.abs(d))}`;
}

/** The role with its figures; `before` is the role the move starts from (for the pay change). */
export function pathRole(index: PathIndex, node: number, before?: number): PathRole {
  const n = index.nodes[node];
  const s = n.summary;
  const role: PathRole = {
    id: s.id,
    title: s.title,
    pay: s.pay?.yearly === undefined ? null : formatWage(s.pay.yearly),
    growth: s.growth ? formatChange(s.growth.rate) : null,
    education: s.entryEducation?.name ?? null,
    jobZone: n.zone === undefined ? null : `Job Zone ${n.zone} of 5`,
  };
  const change = before === undefined ? undefined : payChange(index.nodes[before].summary, s);
  if (change !== undefined) role.payChange = change;
  return role;
}

/** The three areas the move from `from` to `to` asks most of: "Engineering and Technology (+1.07)". */
export function toBuild(index: PathIndex, from: number, to: number): string[] {
  return neededAreas(index.nodes[from], index.nodes[to])
    .slice(0, 3)
    .map((n) => `${index.areas[n.area]} (+${n.gap.toFixed(2)})`);
}

/** Each source of the shown roles' figures once, and the profiles': "O*NET 29.3 Database, 2025 (skills, knowledge, Job Zones)". */
export function pathSources(index: PathIndex, nodes: Iterable<number>): string[] {
  const out = new Set<string>([`${formatSource(index.source)} (skills, knowledge, Job Zones)`]);
  const add = (source: Source | undefined, what: string) => source && out.add(`${formatSource(source)} (${what})`);
  for (const i of nodes) {
    const s = index.nodes[i].summary;
    add(s.pay?.source, 'pay');
    add(s.growth?.source, 'growth');
    add(s.entryEducation?.source, 'education');
  }
  return [...out];
}
