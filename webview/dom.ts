// Small DOM helpers every renderer uses. Data text only ever goes in through
// textContent, never parsed as HTML. Lists are appended node by node:
// `parent.append(...nodes)` passes every node as an argument and throws
// RangeError past ~100,000.

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

/** Appends every node to `parent`, in order, and returns it. */
export function appendAll<P extends ParentNode>(parent: P, nodes: Iterable<Node | string>): P {
  for (const node of nodes) parent.append(node);
  return parent;
}

/** Replaces `parent`'s children with `nodes` in one step (built off-document first). */
export function replaceAll(parent: ParentNode, nodes: Iterable<Node | string>): void {
  parent.replaceChildren(appendAll(document.createDocumentFragment(), nodes));
}
