// A role as the two career path pages list it, shared by the routes and the
// reach sections: its title as a link-style button that opens its page, its
// figures on one line (as the host printed them), what to build, and the
// buttons that send a step or the role back to the host. Only intents leave.
import type { ExploreFilter } from '../../../src/limits';
import type { PathRole } from '../../../src/protocol/pathSections';
import type { RoleRef } from '../../../src/protocol/roleRef';
import { el, noData } from '../../dom';
import { createButton } from '../../toolkit';

export interface PathActions {
  openRole(roleId: string): void;
  /** Open the skill gap of one step, between two roles by id (optional: pages without path sections need none). */
  planStep?(from: string, to: string): void;
  /** Add the role to the open comparison (the host decides where). */
  addToComparison?(roleId: string): void;
  /** Turn one of Explore's filters on or off; the host draws the page again. */
  setExploreFilter?(filter: ExploreFilter, on: boolean): void;
}

/** The role's title as a link-style button: a button (it posts an intent), styled as the page's other role links. */
export function roleButton(role: Pick<PathRole, 'id' | 'title'>, actions: PathActions): HTMLButtonElement {
  const open = el('button', 'role-link', role.title);
  open.type = 'button';
  open.addEventListener('click', () => actions.openRole(role.id));
  return open;
}

/** One figure, or its label and "no data" as the other sections show a missing figure. */
function figure(line: HTMLElement, text: string | null, label: string): void {
  if (text !== null) {
    line.append(document.createTextNode(label === '' ? text : `${label} ${text}`));
    return;
  }
  line.append(document.createTextNode(`${label === '' ? 'pay' : label} `), noData());
}

/** "$84,500, +$14,870 a year (+21.4%) · growth +5.3% · High school diploma or equivalent · Job Zone 3 of 5". */
export function figuresLine(role: PathRole): HTMLElement {
  const line = el('p', 'path-figures');
  const pay = role.pay !== null && role.payChange !== undefined ? `${role.pay}, ${role.payChange}` : role.pay;
  figure(line, pay, '');
  line.append(document.createTextNode(' · '));
  figure(line, role.growth, 'growth');
  line.append(document.createTextNode(' · '));
  // Education and Job Zone read as what they are; only a missing one needs its name.
  if (role.education !== null) line.append(document.createTextNode(role.education));
  else figure(line, null, 'education');
  line.append(document.createTextNode(' · '));
  if (role.jobZone !== null) line.append(document.createTextNode(role.jobZone));
  else figure(line, null, 'Job Zone');
  return line;
}

/** "Build: Engineering and Technology (+1.07), …"; nothing when the host lists nothing to build. */
export function buildLine(build: readonly string[]): HTMLElement[] {
  return build.length === 0 ? [] : [el('p', 'path-build', `Build: ${build.join(', ')}`)];
}

/** "Cost 9.4" under the stated rule (the section's notes say what it means). */
export const costLine = (cost: string): HTMLElement => el('p', 'path-cost', `Cost ${cost}`);

/** "Plan this step" / "Plan this move": its name says which step, so a screen reader's button list tells them apart. */
export function planButton(label: string, from: RoleRef, to: RoleRef, actions: PathActions): HTMLElement {
  const button = createButton(label, () => actions.planStep?.(from.id, to.id), {
    secondary: true,
    title: `${label}: ${from.title} to ${to.title}`,
  });
  button.classList.add('path-plan');
  return button;
}

export function addButton(role: PathRole, actions: PathActions): HTMLElement {
  const button = createButton('Add to comparison', () => actions.addToComparison?.(role.id), {
    secondary: true,
    title: `Add to comparison: ${role.title}`,
  });
  button.classList.add('path-add');
  return button;
}

/** The buttons under a role, side by side. */
export function buttonRow(...buttons: HTMLElement[]): HTMLElement {
  const row = el('div', 'path-buttons');
  for (const b of buttons) row.append(b);
  return row;
}
