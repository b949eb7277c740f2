// The map of pay by state as one table (the "Show as table" choice): a row
// per state, a yearly mean and a jobs column per role, sortable by any column
// through a button in its header. Sorting moves the rows in place, so focus
// stays on the button; the sort is kept in mapChoice.ts across redraws.
import { MAX_ROLES } from '../../src/limits';
import type { Section, Tile } from '../../src/protocol/comparisonView';
import { appendAll, el, noData } from '../dom';
import { chooseMap, mapChoice, type MapChoice } from '../mapChoice';

export type StateMapSection = Extract<Section, { kind: 'stateMap' }>;

interface StateRow {
  name: string;
  /** The state's tile on each map, by column; absent when that map lacks it. */
  tiles: (Tile | undefined)[];
  tr: HTMLTableRowElement;
}

/** A sortable column: its key (as saved), its header text and the number it sorts by. */
interface Column {
  key: string;
  text: string;
  /** Said after the header text by the sort button: which role the column is. */
  role?: string;
  value?: (row: StateRow) => number | undefined;
}

const byName = (a: StateRow, b: StateRow) => a.name.localeCompare(b.name, 'en');

/** Rows by the chosen column; numbers high or low first as asked, absent figures always last, ties by name. */
function sortRows(rows: StateRow[], column: Column, descending: boolean): StateRow[] {
  const sign = descending ? -1 : 1;
  const value = column.value;
  if (!value) return rows.slice().sort((a, b) => sign * byName(a, b));
  return rows.slice().sort((a, b) => {
    const x = value(a);
    const y = value(b);
    if (x === undefined || y === undefined) return x === y ? byName(a, b) : x === undefined ? 1 : -1;
    return x === y ? byName(a, b) : sign * (x - y);
  });
}

/** One row per state, in the first map's order, each holding its tile from every map (matched by code). */
function stateRows(section: StateMapSection): StateRow[] {
  const rows = new Map<string, StateRow>();
  section.maps.forEach((map, i) => {
    for (const t of map.tiles) {
      let row = rows.get(t.code);
      if (!row) {
        row = { name: t.name, tiles: [], tr: el('tr') };
        rows.set(t.code, row);
      }
      row.tiles[i] ??= t;
    }
  });
  return [...rows.values()];
}

function figure(text: string | undefined): HTMLTableCellElement {
  const td = el('td', 'map-table-figure');
  if (text === undefined) td.append(noData());
  else td.textContent = text;
  return td;
}

function fillRow(row: StateRow, roles: number, chosen: boolean): void {
  const th = el('th', undefined, row.name);
  th.scope = 'row';
  if (chosen) {
    row.tr.classList.add('map-table-chosen');
    th.append(el('span', 'map-table-chosen-mark', ' (your state)'));
  }
  row.tr.append(th);
  for (let i = 0; i < roles; i++) row.tr.append(figure(row.tiles[i]?.yearlyText), figure(row.tiles[i]?.jobsText));
}

function columnsOf(section: StateMapSection): Column[] {
  const columns: Column[] = [{ key: 'state', text: 'State' }];
  // Only as many roles as a page has (the saved sort names the column): more would be drawn unsorted.
  section.maps.slice(0, MAX_ROLES).forEach((map, i) => {
    columns.push(
      { key: `yearly-${i}`, text: 'Yearly mean', role: map.heading, value: (r) => r.tiles[i]?.yearly },
      { key: `jobs-${i}`, text: 'Jobs', role: map.heading, value: (r) => r.tiles[i]?.jobs },
    );
  });
  return columns;
}

function plainHeader(text: string): HTMLTableCellElement {
  const th = el('th', 'map-table-number', text);
  th.scope = 'col';
  return th;
}

function head(section: StateMapSection, headers: Map<string, HTMLTableCellElement>, sort: (key: string) => void): HTMLElement {
  const thead = el('thead');
  const roleRow = el('tr');
  const fieldRow = el('tr');
  for (const column of columnsOf(section)) {
    const th = el('th', column.value ? 'map-table-number' : undefined);
    th.scope = 'col';
    const button = el('button', 'map-sort', column.text);
    button.type = 'button';
    button.dataset.focusKey = `${section.id}-sort-${column.key}`;
    if (column.role !== undefined) button.append(el('span', 'visually-hidden', `, ${column.role}`));
    button.addEventListener('click', () => sort(column.key));
    th.append(button);
    headers.set(column.key, th);
    if (column.key === 'state') {
      th.rowSpan = 2;
      roleRow.append(th);
    } else fieldRow.append(th);
  }
  section.maps.forEach((map, i) => {
    if (i >= MAX_ROLES) fieldRow.append(plainHeader('Yearly mean'), plainHeader('Jobs'));
    const th = el('th', 'map-table-role', map.heading);
    th.scope = 'colgroup';
    th.colSpan = 2;
    roleRow.append(th);
  });
  thead.append(roleRow, fieldRow);
  return thead;
}

export function renderStateTable(section: StateMapSection): HTMLElement {
  const table = el('table', 'map-table');
  table.append(el('caption', undefined, `${section.title}: yearly mean wage and jobs by state`));
  const group = el('colgroup');
  group.span = 1;
  table.append(group);
  for (let i = 0; i < section.maps.length; i++) {
    const roleGroup = el('colgroup');
    roleGroup.span = 2;
    table.append(roleGroup);
  }
  const rows = stateRows(section);
  const chosen = section.chosen;
  for (const row of rows) fillRow(row, section.maps.length, chosen !== undefined && row.tiles.some((t) => t?.code === chosen));
  const columns = new Map(columnsOf(section).map((c) => [c.key, c]));
  const headers = new Map<string, HTMLTableCellElement>();
  const body = el('tbody');

  const apply = (choice: Readonly<MapChoice>) => {
    // A sort saved for a column this page lacks (fewer roles now) falls back to the state's name.
    const column = columns.get(choice.sort) ?? columns.get('state')!;
    const descending = column === columns.get(choice.sort) && choice.descending;
    for (const [key, th] of headers) {
      if (key === column.key) th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
      else th.removeAttribute('aria-sort');
    }
    appendAll(
      body,
      sortRows(rows, column, descending).map((r) => r.tr),
    );
  };
  // A new column sorts names A to Z and figures highest first; the same column again turns the order round.
  const sort = (key: string) => {
    const now = mapChoice();
    chooseMap(now.sort === key ? { descending: !now.descending } : { sort: key, descending: key !== 'state' });
    apply(mapChoice());
  };
  table.append(head(section, headers, sort), body);
  apply(mapChoice());
  const wrap = el('div', 'map-table-wrap');
  wrap.append(table);
  return wrap;
}
