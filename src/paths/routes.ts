// The cheapest routes of one to three steps from one role to another, and
// what blocks the way when there is none. Exact: every route of up to three
// steps is considered, but only through roles that can start from the first
// role (its reach) and, for the last step, roles the target is within reach of.
// Pure; the brute-force search in the unit tests checks it on the real profiles.
import { PATHS } from '../limits';
import type { PathIndex } from './pathIndex';
import { neededAreas, outOfReach, stepCost } from './stepRule';

/** A route as node indices, the start first, with each step's cost (hundredths). */
export interface FoundRoute {
  nodes: number[];
  steps: number[];
  /** The sum of the steps' costs, in hundredths. */
  cost: number;
}

/** Each node within one step of `from` (never `from` itself), with the step's cost. */
export function reachFrom(index: PathIndex, from: number): Map<number, number> {
  const out = new Map<number, number>();
  const a = index.nodes[from];
  index.nodes.forEach((b, i) => {
    if (i === from) return;
    const cost = stepCost(a, b);
    if (cost >= 0) out.set(i, cost);
  });
  return out;
}

/** Each node `to` is within one step of, with the step's cost. */
export function reachTo(index: PathIndex, to: number): Map<number, number> {
  const out = new Map<number, number>();
  const b = index.nodes[to];
  index.nodes.forEach((a, i) => {
    if (i === to) return;
    const cost = stepCost(a, b);
    if (cost >= 0) out.set(i, cost);
  });
  return out;
}

/** Cheapest first; then fewer steps; then by the titles along the way, so the order never depends on the catalog's. */
export function compareRoutes(index: PathIndex): (a: FoundRoute, b: FoundRoute) => number {
  const title = (i: number) => index.nodes[i].summary.title;
  return (a, b) => {
    if (a.cost !== b.cost) return a.cost - b.cost;
    if (a.nodes.length !== b.nodes.length) return a.nodes.length - b.nodes.length;
    for (let i = 0; i < a.nodes.length; i++) {
      const byTitle = title(a.nodes[i]).localeCompare(title(b.nodes[i]));
      if (byTitle !== 0) return byTitle;
    }
    return 0;
  };
}

/** Up to `limit` cheapest routes of one to three steps; none passes a role twice. */
export function findRoutes(index: PathIndex, from: number, to: number, limit: number = PATHS.maxRoutes): FoundRoute[] {
  if (from === to) return [];
  const out: FoundRoute[] = [];
  const first = reachFrom(index, from);
  const last = reachTo(index, to);
  const add = (nodes: number[], steps: number[]) => out.push({ nodes, steps, cost: steps.reduce((s, c) => s + c, 0) });
  const direct = first.get(to);
  if (direct !== undefined) add([from, to], [direct]);
  for (const [x, cx] of first) {
    if (x === to) continue;
    const xt = last.get(x);
    if (xt !== undefined) add([from, x, to], [cx, xt]);
    for (const [y, yt] of last) {
      if (y === from || y === x) continue;
      const xy = stepCost(index.nodes[x], index.nodes[y]);
      if (xy >= 0) add([from, x, y, to], [cx, xy, yt]);
    }
  }
  return out.sort(compareRoutes(index)).slice(0, limit);
}

/** A role reachable from the start that comes near the target. */
export interface NearNode {
  node: number;
  /** Steps from the start (1 to 3). */
  steps: number;
  /** Areas the target still needs more of than this role. */
  short: number;
}

/** The roles within three steps of `from` that the target needs the fewest areas more than, nearest first. */
export function nearestTo(index: PathIndex, from: number, to: number, limit: number): NearNode[] {
  const steps = new Map<number, number>([[from, 0]]);
  let frontier = [from];
  for (let depth = 1; depth <= PATHS.maxSteps && frontier.length > 0; depth++) {
    const next: number[] = [];
    for (const a of frontier)
      for (const b of reachFrom(index, a).keys())
        if (!steps.has(b)) {
          steps.set(b, depth);
          next.push(b);
        }
    frontier = next;
  }
  const target = index.nodes[to];
  const near: (NearNode & { total: number })[] = [];
  for (const [node, depth] of steps) {
    if (depth === 0 || node === to) continue;
    const needed = neededAreas(index.nodes[node], target);
    near.push({ node, steps: depth, short: needed.length, total: needed.reduce((s, n) => s + n.gap, 0) });
  }
  const title = (i: number) => index.nodes[i].summary.title;
  near.sort((a, b) => a.short - b.short || a.total - b.total || a.steps - b.steps || title(a.node).localeCompare(title(b.node)));
  return near.slice(0, limit).map(({ node, steps: s, short }) => ({ node, steps: s, short }));
}

/** Why no route reaches the target: the direct step's largest gaps, and how few roles the target can be reached from. */
export function whatBlocks(index: PathIndex, from: number, to: number): string[] {
  const a = index.nodes[from];
  const b = index.nodes[to];
  const name = (i: number) => index.areas[i];
  const why = [`Straight from ${a.summary.title}, ${b.summary.title} ${outOfReach(a, b, name).join('; ')}.`];
  const largest = neededAreas(a, b).slice(0, 5);
  if (largest.length > 0) why.push(`The largest gaps: ${largest.map((n) => `${name(n.area)} (+${n.gap.toFixed(2)})`).join(', ')}.`);
  const into = reachTo(index, to).size;
  why.push(
    into === 0
      ? `No role in the catalog has ${b.summary.title} within one step.`
      : `${into} role${into === 1 ? ' has' : 's have'} ${b.summary.title} within one step, ` +
          `and none of them is within two steps of ${a.summary.title}.`,
  );
  return why;
}
