// One search over several indexes (the prebuilt official index and one built
// at run time for hand-written roles), answering as one index over all their
// entries would: hits merged by score, then title, then id.
import { searchRoles, type RoleSearchIndex, type SearchHit } from './roleSearch';

export interface SearchPart {
  index: RoleSearchIndex;
  /** Which of its roles count (e.g. not an official role a hand-written one replaces). */
  accept?: (roleId: string) => boolean;
}

const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function searchParts(parts: readonly SearchPart[], query: string, limit = 20): SearchHit[] {
  const hits: SearchHit[] = [];
  for (const { index, accept } of parts) {
    // Ask each for enough that what `accept` drops cannot shorten the answer.
    const wanted = accept ? index.size : limit;
    for (const hit of searchRoles(index, query, wanted)) if (!accept || accept(hit.roleId)) hits.push(hit);
  }
  hits.sort((a, b) => b.score - a.score || order(a.title, b.title) || order(a.roleId, b.roleId));
  return hits.slice(0, limit);
}
