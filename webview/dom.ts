// DOM helpers that hold for any number of nodes: `parent.append(...nodes)`
// passes every node as an argument and throws RangeError past ~100,000.

/** Appends every node to `parent`, in order, and returns it. */
export function appendAll<P extends ParentNode>(parent: P, nodes: Iterable<Node | string>): P {
  for (const node of nodes) parent.append(node);
  return parent;
}

/** Replaces `parent`'s children with `nodes` in one step (built off-document first). */
export function replaceAll(parent: ParentNode, nodes: Iterable<Node | string>): void {
  parent.replaceChildren(appendAll(document.createDocumentFragment(), nodes));
}
