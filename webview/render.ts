// Draws a ComparisonView into the DOM. Every piece of data text goes in
// through textContent: nothing from a role file is ever parsed as HTML.
import { MAX_ROLES } from '../src/compare/selection';
import { LIMITS } from '../src/model/limits';
import type { Bar, Cell, ComparisonView, RoleRef, Section } from '../src/protocol/comparisonView';
import { bestMark } from './bestMark';
import { codicon } from './codicon';
import { appendAll, el, noData, replaceAll } from './dom';
import { renderGap } from './gapBars';
import { renderMoves, type MoveActions } from './moveLinks';
import { renderRange } from './rangeChart';
import { renderLinks, type LinkActions } from './roleLinks';
import { createBadge, createButton, createDivider, createPicker, setButtonLabel, setPickerValue } from './toolkit';

export interface RenderActions extends LinkActions, MoveActions {
  /** Put this role in this column (the host applies the column rules). */
  replace(column: number, roleId: string): void;
  /** Remove this column. */
  remove(column: number): void;
  /** Add a role as a column: this one (a link's Add button), or one the host asks for. */
  add(roleId?: string): void;
  swap(): void;
  /** Open the host's search over every role for this column. */
  search(column: number): void;
  /** Ask the host to download O*NET's descriptions (a section's `action`). */
  downloadDescriptions(): void;
}

/** The picker option that hands over to the host's role search. */
export const SEARCH_OPTION = '\u0000search';

export function renderBar(bar: Bar): HTMLElement {
  const item = el('div', 'bar');
  item.setAttribute('role', 'img');
  // The spoken text names the scale ("importance 4.12 of 5"), which the drawn bar shows only visually.
  item.setAttribute('aria-label', bar.spoken);
  const label = el('span', 'bar-label', bar.label);
  label.setAttribute('aria-hidden', 'true');
  const track = el('span', 'bar-track');
  track.setAttribute('aria-hidden', 'true');
  const fill = el('span', 'bar-fill');
  // CSSOM, not an inline style attribute: allowed under our style-src.
  fill.style.width = `${Math.min(100, (bar.value / bar.max) * 100)}%`;
  track.append(fill);
  const value = el('span', 'bar-value', bar.text);
  value.setAttribute('aria-hidden', 'true');
  item.append(label, track, value);
  return item;
}

function renderCell(cell: Cell): HTMLTableCellElement {
  const td = el('td');
  if (cell.note) td.title = cell.note;
  if (cell.text === null) {
    td.append(noData());
  } else if (cell.items && cell.items.length > 0) {
    const list = el('ul', 'cell-items');
    appendAll(
      list,
      cell.items.map((item) => el('li', undefined, item)),
    );
    td.append(list);
  } else if (cell.bars && cell.bars.length > 0) {
    const bars = el('div', 'bars');
    appendAll(bars, cell.bars.map(renderBar));
    td.append(bars);
  } else if (cell.spoken) {
    // Seen as printed, heard as spoken (e.g. a range's dash read as "to").
    const shown = el('span', undefined, cell.text);
    shown.setAttribute('aria-hidden', 'true');
    td.append(shown, el('span', 'visually-hidden', cell.spoken));
  } else {
    td.textContent = cell.text;
  }
  if (cell.best && cell.text !== null) {
    td.classList.add('best');
    td.append(bestMark(cell.best));
  }
  if (cell.caption && cell.text !== null) td.append(el('span', 'cell-caption', cell.caption));
  return td;
}

/**
 * Numbers the rows that say why a cell reads "no data": a marker after the
 * row's label, the reason as a footnote under the table, and each such cell
 * pointing to it, so screen readers read the reason with the dash.
 */
