// Draws the map of pay by state (issue 21): a legend of the shared colour
// steps, then per role a tile map — one square per state and DC, placed on
// the grid by its row and column through CSSOM (the CSP allows no style in
// markup) — or, when the user asks, one sortable table of the same figures
// (stateTable.ts). The core chose every level and wrote every name; this
// only draws them. Level N is one class, so it looks the same on every map.
import { MAP_LEVELS } from '../../src/limits';
import type { Tile } from '../../src/protocol/comparisonView';
import { appendAll, el, replaceAll } from '../dom';
import { chooseMap, mapChoice } from '../mapChoice';
import { renderStateTable, type StateMapSection } from './stateTable';

const CHOSEN = ' (your state)';

/** A swatch as the legend shows it: the same classes a tile of that step has. */
function swatch(className: string): HTMLElement {
  const mark = el('span', `map-swatch ${className}`);
  mark.setAttribute('aria-hidden', 'true');
  return mark;
}

function legend(section: StateMapSection): HTMLElement {
  const list = el('ul', 'map-legend');
  list.setAttribute('aria-label', 'Colour key: yearly mean wage');
  appendAll(
    list,
    section.legend.slice(0, MAP_LEVELS).map((text, level) => {
      const li = el('li');
      li.append(swatch(`map-level-${level}`), el('span', undefined, text));
      return li;
    }),
  );
  const none = el('li');
  none.append(swatch('map-no-wage'), el('span', undefined, 'No published yearly wage'));
  list.append(none);
  if (section.chosen !== undefined) {
    const chosen = el('li');
    chosen.append(swatch('map-chosen'), el('span', undefined, 'Your state'));
    list.append(chosen);
  }
  return list;
}

function tile(t: Tile, chosen: boolean): HTMLElement {
  // A span, not a div: the tile carries a style attribute (its place), which data could never make.
  const node = el('span', `map-tile ${t.level === undefined ? 'map-no-wage' : `map-level-${t.level}`}`);
  node.style.gridRow = String(t.row + 1);
  node.style.gridColumn = String(t.column + 1);
  const name = chosen ? `${t.label}${CHOSEN}` : t.label;
  node.setAttribute('role', 'img');
  node.setAttribute('aria-label', name);
  node.title = name;
  if (chosen) node.classList.add('map-chosen');
  node.append(el('span', 'map-code', t.code));
  return node;
}

function map(section: StateMapSection, index: number): HTMLElement {
  const role = section.maps[index];
  const box = el('div', 'state-map');
  box.setAttribute('role', 'group');
  const heading = el('h3', undefined, role.heading);
  heading.id = `${section.id}-map-${index}`;
  box.setAttribute('aria-labelledby', heading.id);
  const grid = el('div', 'map-grid');
  appendAll(
    grid,
    role.tiles.map((t) => tile(t, t.code === section.chosen)),
  );
  box.append(heading, grid);
  if (role.withoutWage.length > 0) box.append(el('p', 'map-without-wage', `No published yearly wage: ${role.withoutWage.join(', ')}`));
  return box;
}

function maps(section: StateMapSection): HTMLElement {
  const box = el('div', 'state-map-list');
  appendAll(
    box,
    section.maps.map((_, i) => map(section, i)),
  );
  return box;
}

/** The maps, or the table when the user chose it (mapChoice.ts). */
function body(section: StateMapSection): HTMLElement[] {
  return mapChoice().table ? [renderStateTable(section)] : [legend(section), maps(section)];
}

export function renderStateMap(section: StateMapSection): HTMLElement {
  const box = el('div', 'state-maps');
  const shown = el('div', 'state-maps-shown');
  shown.id = `${section.id}-shown`;
  // A toggle keeps its name; aria-pressed says which way it is.
  const toggle = el('button', 'map-view-toggle', 'Show as table');
  toggle.type = 'button';
  toggle.dataset.focusKey = `${section.id}-as-table`;
  toggle.setAttribute('aria-controls', shown.id);
  toggle.setAttribute('aria-pressed', String(mapChoice().table));
  toggle.addEventListener('click', () => {
    chooseMap({ table: !mapChoice().table });
    toggle.setAttribute('aria-pressed', String(mapChoice().table));
    replaceAll(shown, body(section));
  });
  appendAll(shown, body(section));
  box.append(toggle, shown);
  return box;
}
