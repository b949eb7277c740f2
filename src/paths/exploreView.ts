// The "Explore Moves From…" page: the roles within one and two steps of a
// role under the stated rule, cheapest first, filtered as the user chose.
// Pure: the index and the filters in, a ComparisonView out.
import { EXPLORE_FILTERS, PATHS, type ExploreFilter } from '../limits';
import { attributionFor } from '../model/attribution';
import type { ComparisonView, RoleRef, Section } from '../protocol/comparisonView';
import { exploreFrom, FILTER_RULES, type Move } from './explore';
import type { PathIndex } from './pathIndex';
import { pathRole, pathSources, toBuild } from './pathRoles';
import { costText, STEP_RULE_TEXT } from './stepRule';

export const exploreTitle = (from: Pick<RoleRef, 'title'>) => `Moves from ${from.title}`;

const roles = (n: number) => `${n} role${n === 1 ? '' : 's'}`;

function entries(index: PathIndex, from: number, moves: Move[]) {
  return moves.slice(0, PATHS.exploreListed).map((m) => {
    const entry = { role: pathRole(index, m.node, from), cost: costText(m.cost), build: toBuild(index, from, m.node) };
    if (m.via === undefined) return entry;
    const via = index.nodes[m.via].summary;
    return { ...entry, via: { id: via.id, title: via.title } };
  });
}

function filterText(on: readonly ExploreFilter[]): string {
  return on.map((f) => FILTER_RULES[f].label.toLowerCase()).join(', ');
}

function reachSection(index: PathIndex, fromAt: number, from: RoleRef, on: readonly ExploreFilter[]): Section {
  const found = exploreFrom(index, fromAt, on);
  const shown = [fromAt, ...[...found.one, ...found.two].slice(0, PATHS.exploreListed * 2).map((m) => m.node)];
  const notes = [
    ...STEP_RULE_TEXT,
    'A move of two steps goes through the cheapest role in between; its skills to build are counted from the start.',
  ];
  if (found.unknown > 0)
    notes.push(
      `${roles(found.unknown)} within reach ${found.unknown === 1 ? 'is' : 'are'} left out: a filter needs a figure their data lacks.`,
    );
  return {
    kind: 'reach',
    id: 'reach',
    title: 'Moves within reach',
    sources: pathSources(index, shown),
    notes,
    from,
    filters: EXPLORE_FILTERS.map((id) => ({ id, label: FILTER_RULES[id].label, on: on.includes(id) })),
    groups: [
      {
        heading: `Within one step: ${roles(found.one.length)}`,
        entries: entries(index, fromAt, found.one),
        more: Math.max(0, found.one.length - PATHS.exploreListed),
      },
      {
        heading: `Two steps away: ${roles(found.two.length)}`,
        entries: entries(index, fromAt, found.two),
        more: Math.max(0, found.two.length - PATHS.exploreListed),
      },
    ],
    empty:
      on.length > 0 ? `No role within two steps passes these filters: ${filterText(on)}.` : `No role is within two steps of ${from.title}.`,
  };
}

function headline(section: Extract<Section, { kind: 'reach' }>, from: RoleRef, on: readonly ExploreFilter[]): string[] {
  const [one, two] = section.groups.map((g) => g.entries.length + g.more);
  const which = on.length > 0 ? ` that pass the filters (${filterText(on)})` : '';
  return [`${roles(one)} within one step of ${from.title} and ${two} more two steps away${which}.`];
}

/** The page; a role without a profile gets a page that says why, never an empty list passed off as "nothing within reach". */
export function buildExploreView(index: PathIndex, from: RoleRef, on: readonly ExploreFilter[]): ComparisonView {
  const at = index.at.get(from.id);
  const base = { title: exploreTitle(from), roles: [from], announcement: `Now showing ${exploreTitle(from).replace(/^Moves/, 'moves')}` };
  if (at === undefined) {
    const why = `${from.title} cannot start a move: ${index.leftOut.get(from.id) ?? 'it has no skill and knowledge profile'}.`;
    const section: Section = {
      kind: 'reach',
      id: 'reach',
      title: 'Moves within reach',
      sources: [],
      notes: [...STEP_RULE_TEXT],
      from,
      filters: EXPLORE_FILTERS.map((id) => ({ id, label: FILTER_RULES[id].label, on: on.includes(id) })),
      groups: [],
      empty: why,
    };
    return { ...base, headline: [why], sections: [section] };
  }
  const section = reachSection(index, at, from, on);
  const attribution = attributionFor(section.sources);
  return {
    ...base,
    headline: headline(section as Extract<Section, { kind: 'reach' }>, from, on),
    sections: [attribution ? { ...section, attribution } : section],
  };
}