function footnotes(section: Extract<Section, { kind: 'table' }>, body: HTMLElement): HTMLElement | undefined {
  const list = el('ol', 'footnotes');
  section.rows.forEach((row, index) => {
    if (!row.why || row.cells.every((c) => c.text !== null)) return;
    const n = list.children.length + 1;
    const id = `${section.id}-why-${n}`;
    const tr = body.children[index];
    tr.querySelector('th')?.append(el('sup', 'footnote-ref', String(n)));
    row.cells.forEach((c, i) => {
      if (c.text === null) tr.children[i + 1].setAttribute('aria-describedby', id);
    });
    const li = el('li', undefined, `${row.label}: ${row.why}`);
    li.id = id;
    list.append(li);
  });
  return list.children.length > 0 ? list : undefined;
}

function sourcesNote(sources: string[]): HTMLElement {
  const p = el('p', 'sources');
  p.append(el('span', 'sources-label', sources.length > 1 ? 'Sources: ' : 'Source: '), document.createTextNode(sources.join(' · ')));
  return p;
}

function renderTable(section: Extract<Section, { kind: 'table' }>, roles: RoleRef[]): HTMLElement {
  const table = el('table', 'comparison');
  table.append(el('caption', undefined, section.title));
  const head = el('thead');
  const headRow = el('tr');
  const corner = el('td', 'corner');
  headRow.append(corner);
  for (const role of roles) {
    const th = el('th', undefined, role.title);
    th.scope = 'col';
    headRow.append(th);
  }
  head.append(headRow);
  const body = el('tbody');
  for (const row of section.rows) {
    const tr = el('tr');
    const th = el('th', undefined, row.label);
    th.scope = 'row';
    tr.append(th);
    appendAll(
      tr,
      row.cells.map((c, i) => {
        const td = renderCell(c);
        // A narrow panel stacks the cells (styles.css): each then shows its role's title.
        td.dataset.role = roles[i]?.title ?? '';
        return td;
      }),
    );
    body.append(tr);
  }
  table.append(head, body);
  const notes = footnotes(section, body);
  if (!notes) return table;
  const wrap = el('div', 'table-wrap');
  wrap.append(table, notes);
  return wrap;
}

function renderText(section: Extract<Section, { kind: 'text' }>): HTMLElement {
  const wrap = el('div', 'columns');
  for (const block of section.blocks) {
    const col = el('article', 'column');
    col.append(el('h3', undefined, block.heading));
    col.append(block.text === null ? noData() : el('p', 'description', block.text));
    wrap.append(col);
  }
  return wrap;
}

function renderList(section: Extract<Section, { kind: 'list' }>): HTMLElement {
  const wrap = el('div', 'columns');
  section.lists.forEach((list, index) => {
    const col = el('article', 'column');
    const heading = el('h3', undefined, list.heading);
    if (list.items.length > 0) heading.append(' ', createBadge(String(list.items.length), `${list.items.length} items`));
    col.append(heading);
    if (list.items.length === 0) {
      col.append(noData());
      wrap.append(col);
      return;
    }
    const ul = el('ul', 'responsibilities');
    ul.id = `${section.id}-${index}`;
    const items = list.items.map((text, i) => {
      const li = el('li', undefined, text);
      li.hidden = i >= list.initiallyShown;
      return li;
    });
    for (const mark of list.tags ?? []) {
      for (const tag of mark.tags) items[mark.item]?.append(' ', el('span', 'tag', tag));
    }
    appendAll(ul, items);
    col.append(ul);
    const hiddenCount = list.items.length - list.initiallyShown;
    if (hiddenCount > 0) {
      let expanded = false;
      const moreLabel = `Show more (${hiddenCount})`;
      const toggle = createButton(
        moreLabel,
        () => {
          expanded = !expanded;
          items.forEach((li, i) => (li.hidden = !expanded && i >= list.initiallyShown));
          setButtonLabel(toggle, expanded ? 'Show less' : moreLabel);
          toggle.setAttribute('aria-expanded', String(expanded));
        },
        { secondary: true },
      );
      toggle.classList.add('show-more');
      toggle.dataset.focusKey = `${ul.id}-more`;
      toggle.setAttribute('aria-controls', ul.id);
      toggle.setAttribute('aria-expanded', 'false');
      col.append(toggle);
    }
    wrap.append(col);
  });
  return wrap;
}

