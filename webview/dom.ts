// Small DOM helpers every renderer uses. Data text only ever goes in through
// textContent, never parsed as HTML.

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** "— no data", read out as "no data". */
export function noData(): HTMLElement {
  const span = el('span', 'no-data');
  span.append(el('span', 'no-data-dash', '—'), el('span', 'no-data-label', 'no data'));
  span.setAttribute('aria-label', 'no data');
  return span;
}

/** Appends nodes one by one (never spread into a call: lists can be long). */
export function appendAll(parent: Node, nodes: Iterable<Node>): void {
  for (const node of nodes) parent.appendChild(node);
}
