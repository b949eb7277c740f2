// Similar roles and better-paid moves, for each shown role: links like the
// related roles (each opens the role or compares with it), with a line of
// similarity, pay and growth against the shown role. The measure and the
// rule are in ../similarity.ts and are printed under the section.
import { formatChange, formatMoney, formatSource, formatWage } from '../../format/format';
import type { Role, Source } from '../../model/schema';
import type { RoleSummary } from '../../model/summary';
import type { Section } from '../../protocol/comparisonView';
import { betterPaidMoves, MOVES_RULE, SIMILARITY_MEASURE, similarRoles, type Similar, type SimilarityIndex } from '../similarity';

export interface SimilarityContext {
  index: SimilarityIndex;
  /** Summaries of every role in the catalog (titles, pay, growth). */
  byId: ReadonlyMap<string, RoleSummary>;
  /** Where the profiles come from (O*NET's Skills and Knowledge). */
  source: Source;
}

const signedMoney = (d: number) => `${d >= 0 ? '+' : '−'}${formatMoney(Math.abs(d))}`;

/** "similarity 0.89 · $94,480 a year (+$8,200) · growth 5% (+1.2 points)": against the shown role. */
export function similarDetail(s: Similar, role: Pick<RoleSummary, 'pay' | 'growth'>, other: RoleSummary | undefined): string {
  const parts = [`similarity ${s.similarity.toFixed(2)}`];
  const pay = other?.pay?.yearly;
  const own = role.pay?.yearly;
  if (pay === undefined) parts.push('pay: no data');
  else if (typeof pay === 'number' && typeof own === 'number') parts.push(`${formatWage(pay)} a year (${signedMoney(pay - own)})`);
  else parts.push(`${formatWage(pay)} a year`);
  const growth = other?.growth?.rate;
  const ownGrowth = role.growth?.rate;
  if (growth === undefined) parts.push('growth: no data');
  else if (ownGrowth !== undefined) {
    const d = Math.round((growth - ownGrowth) * 10) / 10;
    parts.push(`growth ${formatChange(growth)} (${d >= 0 ? '+' : '−'}${Math.abs(d)} points)`);
  } else parts.push(`growth ${formatChange(growth)}`);
  return parts.join(' · ');
}

function entries(list: Similar[], role: Role, ctx: SimilarityContext) {
  return list.flatMap((s) => {
    const other = ctx.byId.get(s.id);
    return other ? [{ id: s.id, title: other.title, detail: similarDetail(s, role, other) }] : [];
  });
}

/** Sources of the pay and growth figures the lines quote, each once. */
function figureSources(roles: Role[], ctx: SimilarityContext): string[] {
  const out = new Set<string>([`${formatSource(ctx.source)} (Skills, Knowledge: similarity)`]);
  for (const r of roles) {
    const summary = ctx.byId.get(r.id);
    if (summary?.pay) out.add(formatSource(summary.pay.source));
    if (summary?.growth) out.add(formatSource(summary.growth.source));
  }
  return [...out];
}

/** Shown when some shown role has an O*NET profile. */
export function similarRolesSection(roles: Role[], ctx: SimilarityContext): Section[] {
  const profiled = roles.filter((r) => ctx.index.position.has(r.id));
  if (profiled.length === 0) return [];
  const yearlyOf = (id: string) => ctx.byId.get(id)?.pay?.yearly;
  const groups = roles.flatMap((r) => [
    { heading: `Most similar to ${r.title}`, roles: entries(similarRoles(ctx.index, r.id), r, ctx) },
    { heading: `Better-paid moves from ${r.title}`, roles: entries(betterPaidMoves(ctx.index, r.id, yearlyOf), r, ctx) },
  ]);
  const notes = [
    `Similarity: ${SIMILARITY_MEASURE}.`,
    MOVES_RULE,
    'Pay and growth in brackets: the difference from the role the list is for.',
  ];
  const unprofiled = roles.filter((r) => !ctx.index.position.has(r.id)).map((r) => r.title);
  if (unprofiled.length > 0) notes.push(`${unprofiled.join(' and ')}: no O*NET skill and knowledge profile, so no similar roles.`);
  return [
    { kind: 'links', id: 'similar', title: 'Similar roles and better-paid moves', sources: figureSources(profiled, ctx), notes, groups },
  ];
}
