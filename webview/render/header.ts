// The page header: the title, then a picker per column with the controls the
// page offers beside it — a favourite star, a remove button, Swap sides
// between two columns, "+ Add role…" at the end. Which controls show is the
// host's decision (page.columns); a control only sends its intent.
import type { RoleRef } from '../../src/protocol/comparisonView';
import type { Page } from '../../src/protocol/page';
import { codicon } from '../codicon';
import { el } from '../dom';
import { createButton, createPicker, setPickerValue } from '../toolkit';
import { actedFromControl } from './focus';

export interface HeaderActions {
  /** Put this role in this column (the host applies the column rules). */
  replace(column: number, roleId: string): void;
  /** Remove this column. */
  remove(column: number): void;
  /** Add a role as a column: this one (a link's Add button), or one the host asks for. */
  add(roleId?: string): void;
  swap(): void;
  /** Open the host's search over every role for this column. */
  search(column: number): void;
  /** Star or unstar this role (the host keeps Favourites and sends the page again). */
  toggleFavourite(roleId: string): void;
  /** Ask the host to change whose pay the page shows (Set Your State…). */
  chooseState(): void;
}

/** The picker option that hands over to the host's role search. */
export const SEARCH_OPTION = '\u0000search';

/**
 * A control that sends an intent. Focus comes back to it after the redraw that
 * follows, or to `returnTo` (a remove button goes with its column).
 */
function intentButton(label: string, focusKey: string, act: () => void, options: { title?: string; returnTo?: string } = {}): HTMLElement {
  const button = createButton(
    label,
    () => {
      actedFromControl(options.returnTo ?? focusKey);
      act();
    },
    { secondary: true, title: options.title },
  );
  button.dataset.focusKey = focusKey;
  return button;
}

/** The star beside a column's picker: its icon (outline or filled) and aria-pressed say the state, never colour alone. */
function starButton(role: RoleRef, index: number, starred: boolean, actions: HeaderActions): HTMLElement {
  const button = intentButton('☆', `star-${index}`, () => actions.toggleFavourite(role.id));
  button.classList.add('star');
  button.dataset.roleId = role.id;
  button.replaceChildren(codicon(starred ? 'star-full' : 'star-empty'));
  button.setAttribute('aria-pressed', String(starred));
  button.setAttribute('title', starred ? `Remove ${role.title} from Favourites` : `Add ${role.title} to Favourites`);
  // aria-label names the role; aria-pressed says whether it is starred.
  button.setAttribute('aria-label', `Favourite: ${role.title}`);
  return button;
}

/** A column's remove button: it goes with its column, so focus lands on the column before it. */
function removeButton(role: RoleRef, index: number, actions: HeaderActions): HTMLElement {
  const button = intentButton('✕', `remove-${index}`, () => actions.remove(index), {
    title: `Remove ${role.title}`,
    returnTo: `picker-${Math.max(0, index - 1)}`,
  });
  button.classList.add('remove-column');
  button.replaceChildren(codicon('close'));
  return button;
}

function columnPicker(page: Page, role: RoleRef, index: number, actions: HeaderActions): HTMLElement {
  const options = [
    ...(page.pickers[index]?.options ?? [role]).map((c) => ({ value: c.id, label: c.title })),
    { value: SEARCH_OPTION, label: 'Search all roles…' },
  ];
  const picker = createPicker(`Role ${index + 1}`, options, role.id, (value) => {
    if (value === SEARCH_OPTION) {
      // The picker keeps showing the current role until the search picks another.
      setPickerValue(picker, role.id);
      return actions.search(index);
    }
    if (value === role.id) return;
    actedFromControl(picker.dataset.focusKey);
    actions.replace(index, value);
  });
  picker.classList.add('picker');
  picker.dataset.focusKey = `picker-${index}`;
  return picker;
}

function renderPickers(page: Page, actions: HeaderActions): HTMLElement {
  const { roles } = page.view;
  const bar = el('div', `pickers columns-${roles.length}`);
  roles.forEach((role, index) => {
    const head = el('div', 'column-head');
    head.append(columnPicker(page, role, index, actions));
    if (page.columns.star) head.append(starButton(role, index, page.starred.includes(role.id), actions));
    if (page.columns.remove) head.append(removeButton(role, index, actions));
    bar.append(head);
    if (index === 0 && page.columns.swap) {
      const swap = intentButton('⇄', 'swap', () => actions.swap(), { title: 'Swap sides' });
      swap.replaceChildren(codicon('arrow-swap'));
      bar.append(swap);
    }
  });
  if (page.columns.add) {
    const add = intentButton('+ Add role…', 'add', () => actions.add());
    add.classList.add('add-column');
    bar.append(add);
  }
  return bar;
}

/** "Pay for: Texas": says whose figures the page shows, and changes it. */
function payPlaceButton(place: string, actions: HeaderActions): HTMLElement {
  const button = intentButton(`Pay for: ${place}`, 'pay-place', () => actions.chooseState());
  button.classList.add('pay-place');
  // A tooltip only: the name stays what the button shows.
  button.setAttribute('title', 'Choose the state whose pay and jobs the page shows');
  button.replaceChildren(codicon('location'), document.createTextNode(` Pay for: ${place}`));
  return button;
}

export function renderHeader(page: Page, actions: HeaderActions): HTMLElement {
  const header = el('header', 'header');
  header.append(el('h1', undefined, page.view.title));
  if (page.payPlace !== undefined) header.append(payPlaceButton(page.payPlace, actions));
  header.append(renderPickers(page, actions));
  return header;
}
