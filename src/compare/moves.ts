// What the move features add to a comparison or a role page: "From A to B"
// buttons when two roles are shown, and each role's similar roles and
// better-paid moves beside O*NET's related roles. Pure.
import { formatMoney } from '../format/format';
import { attributionFor } from '../model/attribution';
import type { ProfileSet } from '../model/profiles';
import type { Role } from '../model/schema';
import type { ComparisonView, Section } from '../protocol/comparisonView';
import { moveTitle } from './moveView';
import { similarRolesSection, type SimilarityContext } from './sections/similarRoles';
import { areaGap, type AreaGap } from './skillGap';

function gapSummary(skills: AreaGap, knowledge: AreaGap): string {
  if (!skills.ok) return skills.reason;
  const count = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
  const areas = knowledge.ok ? ` and ${count(knowledge.needed.length, 'knowledge area')}` : '';
  return `${count(skills.needed.length, 'skill')}${areas} to build`;
}

function paySummary(from: Role, to: Role): string | undefined {
  const a = from.pay?.yearly;
  const b = to.pay?.yearly;
  if (typeof a !== 'number' || typeof b !== 'number' || a === b) return undefined;
  return `pays ${formatMoney(Math.abs(b - a))} a year ${b > a ? 'more' : 'less'}`;
}

/** "From A to B" and "From B to A", for a comparison of two roles. */
export function movesSection(roles: Role[], profiles: ProfileSet | undefined): Section[] {
  if (roles.length !== 2) return [];
  const moves = [
    [0, 1],
    [1, 0],
  ].map(([from, to]) => {
    const a = roles[from];
    const b = roles[to];
    const summary = [gapSummary(areaGap(a, b, 'skills', profiles), areaGap(a, b, 'knowledge', profiles)), paySummary(a, b)]
      .filter(Boolean)
      .join(' · ');
    return { from, to, label: moveTitle(a, b), summary };
  });
  const sources = profiles ? [`${profiles.source.name}, ${String(profiles.source.year)} (Skills, Knowledge)`] : [];
  return [{ kind: 'moves', id: 'moves', title: 'Skill gap', sources, notes: ['Each opens the skill gap of that move.'], moves }];
}

function insertAfter(sections: Section[], ids: string[], added: Section[]): Section[] {
  if (added.length === 0) return sections;
  const at = ids.map((id) => sections.findIndex((s) => s.id === id)).find((i) => i !== -1);
  const cut = at === undefined ? sections.length : at + 1;
  return [...sections.slice(0, cut), ...added, ...sections.slice(cut)];
}

/** The comparison with the move sections added: the gap buttons after the skills, similar roles after the related ones. */
export function withMoves(
  view: ComparisonView,
  roles: Role[],
  profiles: ProfileSet | undefined,
  similar: SimilarityContext | undefined,
): ComparisonView {
  const attributed = (sections: Section[]) =>
    sections.map((s) => {
      const attribution = attributionFor(s.sources);
      return attribution ? { ...s, attribution } : s;
    });
  let sections = insertAfter(view.sections, ['knowledge', 'skills'], attributed(movesSection(roles, profiles)));
  if (similar) sections = insertAfter(sections, ['related', 'technologies'], attributed(similarRolesSection(roles, similar)));
  return { ...view, sections };
}
