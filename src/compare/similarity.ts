// Similar roles by skill and knowledge profile, and the better-paid moves
// among them. Pure: profiles in, ranked role ids out.
//
// The measure: cosine similarity of two roles' O*NET importance profiles (every
// skill and knowledge area, 35 + 33 in O*NET 29.3), each importance taken as
// its distance from that element's average over all profiled occupations.
// Centring matters: raw importances are all 1–5, so every pair would be
// "0.9 similar"; centred, a nurse and an electrician come out unlike (below 0)
// and two nursing roles alike (about 0.9). A suppressed estimate counts as the
// average (no pull either way). 1 is the same profile, 0 unrelated, −1 opposite.
import { wageValue } from '../format/format';
import type { ProfileSet } from '../model/profiles';
import type { Wage } from '../model/schema';

export const SIMILARITY_MEASURE =
  'cosine similarity of the roles’ O*NET importance profiles (all skills and knowledge areas), ' +
  'each importance measured from its average over all occupations; 1 is the same profile, 0 unrelated';

/** How many similar roles a role's page lists. */
export const SIMILAR_SHOWN = 5;
/** Better-paid moves are sought among this many most similar roles. */
export const MOVE_CANDIDATES = 25;
/** A move counts as better paid when its average yearly wage is at least this much higher (0.05 = 5%). */
export const MOVE_MIN_RAISE = 0.05;
/** How many better-paid moves a role's page lists. */
export const MOVES_SHOWN = 5;

export const MOVES_RULE =
  `Better-paid moves: of the ${MOVE_CANDIDATES} roles most similar to it, those whose average yearly wage is at least ` +
  `${MOVE_MIN_RAISE * 100}% higher, most similar first.`;

export interface SimilarityIndex {
  ids: readonly string[];
  position: ReadonlyMap<string, number>;
  dimensions: number;
  /** Unit-length centred vectors, one after another; a role whose profile is all average has none (NaN row). */
  vectors: Float64Array;
}

export interface Similar {
  id: string;
  similarity: number;
}

/** Centres and normalises every profile once, so a query is one dot product per role. */
export function buildSimilarityIndex(profiles: ProfileSet): SimilarityIndex {
  const ids = [...profiles.byId.keys()].sort();
  const rows = ids.map((id) => {
    const p = profiles.byId.get(id)!;
    return [...p.skills, ...p.knowledge].map((v) => v[0]);
  });
  const dimensions = profiles.skills.length + profiles.knowledge.length;
  const mean = new Float64Array(dimensions);
  for (let d = 0; d < dimensions; d++) {
    let sum = 0;
    let n = 0;
    for (const row of rows) {
      const v = row[d];
      if (v === null || v === undefined) continue;
      sum += v;
      n++;
    }
    mean[d] = n > 0 ? sum / n : 0;
  }
  const vectors = new Float64Array(ids.length * dimensions);
  rows.forEach((row, r) => {
    let norm = 0;
    for (let d = 0; d < dimensions; d++) {
      const v = row[d];
      const centred = v === null || v === undefined ? 0 : v - mean[d];
      vectors[r * dimensions + d] = centred;
      norm += centred * centred;
    }
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : Number.NaN;
    for (let d = 0; d < dimensions; d++) vectors[r * dimensions + d] *= scale;
  });
  return { ids, position: new Map(ids.map((id, i) => [id, i])), dimensions, vectors };
}

function dot(index: SimilarityIndex, a: number, b: number): number {
  const { vectors, dimensions } = index;
  let sum = 0;
  // Summed in element order whichever role comes first, so sim(a, b) === sim(b, a) exactly.
  for (let d = 0; d < dimensions; d++) sum += vectors[a * dimensions + d] * vectors[b * dimensions + d];
  return sum;
}

/** The similarity of two profiled roles, or undefined when either has no profile. */
export function similarity(index: SimilarityIndex, a: string, b: string): number | undefined {
  const i = index.position.get(a);
  const j = index.position.get(b);
  if (i === undefined || j === undefined) return undefined;
  const s = dot(index, i, j);
  return Number.isNaN(s) ? undefined : s;
}

const bySimilarity = (x: Similar, y: Similar) => y.similarity - x.similarity || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);

/** Every profiled role (the role itself included) by similarity to `id`, most similar first, ties by id. */
export function rankBySimilarity(index: SimilarityIndex, id: string): Similar[] {
  const i = index.position.get(id);
  if (i === undefined) return [];
  const out: Similar[] = [];
  for (let j = 0; j < index.ids.length; j++) {
    const s = dot(index, i, j);
    if (!Number.isNaN(s)) out.push({ id: index.ids[j], similarity: s });
  }
  return out.sort(bySimilarity);
}

/** The `limit` roles most similar to `id`, itself left out. */
export function similarRoles(index: SimilarityIndex, id: string, limit = SIMILAR_SHOWN): Similar[] {
  return rankBySimilarity(index, id)
    .filter((s) => s.id !== id)
    .slice(0, limit);
}

/**
 * Better-paid moves (see MOVES_RULE). A top-coded wage counts at its floor:
 * a role paid "≥ $239,200" has no move known to pay more; a move to one does.
 * A role or candidate without a wage is never counted.
 */
export function betterPaidMoves(
  index: SimilarityIndex,
  id: string,
  yearlyOf: (id: string) => Wage | undefined,
  limit = MOVES_SHOWN,
): Similar[] {
  const own = yearlyOf(id);
  if (own === undefined || typeof own !== 'number') return [];
  return similarRoles(index, id, MOVE_CANDIDATES)
    .filter((s) => {
      const pay = yearlyOf(s.id);
      return pay !== undefined && wageValue(pay) >= own * (1 + MOVE_MIN_RAISE);
    })
    .slice(0, limit);
}
