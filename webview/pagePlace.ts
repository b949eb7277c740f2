// The page's place — scroll position, open "Show more" lists and how the map
// of pay by state is shown (mapChoice.ts) — kept in the webview's state, so it survives switching tabs (the webview is torn
// down while hidden) and a window reload. The saved state is validated on
// restore like any message: a bad one is dropped, never trusted.
import { MAX_EXPANDED_LISTS, parseWebviewState, type WebviewState } from '../src/protocol/messages';
import { isDefaultMapChoice, mapChoice, onMapChoice, restoreMapChoice } from './mapChoice';

export interface StateApi {
  getState(): unknown;
  setState(state: WebviewState): void;
}

const sameIds = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id, i) => id === b[i]);

export class PagePlace {
  private roleIds: string[] | undefined;
  private scrollY = 0;
  private readonly expanded = new Set<string>();
  /** Scroll and open lists to put back on the first paint of the saved comparison. */
  private pending: WebviewState | undefined;
  private scrollQueued = false;

  constructor(
    private readonly api: StateApi,
    private readonly root: HTMLElement,
    report: (problem: string) => void,
  ) {
    const saved: unknown = api.getState();
    if (saved !== undefined && saved !== null) {
      const parsed = parseWebviewState(saved);
      if (parsed.ok) this.pending = parsed.message;
      else report(`ignored the saved page state: ${parsed.error}`);
      // A way of showing, not a place in one comparison: put back whatever the roles, before the first draw.
      if (parsed.ok && parsed.message.stateMap) restoreMapChoice(parsed.message.stateMap);
    }
    onMapChoice(() => this.save());
    // Toggles report themselves by aria-expanded once their own click handler ran (this one is on an ancestor).
    root.addEventListener('click', (event) => {
      const toggle = event.target instanceof Element ? event.target.closest('.show-more') : null;
      if (toggle) this.noteToggle(toggle);
    });
    window.addEventListener('scroll', () => this.queueScrollSave(), { passive: true });
  }

  /** After a comparison is painted: restores the saved place for the same roles, or starts a new page. */
  painted(roleIds: string[]): void {
    const pending = this.pending;
    this.pending = undefined;
    if (pending && sameIds(pending.roleIds, roleIds)) {
      this.scrollY = pending.scrollY ?? 0;
      this.expanded.clear();
      for (const id of pending.expanded ?? []) this.expanded.add(id);
    } else if (!this.roleIds || !sameIds(this.roleIds, roleIds)) {
      this.expanded.clear();
      this.scrollY = window.scrollY;
    }
    this.roleIds = roleIds;
    // A repaint of the same roles (new data) redraws the lists closed: open them again.
    this.reopenLists();
    if (pending && sameIds(pending.roleIds, roleIds)) {
      const y = this.scrollY;
      requestAnimationFrame(() => window.scrollTo(0, y));
    }
    this.save();
  }

  private reopenLists(): void {
    for (const toggle of this.root.querySelectorAll<HTMLElement>('.show-more')) {
      const id = toggle.getAttribute('aria-controls');
      if (id && this.expanded.has(id) && toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
    }
  }

  private noteToggle(toggle: Element): void {
    const id = toggle.getAttribute('aria-controls');
    if (!id) return;
    if (toggle.getAttribute('aria-expanded') === 'true') {
      if (this.expanded.size < MAX_EXPANDED_LISTS) this.expanded.add(id);
    } else this.expanded.delete(id);
    this.save();
  }

  /** Scroll events come many a frame: the position is saved once per frame. */
  private queueScrollSave(): void {
    if (this.scrollQueued) return;
    this.scrollQueued = true;
    requestAnimationFrame(() => {
      this.scrollQueued = false;
      this.scrollY = Math.max(0, Math.round(window.scrollY));
      this.save();
    });
  }

  private save(): void {
    if (!this.roleIds) return;
    const state: WebviewState = { roleIds: this.roleIds, scrollY: this.scrollY };
    if (this.expanded.size > 0) state.expanded = [...this.expanded];
    const map = mapChoice();
    if (!isDefaultMapChoice(map)) state.stateMap = { ...map };
    this.api.setState(state);
  }
}
