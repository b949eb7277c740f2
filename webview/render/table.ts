// Draws a table section: a row per figure, a column per role, each "no data"
// cell pointing to the footnote that says why.
import type { Cell, RoleRef, Section } from '../../src/protocol/comparisonView';
import { appendAll, el, noData } from '../dom';
import { renderBar } from './bars';
import { bestMark } from './bestMark';

type TableSection = Extract<Section, { kind: 'table' }>;

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
  // The national figure beside a state's, "no data" cells included: the dash says the state has none, this line what the country has.
  if (cell.beside !== undefined) td.append(el('span', 'cell-beside', cell.beside));
  return td;
}

/**
 * Numbers the rows that say why a cell reads "no data": a marker after the
 * row's label, the reason as a footnote under the table, and each such cell
 * pointing to it, so screen readers read the reason with the dash.
 */
function footnotes(section: TableSection, body: HTMLElement): HTMLElement | undefined {
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

export function renderTable(section: TableSection, roles: readonly RoleRef[]): HTMLElement {
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
