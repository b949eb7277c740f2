// A star button beside each column's role picker: the user's intent to star or
// unstar that role goes to the host, which keeps Favourites and answers with
// the starred roles (a "favourites" message). The button shows the state with
// its icon (outline or filled) and aria-pressed, never colour alone.
import type { RoleRef } from '../src/protocol/comparisonView';
import { codicon } from './codicon';
import { createButton } from './toolkit';

/** The last starred ids the host sent: a repaint draws the stars right away. */
let starred = new Set<string>();

function paint(button: HTMLElement, on: boolean, title: string): void {
  // The workbench's own star icons; aria-pressed says the state to screen readers.
  button.replaceChildren(codicon(on ? 'star-full' : 'star-empty'));
  button.setAttribute('aria-pressed', String(on));
  button.setAttribute('title', on ? `Remove ${title} from Favourites` : `Add ${title} to Favourites`);
}

/** Puts a star after each column's picker (found by its focus key, so the header's layout is the renderer's). */
export function addStars(root: HTMLElement, roles: readonly RoleRef[], toggle: (roleId: string) => void): void {
  roles.forEach((role, index) => {
    const picker = root.querySelector<HTMLElement>(`[data-focus-key="picker-${index}"]`);
    if (!picker) return;
    const button = createButton('☆', () => toggle(role.id), { secondary: true, title: `Favourite: ${role.title}` });
    button.classList.add('star');
    button.dataset.roleId = role.id;
    button.dataset.focusKey = `star-${index}`;
    paint(button, starred.has(role.id), role.title);
    // aria-label names the role; aria-pressed says whether it is starred.
    button.setAttribute('aria-label', `Favourite: ${role.title}`);
    picker.after(button);
  });
}

/** The host's answer: which shown roles are favourites. */
export function setStarred(root: HTMLElement, roleIds: readonly string[], roles: readonly RoleRef[]): void {
  starred = new Set(roleIds);
  for (const button of root.querySelectorAll<HTMLElement>('.star[data-role-id]')) {
    const role = roles.find((r) => r.id === button.dataset.roleId);
    if (role) paint(button, starred.has(role.id), role.title);
  }
}
