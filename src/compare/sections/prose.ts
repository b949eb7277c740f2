// What they do and responsibilities: O*NET's prose, which official roles ship
// without; where it is missing the section says how to add it.
import { isPluralTitle } from '../../format/titles';
import type { Role } from '../../model/schema';
import type { Section } from '../../protocol/comparisonView';
import { sourcesOf } from './cells';

export const RESPONSIBILITIES_SHOWN = 4;

/** Official roles ship without O*NET's prose; say how to add it where it is missing. */
const IMPORT_HINT = 'Descriptions and tasks of official occupations come from O*NET: run “Career Compare: Import O*NET Database…” to add them.';
const needsImport = (roles: Role[], key: 'description' | 'responsibilities') => roles.some((r) => r.socCode && !r[key]);

/** "What does a Technical Manager do?" — O*NET titles are plural ("Electricians"), which take "do". */
export function whatDoes(title: string): string {
  if (isPluralTitle(title)) return `What do ${title} do?`;
  return `What does ${/^[AEIOU]/i.test(title) ? 'an' : 'a'} ${title} do?`;
}

export function descriptions(roles: Role[]): Section {
  return {
    ...(needsImport(roles, 'description') && { hint: IMPORT_HINT }),
    kind: 'text',
    id: 'description',
    title: roles.length === 1 ? `About the role` : 'What they do',
    sources: sourcesOf(roles, ['description']),
    blocks: roles.map((r) => ({ heading: whatDoes(r.title), text: r.description?.text ?? null })),
  };
}

export function responsibilities(roles: Role[]): Section {
  return {
    ...(needsImport(roles, 'responsibilities') && { hint: IMPORT_HINT }),
    kind: 'list',
    id: 'responsibilities',
    title: 'Responsibilities',
    sources: sourcesOf(roles, ['responsibilities']),
    lists: roles.map((r) => ({
      heading: `${r.title} example responsibilities`,
      items: r.responsibilities?.items ?? [],
      initiallyShown: RESPONSIBILITIES_SHOWN,
    })),
  };
}
