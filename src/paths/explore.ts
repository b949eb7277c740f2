// "Explore Moves From…": the roles within one step of a role and those two
// steps away (through the cheapest role in between), cheapest first, with
// the filters people ask for. A filter needing a figure a role lacks leaves
// that role out, and the page counts them: unknown is never read as zero.
import { educationRank, figureOf } from '../browse/sortFilter';
import { type ExploreFilter } from '../limits';
import type { RoleSummary } from '../model/summary';
import type { PathIndex } from './pathIndex';
import { reachFrom } from './routes';
import { stepCost } from './stepRule';

/** Each filter's label and rule: does `to` pass, given the start? undefined when a figure is missing. */
export const FILTER_RULES: Record<ExploreFilter, { label: string; passes(from: RoleSummary, to: RoleSummary): boolean | undefined }> = {
  paysMore: {
    label: 'Pays more',
    passes: (from, to) => compare(figureOf(from, 'pay'), figureOf(to, 'pay'), (a, b) => b > a),
  },
  growsFaster: {
    label: 'Grows faster',
    passes: (from, to) => compare(figureOf(from, 'growth'), figureOf(to, 'growth'), (a, b) => b > a),
  },
  noMoreEducation: {
    label: 'Needs no more education',
    passes: (from, to) => compare(educationRank(from), educationRank(to), (a, b) => b <= a),
  },
  sameCategory: {
    label: 'Same category',
    passes: (from, to) => from.category === to.category,
  },
};

function compare(a: number | undefined, b: number | undefined, rule: (a: number, b: number) => boolean): boolean | undefined {
  return a === undefined || b === undefined ? undefined : rule(a, b);
}

/** One reachable role. */
export interface Move {
  node: number;
  /** The move's cost in hundredths: one step's, or the two steps' together. */
  cost: number;
  /** For a two-step move, the cheapest role in between. */
  via?: number;
}

export interface Explored {
  /** Within one step, cheapest first. */
  one: Move[];
  /** Two steps away (not within one), cheapest first. */
  two: Move[];
  /** Roles within reach that a filter left out because a figure it needs is unknown. */
  unknown: number;
}

const byCost = (index: PathIndex) => (a: Move, b: Move) =>
  a.cost - b.cost || index.nodes[a.node].summary.title.localeCompare(index.nodes[b.node].summary.title);

/** The moves from `from` that pass every filter in `on`. */
export function exploreFrom(index: PathIndex, from: number, on: readonly ExploreFilter[]): Explored {
  const first = reachFrom(index, from);
  const two = new Map<number, Move>();
  for (const [x, cx] of first) {
    const a = index.nodes[x];
    index.nodes.forEach((b, z) => {
      if (z === from || first.has(z)) return;
      const known = two.get(z);
      if (known && known.cost <= cx) return; // this way cannot be cheaper
      const cz = stepCost(a, b);
      if (cz < 0) return;
      const cost = cx + cz;
      const title = (i: number) => index.nodes[i].summary.title;
      if (!known || cost < known.cost || (cost === known.cost && title(x).localeCompare(title(known.via!)) < 0))
        two.set(z, { node: z, cost, via: x });
    });
  }
  const start = index.nodes[from].summary;
  let unknown = 0;
  const passes = (m: Move) => {
    const results = on.map((f) => FILTER_RULES[f].passes(start, index.nodes[m.node].summary));
    if (results.includes(false)) return false;
    if (results.includes(undefined)) {
      unknown++;
      return false;
    }
    return true;
  };
  const one = [...first].map(([node, cost]) => ({ node, cost })).filter(passes);
  const further = [...two.values()].filter(passes);
  return { one: one.sort(byCost(index)), two: further.sort(byCost(index)), unknown };
}
