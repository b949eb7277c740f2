// Related roles: links to each role's related occupations that exist in the
// catalog (a related id the catalog lacks is left out, never shown dead).
import { formatSource } from '../../format/format';
import type { Role } from '../../model/schema';
import type { RoleRef, Section } from '../../protocol/comparisonView';

/** What the comparison needs of the catalog: find a role by id. */
export interface RoleLookup {
  byId: ReadonlyMap<string, Pick<Role, 'id' | 'title'>>;
}

function relatedOf(role: Role, lookup: RoleLookup): RoleRef[] {
  const out: RoleRef[] = [];
  for (const id of role.relatedRoles ?? []) {
    const found = lookup.byId.get(id);
    if (found && found.id !== role.id) out.push({ id: found.id, title: found.title });
  }
  return out;
}

/** The O*NET release an official role's O*NET figures come from, if it is one. */
const onetSourceOf = (r: Role) =>
  r.socCode ? [r.skills, r.knowledge, r.technologies].find((x) => x?.source.name.includes('O*NET'))?.source : undefined;

/**
 * Official roles' related occupations come from the O*NET release their
 * other O*NET figures come from (the role model keeps no separate source for the list).
 */
function relatedSources(roles: Role[]): string[] {
  const out = new Set<string>();
  for (const r of roles) {
    if (!r.relatedRoles?.length) continue;
    const onet = onetSourceOf(r);
    out.add(onet ? `${formatSource(onet)} (Related Occupations)` : `${r.title}: its role file`);
  }
  return [...out];
}

/** Shown when some role has related roles in the catalog. */
export function relatedRoles(roles: Role[], lookup: RoleLookup | undefined): Section[] {
  if (!lookup) return [];
  // Labelled as O*NET's where O*NET is the source, so they read apart from our own similar roles beside them.
  const heading = (r: Role) => (onetSourceOf(r) ? `O*NET’s related roles for ${r.title}` : `Roles related to ${r.title}`);
  const groups = roles.map((r) => ({ heading: heading(r), roles: relatedOf(r, lookup) }));
  if (groups.every((g) => g.roles.length === 0)) return [];
  return [
    {
      kind: 'links',
      id: 'related',
      title: 'Related roles',
      sources: relatedSources(roles),
      groups,
    },
  ];
}
