// When one role is "within reach" of another, and what the step costs: the
// rule career paths are built from, stated once here (the page and
// docs/PATHS.md quote STEP_RULE_TEXT). Pure and fast: a route query checks
// tens of thousands of pairs, so profiles are flat integer arrays.
import { GAP_MIN } from '../compare/skillGap';

export const STEP_RULE = {
  /** An area counts as needed when B's importance exceeds A's by at least this (half a point of O*NET's 1–5, as the skill gap). */
  gapMin: GAP_MIN.importance,
  /** At most this many of the 68 skill and knowledge areas may be needed. */
  maxAreas: 15,
  /** No needed area may be more than this above A's importance. */
  ceiling: 1.5,
  /** B's Job Zone may be at most this many zones above A's. */
  maxZoneRise: 1,
  /** Every step costs this, so a shorter route wins a tie. */
  stepCost: 1,
  /** Each Job Zone B is above A adds this. */
  zoneCost: 2,
} as const;

/** The rule in words, for the page and the docs. */
export const STEP_RULE_TEXT = [
  `A role is within one step of another when it needs at least ${STEP_RULE.gapMin} more importance ` +
    `(O*NET's 1–5 scale) in at most ${STEP_RULE.maxAreas} of the 68 skill and knowledge areas, ` +
    `in none more than ${STEP_RULE.ceiling} more, and its Job Zone is at most ${STEP_RULE.maxZoneRise} above.`,
  `A step costs ${STEP_RULE.stepCost}, plus the sum of those gaps, plus ${STEP_RULE.zoneCost} for each Job Zone it rises; ` +
    "a route's cost is the sum of its steps'. Areas a role's data leaves unknown are not counted either way.",
];

/** A role's profile as the rule reads it: importances in hundredths, twice, so an unknown area fails every test without a branch. */
export interface PathProfile {
  /** Importance ×100 per area (skills, then knowledge) when the role is the start of a step; UNKNOWN_FROM where unknown. */
  from: Int32Array;
  /** The same when the role is the end of a step; UNKNOWN_TO where unknown. */
  to: Int32Array;
  /** O*NET Job Zone 1–5, when known: the zone rule and cost apply only when both roles have one. */
  zone?: number;
}

// Far apart, so a gap with an unknown side is always far below the threshold: never counted either way.
const UNKNOWN_FROM = 1_000_000;
const UNKNOWN_TO = -1_000_000;

/** The profile from importances per area (null or NaN where unknown). */
export function pathProfile(values: ArrayLike<number | null>, zone: number | undefined): PathProfile {
  const from = new Int32Array(values.length);
  const to = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    const known = v !== null && Number.isFinite(v);
    from[i] = known ? Math.round(v * 100) : UNKNOWN_FROM;
    to[i] = known ? Math.round(v * 100) : UNKNOWN_TO;
  }
  return zone === undefined ? { from, to } : { from, to, zone };
}

// Gaps are compared in hundredths, the data's precision, so 0.5 − 1e-16 still counts as half a point.
const MIN = Math.round(STEP_RULE.gapMin * 100);
const CEILING = Math.round(STEP_RULE.ceiling * 100);

/**
 * The cost of the step from A to B in hundredths (whole numbers, so routes
 * add up and tie exactly), or -1 when B is not within reach. The hot path of every search.
 */
export function stepCost(a: PathProfile, b: PathProfile): number {
  const av = a.from;
  const bv = b.to;
  let needed = 0;
  let gaps = 0;
  for (let i = 0; i < av.length; i++) {
    const gap = bv[i] - av[i];
    if (gap >= MIN) {
      if (gap > CEILING || ++needed > STEP_RULE.maxAreas) return -1;
      gaps += gap;
    }
  }
  let cost = STEP_RULE.stepCost * 100 + gaps;
  if (a.zone !== undefined && b.zone !== undefined && b.zone > a.zone) {
    if (b.zone - a.zone > STEP_RULE.maxZoneRise) return -1;
    cost += (b.zone - a.zone) * STEP_RULE.zoneCost * 100;
  }
  return cost;
}

/** A cost in hundredths as printed: "18.3". */
export const costText = (hundredths: number): string => (hundredths / 100).toFixed(1);

/** One area B needs more of than A. */
export interface NeededArea {
  /** Index in the profile set's areas. */
  area: number;
  /** B's importance minus A's. */
  gap: number;
}

/** Every area B needs at least gapMin more of, largest first (ties: the earlier area). */
export function neededAreas(a: PathProfile, b: PathProfile): NeededArea[] {
  const out: NeededArea[] = [];
  for (let i = 0; i < a.from.length; i++) {
    const gap = b.to[i] - a.from[i];
    if (gap >= MIN) out.push({ area: i, gap: gap / 100 });
  }
  return out.sort((x, y) => y.gap - x.gap || x.area - y.area);
}

/** Why B is not within reach of A, in words ("31 areas needed, more than 15; Engineering and Technology +2.14, over 1.5"). */
export function outOfReach(a: PathProfile, b: PathProfile, areaName: (i: number) => string): string[] {
  const needed = neededAreas(a, b);
  const why: string[] = [];
  if (needed.length > STEP_RULE.maxAreas) why.push(`needs more in ${needed.length} areas, more than ${STEP_RULE.maxAreas}`);
  const over = needed.filter((n) => Math.round(n.gap * 100) > CEILING);
  if (over.length > 0)
    why.push(
      `needs more than ${STEP_RULE.ceiling} more in ${over.length} area${over.length === 1 ? '' : 's'}: ` +
        over
          .slice(0, 3)
          .map((n) => `${areaName(n.area)} (+${n.gap.toFixed(2)})`)
          .join(', '),
    );
  if (a.zone !== undefined && b.zone !== undefined && b.zone - a.zone > STEP_RULE.maxZoneRise)
    why.push(`rises ${b.zone - a.zone} Job Zones (${a.zone} → ${b.zone}), more than ${STEP_RULE.maxZoneRise}`);
  return why;
}
