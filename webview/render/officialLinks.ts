// The official pages of the shown roles (O*NET OnLine, BLS), under the page
// header. A link carries only the role and the site: the host builds and
// checks the address, so nothing from data becomes a URL here.
import type { RoleRef } from '../../src/protocol/comparisonView';
import type { OfficialPage } from '../../src/protocol/page';
import { codicon } from '../codicon';
import { el } from '../dom';

export function renderOfficialPages(
  roles: readonly RoleRef[],
  pages: readonly OfficialPage[],
  open: (roleId: string, site: OfficialPage['site']) => void,
): HTMLElement | undefined {
  if (pages.length === 0) return undefined;
  const nav = el('nav', 'official-pages');
  nav.setAttribute('aria-label', 'Official pages');
  const list = el('ul');
  for (const role of roles) {
    const own = pages.filter((p) => p.roleId === role.id);
    if (own.length === 0) continue;
    const li = el('li');
    li.append(el('span', 'official-role', `${role.title}: `));
    own.forEach((page, i) => {
      if (i > 0) li.append(' · ');
      // A button, like the related-role links: it sends an intent, it is not an address the webview follows.
      const link = el('button', 'official-link');
      link.type = 'button';
      // Focus comes back to this link when the page is drawn again (./focus.ts).
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
