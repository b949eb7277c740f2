// Technologies as O*NET publishes them: flagged ones first (the data keeps
// that order), each flag written out after the name, the rest behind Show more.
import type { Role } from '../../model/schema';
import type { Section } from '../../protocol/comparisonView';
import { sourcesOf } from './cells';
import { mergedCodeNotes } from './onetCodes';

/** How many technologies show before "Show more". */
export const TECHNOLOGIES_SHOWN = 10;

const FLAG_NOTE =
  'Marked as O*NET marks them: “Hot Technology” is often named in employers’ job postings; “In Demand” is often named in job postings for this occupation. Marked ones come first.';

type Tech = NonNullable<Role['technologies']>['items'][number];

function tagsOf(items: Tech[]): { item: number; tags: string[] }[] {
  const out: { item: number; tags: string[] }[] = [];
  items.forEach((t, item) => {
    const tags = [...(t.hot ? ['Hot Technology'] : []), ...(t.inDemand ? ['In Demand'] : [])];
    if (tags.length > 0) out.push({ item, tags });
  });
  return out;
}

/** Shown only when some role has technologies (official roles do). */
export function technologies(roles: Role[]): Section[] {
  if (!roles.some((r) => r.technologies)) return [];
  return [
    {
      kind: 'list',
      id: 'technologies',
      title: 'Technologies',
      sources: sourcesOf(roles, ['technologies']),
      notes: [FLAG_NOTE, ...mergedCodeNotes(roles)],
      lists: roles.map((r) => {
        const items = r.technologies?.items ?? [];
        return {
          heading: `${r.title} technologies`,
          items: items.map((t) => t.name),
          initiallyShown: TECHNOLOGIES_SHOWN,
          tags: tagsOf(items),
        };
      }),
    },
  ];
}
