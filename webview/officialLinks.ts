// The official pages of the shown roles (O*NET OnLine, BLS), under the page
// header. A link carries only the role and the site: the host builds and
// checks the address, so nothing from data becomes a URL here.
import type { ComparisonView } from '../src/protocol/comparisonView';
import { codicon } from './codicon';
import { el } from './dom';

type Site = NonNullable<ComparisonView['officialPages']>[number]['site'];

export function renderOfficialPages(view: ComparisonView, open: (roleId: string, site: Site) => void): HTMLElement | undefined {
  const pages = view.officialPages ?? [];
  if (pages.length === 0) return undefined;
  const nav = el('nav', 'official-pages');
  nav.setAttribute('aria-label', 'Official pages');
  const list = el('ul');
  for (const role of view.roles) {
    const own = pages.filter((p) => p.roleId === role.id);
    if (own.length === 0) continue;
    const li = el('li');
    li.append(el('span', 'official-role', `${role.title}: `));
    own.forEach((page, i) => {
      if (i > 0) li.append(' · ');
      // A button, like the related-role links: it sends an intent, it is not an address the webview follows.
      const link = el('button', 'official-link');
      link.type = 'button';
      // Focus comes back to this link when the page repaints (render.ts restores focus by this key).
      link.dataset.focusKey = `official-${i}-${page.roleId}`;
      link.title = `Open ${page.label} for ${role.title} in the browser`;
      link.append(el('span', undefined, page.label), ' ', codicon('link-external'));
      link.addEventListener('click', () => open(page.roleId, page.site));
      li.append(link);
    });
    list.append(li);
  }
  nav.append(list);
  return nav;
}

/** The focus key of the official link that has focus, read before a repaint replaces it. */
export function focusedOfficialLink(): string | undefined {
  const active = document.activeElement;
  return active instanceof HTMLElement && active.classList.contains('official-link') ? active.dataset.focusKey : undefined;
}

/**
 * Puts the links right after the page header, and gives focus back to the
 * link that had it before the repaint (the renderer's own focus restore runs
 * before these links exist).
 */
export function insertOfficialPages(
  root: HTMLElement,
  view: ComparisonView,
  open: (roleId: string, site: Site) => void,
  focusedKey?: string,
): void {
  const nav = renderOfficialPages(view, open);
  const header = root.querySelector(':scope > header');
  if (!nav || !header) return;
  header.after(nav);
  for (const link of nav.querySelectorAll<HTMLElement>('.official-link')) if (link.dataset.focusKey === focusedKey) link.focus();
}
