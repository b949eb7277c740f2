// Pure comparison logic: roles in, the ComparisonView the webview draws out.
// Works for 1 role (a role page) up to 4 side by side. Rows the reference page
// defines are always shown (with "no data", and why, where a role lacks a
// figure); extra rows and sections from official data appear only when some
// role has them. One mapper per section, in ./sections.
import { attributionFor } from '../model/attribution';
import type { Role } from '../model/schema';
import type { ComparisonView, Section } from '../protocol/comparisonView';
import type { Picker } from '../protocol/page';
import { markDifferences } from './differences';
import { buildHeadline } from './headline';
import type { PayWhere } from './payWhere';
import { selectionProblem } from './selection';
import { announcement } from './spoken';
import { demographics } from './sections/demographics';
import { education } from './sections/education';
import { overview } from './sections/overview';
import { payMap } from './sections/payMap';
import { payRange } from './sections/payRange';
import { descriptions, responsibilities } from './sections/prose';
import { relatedRoles, type RoleLookup } from './sections/relatedRoles';
import { salary } from './sections/salary';
import { knowledge, skills } from './sections/skills';
import { technologies } from './sections/technologies';

export { RESPONSIBILITIES_SHOWN, whatDoes } from './sections/prose';
export type { RoleLookup } from './sections/relatedRoles';

export function comparisonTitle(roles: Pick<Role, 'title'>[]): string {
  return roles.map((r) => r.title).join(' vs ');
}

/**
 * The comparison of 1 to MAX_ROLES roles (./selection); `catalog` resolves
 * related roles (without it none are shown); `where` is pay where the user
 * lives (./payWhere: the roles are already shown with their state's figures).
 */
export function buildComparison(roles: Role[], catalog?: RoleLookup, where?: PayWhere): ComparisonView {
  const problem = selectionProblem(roles.map((r) => r.id));
  if (problem) throw new Error(problem);
  const sections: Section[] = [
    overview(roles, where),
    descriptions(roles),
    salary(roles, where),
    ...payRange(roles, where),
    ...payMap(roles, where),
    education(roles),
    demographics(roles),
    responsibilities(roles),
    skills(roles),
    ...knowledge(roles),
    ...technologies(roles),
    ...relatedRoles(roles, catalog),
  ];
  return {
    title: comparisonTitle(roles),
    roles: roles.map((r) => ({ id: r.id, title: r.title })),
    headline: buildHeadline(roles, where?.place && roles.every((r) => where.place!.national.has(r.id)) ? where.place.area.name : undefined),
    announcement: announcement(roles.map((r) => r.title)),
    sections: markDifferences(sections, roles).map((section) => {
      const attribution = attributionFor(section.sources);
      return attribution ? { ...section, attribution } : section;
    }),
  };
}

/** How many roles a picker lists around the shown one; the rest are a search away. */
export const PICKER_SIZE = 60;

/**
 * A picker's window for this many columns: PICKER_SIZE for one or two, then
 * the same total shared out (40 each for three, 30 for four), so the pickers'
 * paint cost does not grow with the columns.
 */
export const pickerSize = (columns: number) => (columns <= 2 ? PICKER_SIZE : Math.floor((2 * PICKER_SIZE) / columns));

/**
 * Each column's picker options: the roles of the shown role's category (a
 * window of PICKER_SIZE around it, by title) plus the other columns' roles,
 * so picking one of those swaps the two. Keeps the webview light: ~800
 * options a picker cost ~150 ms of paint.
 */
export function pickerOptions(shown: Role[], all: readonly Pick<Role, 'id' | 'title' | 'category'>[]): Picker[] {
  const size = pickerSize(shown.length);
  return shown.map((role) => {
    const peers = all.filter((r) => r.category === role.category);
    const at = Math.max(
      0,
      peers.findIndex((r) => r.id === role.id),
    );
    const start = Math.max(0, Math.min(at - Math.floor(size / 2), peers.length - size));
    const window = peers.slice(start, start + size);
    const others = shown.filter((r) => !window.includes(r));
    return { options: [...window, ...others].sort((a, b) => a.title.localeCompare(b.title)).map((r) => ({ id: r.id, title: r.title })) };
  });
}