function renderBars(section: Extract<Section, { kind: 'bars' }>): HTMLElement {
  const wrap = el('div', 'columns');
  for (const group of section.groups) {
    const col = el('article', 'column');
    col.append(el('h3', undefined, group.heading));
    if (group.bars.length === 0) {
      col.append(noData());
    } else {
      col.append(el('p', 'measure', group.measure));
      const bars = el('div', 'bars skills');
      appendAll(bars, group.bars.map(renderBar));
      col.append(bars);
    }
    wrap.append(col);
  }
  return wrap;
}

/** The button a section's `action` asks for. */
function actionButton(actions: RenderActions): HTMLElement {
  const button = createButton('Download O*NET descriptions', () => actions.downloadDescriptions());
  button.classList.add('section-action');
  return button;
}

function renderSection(section: Section, roles: RoleRef[], actions: RenderActions, canAdd: (roleId: string) => boolean): HTMLElement {
  // roles-N: styles for three or four columns (tighter tables, narrower blocks).
  const node = el('section', `section section-${section.kind} roles-${roles.length}`);
  node.id = `section-${section.id}`;
  node.setAttribute('aria-labelledby', `${node.id}-title`);
  const h2 = el('h2', undefined, section.title);
  h2.id = `${node.id}-title`;
  node.append(h2);
  switch (section.kind) {
    case 'table':
      node.append(renderTable(section, roles));
      break;
    case 'text':
      node.append(renderText(section));
      break;
    case 'list':
      node.append(renderList(section));
      break;
    case 'bars':
      node.append(renderBars(section));
      break;
    case 'range':
      node.append(renderRange(section));
      break;
    case 'links':
      node.append(renderLinks(section, actions, canAdd));
      break;
    case 'gap':
      node.append(renderGap(section));
      break;
    case 'moves':
      node.append(renderMoves(section, actions));
      break;
  }
  for (const note of section.notes ?? []) node.append(el('p', 'note', note));
  if (section.hint) node.append(el('p', 'hint', section.hint));
  if (section.action === 'downloadDescriptions') node.append(actionButton(actions));
  node.append(sourcesNote(section.sources));
  if (section.attribution) node.append(el('p', 'attribution', section.attribution));
  return node;
}

/** A column's remove button, offered while more than one column is shown. */
function removeButton(role: RoleRef, index: number, actions: RenderActions): HTMLElement {
  const button = createButton(
    '✕',
    () => {
      // The button goes with its column: focus lands on the column before it.
      actedFrom = `picker-${Math.max(0, index - 1)}`;
      actions.remove(index);
    },
    { secondary: true, title: `Remove ${role.title}` },
  );
  button.classList.add('remove-column');
  button.dataset.focusKey = `remove-${index}`;
  button.replaceChildren(codicon('close'));
  return button;
}

function addButton(actions: RenderActions): HTMLElement {
  const button = createButton(
    '+ Add role…',
    () => {
      actedFrom = 'add';
      actions.add();
    },
    { secondary: true },
  );
  button.classList.add('add-column');
  button.dataset.focusKey = 'add';
  return button;
}

function renderPickers(view: ComparisonView, pickers: { options: RoleRef[] }[], actions: RenderActions): HTMLElement {
  const bar = el('div', `pickers columns-${view.roles.length}`);
  const ids = view.roles.map((r) => r.id);
  view.roles.forEach((role, index) => {
    const options = [
      ...(pickers[index]?.options ?? [role]).map((c) => ({ value: c.id, label: c.title })),
      { value: SEARCH_OPTION, label: 'Search all roles…' },
    ];
    const picker = createPicker(`Role ${index + 1}`, options, role.id, (value) => {
      if (value === SEARCH_OPTION) {
        // The picker keeps showing the current role until the search picks another.
        setPickerValue(picker, role.id);
        return actions.search(index);
      }
      if (value === ids[index]) return;
      actedFrom = picker.dataset.focusKey;
      actions.replace(index, value);
    });
    picker.classList.add('picker');
    picker.dataset.focusKey = `picker-${index}`;
    const head = el('div', 'column-head');
    head.append(picker);
    if (view.roles.length > 1 && !view.fixedColumns) head.append(removeButton(role, index, actions));
    bar.append(head);
    if (index === 0 && view.roles.length === 2) {
      const swap = createButton(
        '⇄',
        () => {
          actedFrom = 'swap';
          actions.swap();
        },
        { secondary: true, title: 'Swap sides' },
      );
      swap.dataset.focusKey = 'swap';
      swap.replaceChildren(codicon('arrow-swap'));
      bar.append(swap);
    }
  });
  if (view.roles.length < MAX_ROLES && !view.fixedColumns) bar.append(addButton(actions));
  return bar;
}

