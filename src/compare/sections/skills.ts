// Skills and knowledge: bars per role. Importance scores (O*NET, 1–5) are
// labelled as importance; shares are drawn on one scale across roles.
import type { Role } from '../../model/schema';
import type { Section } from '../../protocol/comparisonView';
import { importanceBar, mentionShareBar } from '../spoken';
import { maxOf } from '../../util/arrays';
import { sourcesOf } from './cells';
import { baseCodeNotes } from './onetCodes';

/** How many knowledge areas a role shows: O*NET rates about 33 for every occupation. */
export const KNOWLEDGE_SHOWN = 5;

type Measured = NonNullable<Role['skills']>;

function barsSection(roles: Role[], key: 'skills' | 'knowledge', title: string, heading: (t: string) => string, limit?: number): Section {
  const measured = (r: Role): Measured | undefined => r[key];
  const shareMax = maxOf(
    roles.flatMap((r) => (measured(r)?.measure === 'share' ? measured(r)!.items.map((i) => i.value) : [])),
    1,
  );
  const notes = baseCodeNotes(roles, (r) => measured(r)?.measure === 'importance');
  return {
    kind: 'bars',
    id: key,
    title,
    sources: sourcesOf(roles, [key]),
    ...(notes.length > 0 && { notes }),
    groups: roles.map((r) => {
      const s = measured(r);
      if (!s) return { heading: heading(r.title), measure: 'no data', bars: [] };
      const importance = s.measure === 'importance';
      return {
        heading: heading(r.title),
        measure: importance ? 'Importance (O*NET scale 1–5)' : 'Share of the role’s skill mentions',
        bars: s.items
          .slice(0, limit)
          .map((i) => (importance ? importanceBar(i.name, i.value) : mentionShareBar(i.name, i.value, shareMax))),
      };
    }),
  };
}

export const skills = (roles: Role[]): Section => barsSection(roles, 'skills', 'Skills', (t) => `Common ${t} skills`);

/** Shown only when some role has knowledge areas (official roles do); the top five by importance. */
export function knowledge(roles: Role[]): Section[] {
  if (!roles.some((r) => r.knowledge)) return [];
  return [barsSection(roles, 'knowledge', 'Knowledge', (t) => `Most important knowledge for ${t}`, KNOWLEDGE_SHOWN)];
}
