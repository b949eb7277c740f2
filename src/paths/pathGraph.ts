// The routes as a picture: each role once, placed by the step at which the
// cheapest route reaches it (the start left, the target right), each step
// once as an arrow labelled with the pay change. The host places everything;
// the webview only draws the grid it is given.
import { maxOf } from '../util/arrays';
import type { PathGraph } from '../protocol/pathSections';
import type { PathIndex } from './pathIndex';
import { shortPayChange } from './pathRoles';
import type { FoundRoute } from './routes';

export function pathGraph(index: PathIndex, routes: readonly FoundRoute[]): PathGraph | undefined {
  if (routes.length === 0) return undefined;
  const start = routes[0].nodes[0];
  const target = routes[0].nodes[routes[0].nodes.length - 1];
  const columns = maxOf(
    routes.map((r) => r.nodes.length),
    0,
  );
  const placed = new Map<number, number>(); // node → its index in `nodes`
  const perColumn = Array.from({ length: columns }, () => 0);
  const nodes: PathGraph['nodes'] = [];
  const place = (node: number, column: number) => {
    if (placed.has(node)) return placed.get(node)!;
    const s = index.nodes[node].summary;
    placed.set(node, nodes.length);
    nodes.push({
      id: s.id,
      title: s.title,
      pay: s.pay?.yearly === undefined ? null : shortPay(s.pay.yearly),
      column,
      row: perColumn[column]++,
      place: node === start ? 'start' : node === target ? 'target' : 'between',
    });
    return nodes.length - 1;
  };
  place(start, 0);
  place(target, columns - 1);
  const edges: PathGraph['edges'] = [];
  const seen = new Set<string>();
  for (const route of routes)
    for (let i = 1; i < route.nodes.length; i++) {
      const from = place(route.nodes[i - 1], i - 1);
      const to = place(route.nodes[i], route.nodes[i] === target ? columns - 1 : i);
      if (seen.has(`${from}>${to}`)) continue;
      seen.add(`${from}>${to}`);
      edges.push({ from, to, label: shortPayChange(index.nodes[route.nodes[i - 1]].summary, index.nodes[route.nodes[i]].summary) });
    }
  return { name: graphName(index, routes), columns, rows: maxOf(perColumn, 0), nodes, edges };
}

function shortPay(yearly: NonNullable<NonNullable<PathIndex['nodes'][number]['summary']['pay']>['yearly']>): string {
  return typeof yearly === 'number' ? `$${Math.round(yearly / 1000)}k` : `≥ $${Math.round(yearly.atLeast / 1000)}k`;
}

/** The picture in words: "3 routes from Electricians to Construction Managers, cheapest first: 1, through First-Line…; 2, …". */
function graphName(index: PathIndex, routes: readonly FoundRoute[]): string {
  const title = (i: number) => index.nodes[i].summary.title;
  const first = routes[0].nodes;
  const each = routes.map((r, i) => {
    const between = r.nodes.slice(1, -1).map(title);
    return `${i + 1}, ${between.length === 0 ? 'directly' : `through ${between.join(' then ')}`}`;
  });
  const n = routes.length;
  return (
    `Picture of ${n} route${n === 1 ? '' : 's'} from ${title(first[0])} to ${title(first[first.length - 1])}, ` +
    `cheapest first: ${each.join('; ')}. The list after it gives each step.`
  );
}
