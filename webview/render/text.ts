// Draws the sections of words: a text block per role (descriptions) and a
// list per role (responsibilities, technologies) that opens with "Show more".
import type { Section } from '../../src/protocol/comparisonView';
import { appendAll, el, noData } from '../dom';
import { createBadge, createButton, setButtonLabel } from '../toolkit';

export function renderText(section: Extract<Section, { kind: 'text' }>): HTMLElement {
  const wrap = el('div', 'columns');
  for (const block of section.blocks) {
    const col = el('article', 'column');
    col.append(el('h3', undefined, block.heading));
    col.append(block.text === null ? noData() : el('p', 'description', block.text));
    wrap.append(col);
  }
  return wrap;
}

type List = Extract<Section, { kind: 'list' }>['lists'][number];

/** "Show more (N)" under a list whose items past `initiallyShown` start hidden. */
function showMore(list: List, items: HTMLElement[], listId: string): HTMLElement {
  let expanded = false;
  const moreLabel = `Show more (${list.items.length - list.initiallyShown})`;
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
  toggle.dataset.focusKey = `${listId}-more`;
  toggle.setAttribute('aria-controls', listId);
  toggle.setAttribute('aria-expanded', 'false');
  return toggle;
}

export function renderList(section: Extract<Section, { kind: 'list' }>): HTMLElement {
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
    if (list.items.length > list.initiallyShown) col.append(showMore(list, items, ul.id));
    wrap.append(col);
  });
  return wrap;
}
