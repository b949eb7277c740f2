// Draws a reach section ("Explore Moves From…"): the filters as toggles,
// then the roles within one step and within two. A toggle only asks the host:
// the host keeps the choice and sends the page again, drawn whole, so the
// webview never filters or patches the list itself.
import type { Section } from '../../../src/protocol/comparisonView';
import { el } from '../../dom';
import { addButton, buildLine, buttonRow, costLine, figuresLine, planButton, roleButton, type PathActions } from './pathRole';

type ReachSection = Extract<Section, { kind: 'reach' }>;
type Entry = ReachSection['groups'][number]['entries'][number];

function filters(section: ReachSection, actions: PathActions): HTMLElement {
  const box = el('div', 'path-filters');
  box.setAttribute('role', 'group');
  box.setAttribute('aria-label', 'Filters');
  for (const filter of section.filters) {
    // A toggle keeps its name; aria-pressed says whether it is on.
    const toggle = el('button', 'path-filter', filter.label);
    toggle.type = 'button';
    toggle.setAttribute('aria-pressed', String(filter.on));
    // The page is drawn again after a click: focus comes back to this toggle.
    toggle.dataset.focusKey = `explore-filter-${filter.id}`;
    toggle.addEventListener('click', () => actions.setExploreFilter?.(filter.id, !filter.on));
    box.append(toggle);
  }
  return box;
}

function entryItem(section: ReachSection, entry: Entry, actions: PathActions): HTMLElement {
  const li = el('li', 'path-entry');
  li.append(roleButton(entry.role, actions));
  if (entry.via) li.append(el('span', 'path-via', ` through ${entry.via.title}`));
  li.append(figuresLine(entry.role));
  for (const line of buildLine(entry.build)) li.append(line);
  li.append(
    costLine(entry.cost),
    buttonRow(planButton('Plan this move', section.from, entry.role, actions), addButton(entry.role, actions)),
  );
  return li;
}

export function renderReach(section: ReachSection, actions: PathActions): HTMLElement {
  const box = el('div', 'path-reach');
  box.append(filters(section, actions));
  if (section.groups.every((g) => g.entries.length === 0 && g.more === 0)) {
    box.append(el('p', 'path-empty', section.empty));
    return box;
  }
  for (const group of section.groups) {
    box.append(el('h3', undefined, group.heading));
    if (group.entries.length > 0) {
      const list = el('ul', 'path-entries');
      for (const entry of group.entries) list.append(entryItem(section, entry, actions));
      box.append(list);
    }
    if (group.more > 0) box.append(el('p', 'path-more', `and ${group.more} more — turn on a filter to narrow the list`));
  }
  return box;
}
