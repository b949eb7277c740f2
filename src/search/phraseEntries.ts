// Hand-written roles' titles as entries for their phrase matcher (hover
// cards), built at run time; the official roles' is prebuilt over the search
// index (buildIndexMatcher).
import type { PhraseEntry } from './phrases';

/** Each role's own title, then its alternate titles. */
export function* roleEntries(roles: Iterable<{ id: string; title: string; alternateTitles?: readonly string[] }>): Generator<PhraseEntry> {
  for (const role of roles) {
    yield { roleId: role.id, title: role.title, own: true };
    for (const title of role.alternateTitles ?? []) yield { roleId: role.id, title, own: false };
  }
}