export function renderComparison(root: HTMLElement, view: ComparisonView, pickers: { options: RoleRef[] }[], actions: RenderActions): void {
  // A linked role gets an Add button while the comparison has room and does not show it yet (the host checks again).
  const canAdd = (roleId: string) => !view.fixedColumns && view.roles.length < MAX_ROLES && !view.roles.some((r) => r.id === roleId);
  const header = el('header', 'header');
  const h1 = el('h1', undefined, view.title);
  header.append(h1, renderPickers(view, pickers, actions));
  // A role page has no headline: no empty box.
  const headline = view.headline.length > 0 ? [el('div', 'headline')] : [];
  for (const box of headline) {
    box.setAttribute('role', 'doc-abstract');
    for (const sentence of view.headline) box.append(el('p', undefined, sentence));
  }
  const sections: HTMLElement[] = [];
  view.sections.forEach((section, i) => {
    if (i > 0) sections.push(createDivider());
    sections.push(renderSection(section, view.roles, actions, canAdd));
  });
  const focused = focusKeyOf(document.activeElement) ?? actedFrom;
  actedFrom = undefined;
  replaceAll(root, [header, ...headline, ...sections]);
  restoreFocus(root, focused);
  announce(view.announcement);
}

/** The control that sent the last intent (a picker, Swap sides): it gets focus back if the page lost it meanwhile. */
let actedFrom: string | undefined;

function focusKeyOf(active: Element | null): string | undefined {
  return active instanceof HTMLElement ? active.closest<HTMLElement>('[data-focus-key]')?.dataset.focusKey : undefined;
}

/** A keyboard user who picks a role or swaps sides stays on that control, not thrown back to the top. */
function restoreFocus(root: HTMLElement, key: string | undefined): void {
  if (!key) return;
  for (const node of root.querySelectorAll<HTMLElement>('[data-focus-key]')) {
    if (node.dataset.focusKey === key) return node.focus();
  }
}

/** Says `text` through the page's polite live region (in the HTML shell, so it exists before it changes). */
function announce(text: string): void {
  const region = document.getElementById('announcer');
  if (region) region.textContent = text;
}

/** Shows an error box at the top, replacing the previous one: errors never pile up. */
export function renderError(root: HTMLElement, message: string): void {
  const box = el('div', 'error');
  box.setAttribute('role', 'alert');
  box.append(el('h2', undefined, 'Career Compare could not show this comparison'), el('p', undefined, message));
  const boxes = root.querySelectorAll(':scope > .error');
  for (let i = 0; i <= boxes.length - LIMITS.errorBoxes; i++) boxes[i].remove();
  root.prepend(box);
}

export type Painted = { ok: true } | { ok: false; error: string };

/**
 * Paints a comparison, or — when painting fails — clears the page and shows
 * why: a half-drawn or stale comparison never stays on screen.
 */
export function showComparison(
  root: HTMLElement,
  view: ComparisonView,
  pickers: { options: RoleRef[] }[],
  actions: RenderActions,
): Painted {
  try {
    renderComparison(root, view, pickers, actions);
    return { ok: true };
  } catch (err) {
    let error = 'the comparison could not be drawn';
    try {
      error = `the comparison could not be drawn: ${err instanceof Error ? err.message : typeof err}`;
    } catch {
      // A hostile error object: keep the plain text.
    }
    root.replaceChildren();
    renderError(root, error);
    return { ok: false, error };
  }
}
