// The skill gap of a move from role A to role B: the skills and knowledge
// areas B needs more of than A, sorted by the gap, and those important to
// both. Pure: roles and profiles in, the gap out.
//
// Official roles are compared on their whole O*NET profiles (importance 1–5
// and level 0–7, data/generated/profiles.json). A hand-written role with
// importance scores is compared on the elements its file lists. Shares (the
// reference roles: percent of a role's skill mentions) are a different
// scale: two roles measured differently are never compared, and the gap says why.
import type { ProfileSet, ProfileValue } from '../model/profiles';
import type { Role, Source } from '../model/schema';

export type GapScale = 'importance' | 'share';

/** B needs an element more when its value exceeds A's by at least this (half a point of O*NET's 1–5; five share points). */
export const GAP_MIN: Record<GapScale, number> = { importance: 0.5, share: 5 };
/**
 * Important to a role: importance at least 3 of 5, the cut-off O*NET OnLine
 * uses to list an occupation's skills (50 on its 0–100 scale); for shares, any listed.
 */
export const IMPORTANT: Record<GapScale, number> = { importance: 3, share: 0 };

export interface ElementValue {
  value: number;
  /** O*NET level 0–7, where the data has it. */
  level?: number;
}

/** One element's values in a role's profile, by element name. */
export interface Profile {
  scale: GapScale;
  source: Source;
  /** True for a whole O*NET profile; false when a role file lists only some elements. */
  whole: boolean;
  values: ReadonlyMap<string, ElementValue>;
}

export interface ElementGap {
  name: string;
  from: ElementValue;
  to: ElementValue;
  /** to − from, on the scale. */
  gap: number;
}

export type AreaGap =
  | {
      ok: true;
      scale: GapScale;
      sources: Source[];
      /** Where B needs at least GAP_MIN more than A, largest gap first (ties: larger level gap, then name). */
      needed: ElementGap[];
      /** Important to both (IMPORTANT), most important to both first. */
      shared: ElementGap[];
      /** Why elements are missing, when a side lists only some of them. */
      partial?: string;
    }
  | { ok: false; reason: string };

export interface SkillGap {
  skills: AreaGap;
  knowledge: AreaGap;
}

type Area = 'skills' | 'knowledge';

function fromProfileSet(values: readonly ProfileValue[], names: readonly string[]): Map<string, ElementValue> {
  const out = new Map<string, ElementValue>();
  names.forEach((name, i) => {
    const [importance, level] = values[i] ?? [null, null];
    if (importance === null) return; // suppressed: unknown, never 0
    out.set(name, level === null ? { value: importance } : { value: importance, level });
  });
  return out;
}

/** A role's profile for one area: the whole O*NET profile where there is one, else what its file lists. */
export function profileOf(role: Role, area: Area, profiles: ProfileSet | undefined): Profile | undefined {
  const whole = profiles?.byId.get(role.id);
  if (whole && profiles)
    return { scale: 'importance', source: profiles.source, whole: true, values: fromProfileSet(whole[area], profiles[area]) };
  const listed = role[area];
  if (!listed) return undefined;
  return {
    scale: listed.measure,
    source: listed.source,
    whole: false,
    values: new Map(listed.items.map((i) => [i.name, { value: i.value }])),
  };
}

const SCALE_NAME: Record<GapScale, string> = {
  importance: 'O*NET importance (1–5)',
  share: 'shares of the role’s skill mentions (percent)',
};

function byGap(a: ElementGap, b: ElementGap): number {
  const levelGap = (g: ElementGap) => (g.to.level ?? 0) - (g.from.level ?? 0);
  return b.gap - a.gap || levelGap(b) - levelGap(a) || a.name.localeCompare(b.name);
}

/** The gap from A to B in one area (skills or knowledge). */
export function areaGap(from: Role, to: Role, area: Area, profiles: ProfileSet | undefined): AreaGap {
  const what = area === 'skills' ? 'skills' : 'knowledge areas';
  const a = profileOf(from, area, profiles);
  const b = profileOf(to, area, profiles);
  if (!a || !b) return { ok: false, reason: `${(a ? to : from).title} has no ${what} data, so there is no gap to show.` };
  if (a.scale !== b.scale) {
    return {
      ok: false,
      reason:
        `${from.title}’s ${what} are ${SCALE_NAME[a.scale]} and ${to.title}’s are ${SCALE_NAME[b.scale]}: ` +
        'the two are not on one scale, so they are not compared.',
    };
  }
  const pairs: ElementGap[] = [];
  for (const [name, toValue] of b.values) {
    const fromValue = a.values.get(name);
    if (fromValue) pairs.push({ name, from: fromValue, to: toValue, gap: toValue.value - fromValue.value });
  }
  const scale = a.scale;
  // Rounded to the data's two decimals, so 0.5 − 1e-16 still counts as half a point.
  const needed = pairs.filter((p) => Math.round(p.gap * 100) >= Math.round(GAP_MIN[scale] * 100)).sort(byGap);
  const shared = pairs
    .filter((p) => p.from.value >= IMPORTANT[scale] && p.to.value >= IMPORTANT[scale] && !needed.includes(p))
    .sort((x, y) => Math.min(y.from.value, y.to.value) - Math.min(x.from.value, x.to.value) || x.name.localeCompare(y.name));
  const listsOnly = [a, b].flatMap((p, i) => (p.whole ? [] : [[from, to][i].title]));
  const sources = a.source === b.source || JSON.stringify(a.source) === JSON.stringify(b.source) ? [a.source] : [a.source, b.source];
  const result: AreaGap = { ok: true, scale, sources, needed, shared };
  if (listsOnly.length > 0)
    result.partial =
      `${listsOnly.join(' and ')} ${listsOnly.length > 1 ? 'list' : 'lists'} only some ${what}; ` +
      'those listed for one role only are left out, not counted as 0.';
  return result;
}

export function skillGap(from: Role, to: Role, profiles: ProfileSet | undefined): SkillGap {
  return { skills: areaGap(from, to, 'skills', profiles), knowledge: areaGap(from, to, 'knowledge', profiles) };
}
