// Every role a career path may pass through, with its profile as the step
// rule reads it: official roles from their whole O*NET profiles, the user's
// own roles from the skills and knowledge their files list on O*NET's 1–5
// importance scale. Roles without a profile, or with skills given as shares,
// are kept aside with the reason, never treated as empty. Built once per
// catalog and profile set; pure.
import type { RoleCatalog } from '../model/catalog';
import type { ProfileSet } from '../model/profiles';
import type { Role } from '../model/schema';
import type { RoleSummary } from '../model/summary';
import { pathProfile, type PathProfile } from './stepRule';

/** A role that may be on a route. */
export interface PathNode extends PathProfile {
  summary: RoleSummary;
  /** Whether its profile is whole (O*NET's) or what its file lists. */
  whole: boolean;
}

export interface PathIndex {
  /** The areas, skills then knowledge, in the profile set's order. */
  areas: readonly string[];
  /** How many of `areas` are skills (the rest are knowledge areas). */
  skillCount: number;
  /** The roles that may be on a route. */
  nodes: readonly PathNode[];
  /** Index in `nodes`, by role id. */
  at: ReadonlyMap<string, number>;
  /** Roles left out of routes, by id, with why (said on the page). */
  leftOut: ReadonlyMap<string, string>;
  /** Where the profiles come from: "O*NET 29.3 Database, 2025". */
  source: ProfileSet['source'];
}

const NO_PROFILE = 'O*NET publishes no skill and knowledge profile for it, so it is left out of routes';
const SHARES =
  'its skills are given as shares of skill mentions, not on O*NET’s 1–5 importance scale, so they cannot be measured against other roles';
const NO_SKILLS = 'its file lists no skills or knowledge areas on O*NET’s 1–5 importance scale';

/** A hand-written role's profile from what its file lists, or why it has none. */
function listedProfile(role: Role, areas: ReadonlyMap<string, number>, size: number): PathProfile | string {
  const lists = [role.skills, role.knowledge].filter((l) => l !== undefined);
  if (lists.some((l) => l.measure === 'share')) return SHARES;
  const values: (number | null)[] = Array.from({ length: size }, () => null);
  let known = 0;
  for (const list of lists)
    for (const item of list.items) {
      const i = areas.get(item.name);
      if (i !== undefined && item.value >= 1 && item.value <= 5) {
        values[i] = item.value;
        known++;
      }
    }
  if (known === 0) return NO_SKILLS;
  return pathProfile(values, role.education?.jobZone?.zone);
}

/** The index over a catalog: each role with a profile, the rest set aside with the reason. */
export function buildPathIndex(catalog: Pick<RoleCatalog, 'roles' | 'whole'>, profiles: ProfileSet): PathIndex {
  const areas = [...profiles.skills, ...profiles.knowledge];
  const areaAt = new Map(areas.map((name, i) => [name, i]));
  const nodes: PathNode[] = [];
  const at = new Map<string, number>();
  const leftOut = new Map<string, string>();
  for (const summary of catalog.roles) {
    const official = profiles.byId.get(summary.id);
    const hand = catalog.whole.get(summary.id);
    let node: PathNode | undefined;
    if (official) {
      const values = [...official.skills, ...official.knowledge].map(([importance]) => importance);
      node = { summary, whole: true, ...pathProfile(values, official.zone) };
    } else if (hand) {
      const listed = listedProfile(hand, areaAt, areas.length);
      if (typeof listed === 'string') leftOut.set(summary.id, listed);
      else node = { summary, whole: false, ...listed };
    } else leftOut.set(summary.id, NO_PROFILE);
    if (node) {
      at.set(summary.id, nodes.length);
      nodes.push(node);
    }
  }
  return { areas, skillCount: profiles.skills.length, nodes, at, leftOut, source: profiles.source };
}

/**
 * An index without profiles, for when the profile file cannot be read: every
 * role asked about is left out with that reason, so the page says why no
 * route is shown instead of passing an empty page off as "no routes".
 */
export function unavailableIndex(ids: readonly string[], why: string): PathIndex {
  return {
    areas: [],
    skillCount: 0,
    nodes: [],
    at: new Map(),
    leftOut: new Map(ids.map((id) => [id, why])),
    source: { name: 'O*NET skill and knowledge profiles (not loaded)', year: null },
  };
}
