// Draws a links section: each related role opens its page, "Compare with…"
// asks the host which role to compare it with, and "Add" (on the roles the
// host lists as addable) adds it as a column. Only intents go to the host.
import type { Section } from '../../src/protocol/comparisonView';
import { appendAll, el, noData } from '../dom';
import { createButton } from '../toolkit';

type LinksSection = Extract<Section, { kind: 'links' }>;

export interface LinkActions {
  openRole(roleId: string): void;
  compareWith(roleId: string): void;
  /** Add this role as a column of the comparison shown. */
  add(roleId?: string): void;
}

export function renderLinks(section: LinksSection, actions: LinkActions, addable: ReadonlySet<string> = new Set()): HTMLElement {
  const wrap = el('div', 'columns');
  for (const group of section.groups) {
    const col = el('article', 'column');
    col.append(el('h3', undefined, group.heading));
    if (group.roles.length === 0) {
      col.append(noData());
      wrap.append(col);
      continue;
    }
    const list = el('ul', 'role-links');
    appendAll(
      list,
      group.roles.map((role) => {
        const li = el('li');
        const open = el('button', 'role-link', role.title);
        open.type = 'button';
        open.addEventListener('click', () => actions.openRole(role.id));
        const compare = createButton('Compare with…', () => actions.compareWith(role.id), {
          secondary: true,
          title: `Compare with… (${role.title})`,
        });
        compare.classList.add('compare-with');
        li.append(open, compare);
        if (addable.has(role.id)) {
          const add = createButton('Add', () => actions.add(role.id), { secondary: true, title: `Add ${role.title} to this comparison` });
          add.classList.add('add-linked');
          li.append(add);
        }
        if (role.detail) li.append(el('span', 'role-link-detail', role.detail));
        return li;
      }),
    );
    col.append(list);
    wrap.append(col);
  }
  return wrap;
}
