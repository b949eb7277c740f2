// The "Paths from A to B" page: up to five routes of one to three steps,
// cheapest first, as a picture and a list; when none exists, what blocks it
// and the reachable roles that come nearest. Pure: the index in, a
// ComparisonView out (the same view every panel's webview draws).
import { PATHS } from '../limits';
import { attributionFor } from '../model/attribution';
import type { ComparisonView, RoleRef, Section } from '../protocol/comparisonView';
import type { Route } from '../protocol/pathSections';
import type { PathIndex } from './pathIndex';
import { pathGraph } from './pathGraph';
import { payChange, pathRole, pathSources, toBuild } from './pathRoles';
import { findRoutes, nearestTo, whatBlocks, type FoundRoute } from './routes';
import { costText, STEP_RULE_TEXT } from './stepRule';

export const pathsTitle = (from: Pick<RoleRef, 'title'>, to: Pick<RoleRef, 'title'>) => `Paths from ${from.title} to ${to.title}`;

/** How many nearest roles a page without a route lists. */
const NEAREST = 5;

function routeOf(index: PathIndex, found: FoundRoute, i: number): Route {
  const n = found.nodes.length - 1;
  return {
    label: `Route ${i + 1}: ${n} step${n === 1 ? '' : 's'}, cost ${costText(found.cost)}`,
    start: pathRole(index, found.nodes[0]),
    steps: found.steps.map((cost, s) => {
      const from = found.nodes[s];
      const to = found.nodes[s + 1];
      const f = index.nodes[from].summary;
      return { from: { id: f.id, title: f.title }, to: pathRole(index, to, from), build: toBuild(index, from, to), cost: costText(cost) };
    }),
  };
}

function headline(index: PathIndex, routes: FoundRoute[], from: RoleRef, to: RoleRef): string[] {
  if (routes.length === 0)
    return [`No route of up to ${PATHS.maxSteps} steps reaches ${to.title} from ${from.title} under the rule below.`];
  const best = routes[0];
  const between = best.nodes.slice(1, -1).map((i) => index.nodes[i].summary.title);
  const steps = best.nodes.length - 1;
  const change = payChange(index.nodes[best.nodes[0]].summary, index.nodes[best.nodes[steps]].summary);
  return [
    `${routes.length} route${routes.length === 1 ? '' : 's'} of up to ${PATHS.maxSteps} steps from ${from.title} to ${to.title}. ` +
      `The cheapest takes ${steps} step${steps === 1 ? '' : 's'}${between.length > 0 ? `, through ${between.join(' then ')}` : ''}.`,
    ...(change ? [`Average yearly pay from start to end: ${change}.`] : []),
  ];
}

/** A page for a start or target that cannot be on a route: says why, never treats it as empty. */
function leftOutSection(from: RoleRef, to: RoleRef, why: string[]): Section {
  return { kind: 'routes', id: 'routes', title: 'Routes', sources: [], from, to, routes: [], blocked: why, notes: [...STEP_RULE_TEXT] };
}

function routesSection(index: PathIndex, routes: FoundRoute[], [fromAt, toAt]: [number, number], [from, to]: [RoleRef, RoleRef]): Section {
  const shown = new Set(routes.flatMap((r) => r.nodes));
  const section: Section = {
    kind: 'routes',
    id: 'routes',
    title: 'Routes',
    sources: [],
    from,
    to,
    routes: routes.map((r, i) => routeOf(index, r, i)),
    notes: [
      ...STEP_RULE_TEXT,
      'Each step lists the three skills or knowledge areas it asks most of; "Plan this step" opens the whole skill gap.',
    ],
  };
  const graph = pathGraph(index, routes);
  if (graph) section.graph = graph;
  if (routes.length === 0) {
    section.blocked = whatBlocks(index, fromAt, toAt);
    section.nearest = nearestTo(index, fromAt, toAt, NEAREST).map((n) => {
      shown.add(n.node);
      return {
        role: pathRole(index, n.node, fromAt),
        detail:
          `${n.steps} step${n.steps === 1 ? '' : 's'} from ${from.title}; ` +
          `${to.title} needs more than it in ${n.short} area${n.short === 1 ? '' : 's'}`,
      };
    });
  }
  section.sources = pathSources(index, shown.size > 0 ? shown : [fromAt, toAt]);
  return section;
}

/** The page; `from` and `to` as the catalog names them (either may lack a profile: the page says so). */
export function buildPathView(index: PathIndex, from: RoleRef, to: RoleRef): ComparisonView {
  const fromAt = index.at.get(from.id);
  const toAt = index.at.get(to.id);
  const missing = [from, to].flatMap((r) => {
    const why = index.leftOut.get(r.id);
    return index.at.has(r.id) ? [] : [`${r.title} is not on any route: ${why ?? 'it has no skill and knowledge profile'}.`];
  });
  const routes = fromAt === undefined || toAt === undefined ? [] : findRoutes(index, fromAt, toAt);
  const section =
    fromAt === undefined || toAt === undefined
      ? leftOutSection(from, to, missing)
      : routesSection(index, routes, [fromAt, toAt], [from, to]);
  const attribution = attributionFor(section.sources);
  return {
    title: pathsTitle(from, to),
    roles: [from, to],
    headline: missing.length > 0 ? missing : headline(index, routes, from, to),
    announcement: `Now showing ${pathsTitle(from, to).replace(/^Paths/, 'paths')}`,
    sections: [attribution ? { ...section, attribution } : section],
  };
}
