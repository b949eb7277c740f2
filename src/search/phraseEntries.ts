// Titles as entries for the phrase matcher (hover cards): from roles (the
// official ones at `npm run data:build`, hand-written ones at run time), or
// from a loaded search index when the prebuilt matcher cannot be read.
import type { SearchPart } from './multiSearch';
import type { PhraseEntry } from './phrases';
import { Index } from './searchIndex';

/** Each role's own title, then its alternate titles. */
export function* roleEntries(roles: Iterable<{ id: string; title: string; alternateTitles?: readonly string[] }>): Generator<PhraseEntry> {
  for (const role of roles) {
    yield { roleId: role.id, title: role.title, own: true };
    for (const title of role.alternateTitles ?? []) yield { roleId: role.id, title, own: false };
  }
}

/** Every title of every part, skipping roles a part does not accept (e.g. an official role a hand-written one replaces). */
export function* phraseEntries(parts: readonly SearchPart[]): Generator<PhraseEntry> {
  for (const { index, accept } of parts) {
    if (!(index instanceof Index)) throw new TypeError('phraseEntries: index must come from buildSearchIndex or parseSearchIndex');
    for (let t = 0; t < index.size; t++) {
      const roleId = index.roleIds[index.titleRole[t]];
      if (accept && !accept(roleId)) continue;
      yield { roleId, title: index.title(t), own: index.titleIsOwn[t] === 1 };
    }
  }
}
