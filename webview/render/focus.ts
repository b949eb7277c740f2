// Where focus goes when the page is drawn again: back to the control that
// had it, or to the one that sent the last intent if focus was lost meanwhile
// (a keyboard user who picks a role or swaps sides stays on that control).
// Controls are found by their data-focus-key.

/** The control that sent the last intent (a picker, Swap sides). */
let actedFrom: string | undefined;

/** Remembers the control an intent came from, until the next page is drawn. */
export function actedFromControl(key: string | undefined): void {
  actedFrom = key;
}

function focusKeyOf(active: Element | null): string | undefined {
  return active instanceof HTMLElement ? active.closest<HTMLElement>('[data-focus-key]')?.dataset.focusKey : undefined;
}

/** The key to give focus back to after the next draw; read before the page is replaced. */
export function takeFocusKey(): string | undefined {
  const key = focusKeyOf(document.activeElement) ?? actedFrom;
  actedFrom = undefined;
  return key;
}

export function restoreFocus(root: HTMLElement, key: string | undefined): void {
  if (!key) return;
  for (const node of root.querySelectorAll<HTMLElement>('[data-focus-key]')) {
    if (node.dataset.focusKey === key) return node.focus();
  }
}
