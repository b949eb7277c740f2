// Draws a whole page (src/protocol/page.ts) into the DOM: the header, the
// official links, the headline and the sections, with a notice above them
// when the host sent one. Every piece of data text goes in through
// textContent: nothing from a role file is ever parsed as HTML. The page is
// always drawn whole, replacing the last one.
import { LIMITS } from '../../src/limits';
import type { Page } from '../../src/protocol/page';
import { el, replaceAll } from '../dom';
import { createDivider } from '../toolkit';
import { restoreFocus, takeFocusKey } from './focus';
import { renderHeader, type HeaderActions } from './header';
import { renderOfficialPages } from './officialLinks';
import { renderSection, type SectionActions } from './sections';

export interface RenderActions extends HeaderActions, SectionActions {
  /** Open a role's page on its publisher's site (the host builds the address). */
  openOfficialPage(roleId: string, site: Page['officialPages'][number]['site']): void;
}

/** The error box: above the page, or the page itself when there is none. */
function errorBox(message: string): HTMLElement {
  const box = el('div', 'error');
  box.setAttribute('role', 'alert');
  box.append(el('h2', undefined, 'Career Compare could not show this comparison'), el('p', undefined, message));
  return box;
}

export function renderPage(root: HTMLElement, page: Page, actions: RenderActions): void {
  const { view } = page;
  const nodes: HTMLElement[] = [];
  if (page.notice !== undefined) nodes.push(errorBox(page.notice));
  nodes.push(renderHeader(page, actions));
  const links = renderOfficialPages(view.roles, page.officialPages, (roleId, site) => actions.openOfficialPage(roleId, site));
  if (links) nodes.push(links);
  // A role page has no headline: no empty box.
  if (view.headline.length > 0) {
    const box = el('div', 'headline');
    box.setAttribute('role', 'doc-abstract');
    for (const sentence of view.headline) box.append(el('p', undefined, sentence));
    nodes.push(box);
  }
  const addable = new Set(page.addable);
  view.sections.forEach((section, i) => {
    if (i > 0) nodes.push(createDivider());
    nodes.push(renderSection(section, view.roles, actions, addable));
  });
  const focused = takeFocusKey();
  replaceAll(root, nodes);
  restoreFocus(root, focused);
  announce(view.announcement);
}

/** Says `text` through the page's polite live region (in the HTML shell, so it exists before it changes). */
function announce(text: string): void {
  const region = document.getElementById('announcer');
  // The same page drawn again (a star, new data) is not announced again.
  if (region && region.textContent !== text) region.textContent = text;
}

/** Shows an error box at the top, replacing the previous one: errors never pile up. */
export function renderError(root: HTMLElement, message: string): void {
  const boxes = root.querySelectorAll(':scope > .error');
  for (let i = 0; i <= boxes.length - LIMITS.errorBoxes; i++) boxes[i].remove();
  root.prepend(errorBox(message));
}

export type Painted = { ok: true } | { ok: false; error: string };

/**
 * Draws a page, or — when drawing fails — clears the page and shows why: a
 * half-drawn or stale page never stays on screen.
 */
export function showPage(root: HTMLElement, page: Page, actions: RenderActions): Painted {
  try {
    renderPage(root, page, actions);
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
