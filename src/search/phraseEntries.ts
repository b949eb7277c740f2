// The titles the search indexes hold, as entries for the phrase matcher
// (hover cards): the same ~55,000 titles search knows, read from the loaded
// indexes instead of a second copy of the data.
import type { SearchPart } from './multiSearch';
import type { PhraseEntry } from './phrases';
import { Index } from './searchIndex';

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
