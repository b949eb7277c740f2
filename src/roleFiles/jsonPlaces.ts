// Where named values sit in a JSON text, found in one pass with jsonc-parser's
// visitor: only the paths asked for are recorded, so a 16 MB file of numbers
// costs a scan, not a tree of millions of nodes (parseTree built one for
// every file on every load: 874 MB for a 13 MB file). Text must be within the
// nesting limit (the visitor recurses per level).
import { visit, type JSONVisitor } from 'jsonc-parser';

export type Segment = string | number;

export interface TextRange {
  /** 0-based offsets into the text, `end` exclusive. */
  start: number;
  end: number;
}

/** What is asked: the value at `path`, the field name `key` of the object there, what starts at `offset`. */
export interface Wanted {
  path: readonly Segment[];
  key?: string;
  offset?: number;
}

/** A value seen on a wanted path. */
interface Seen {
  start: number;
  end: number;
  container: boolean;
  /** Its field name, when it is a field's value. */
  name?: TextRange;
}

/** The wanted paths as a tree, filled in as the text is read. */
class PathNode {
  readonly children = new Map<Segment, PathNode>();
  seen?: Seen;
  /** Field names asked for in this object, and where they were found. */
  keys?: Map<string, TextRange | undefined>;
}

interface Frame {
  node: PathNode | undefined;
  array: boolean;
  index: number;
  /** The field being read in an object, and where its name is. */
  field?: string;
  name?: TextRange;
}

export interface Places {
  root: PathNode;
  /** Ranges of keys and values by their start, for the offsets asked for. */
  atOffset: Map<number, TextRange>;
}

function treeOf(wanted: readonly Wanted[]): PathNode {
  const root = new PathNode();
  for (const { path, key } of wanted) {
    let node = root;
    for (const segment of path) {
      let child = node.children.get(segment);
      if (!child) node.children.set(segment, (child = new PathNode()));
      node = child;
    }
    if (key !== undefined) (node.keys ??= new Map()).set(key, undefined);
  }
  return root;
}

/** One pass over `text`, recording what `wanted` names. */
export function findPlaces(text: string, wanted: readonly Wanted[]): Places {
  const root = treeOf(wanted);
  const offsets = new Set(wanted.flatMap((w) => (w.offset === undefined ? [] : [w.offset])));
  const atOffset = new Map<number, TextRange>();
  const stack: Frame[] = [];
  /** The path node of the value starting now (undefined when no wanted path goes through it). */
  const nodeHere = (): PathNode | undefined => {
    const top = stack[stack.length - 1];
    if (!top) return root;
    const segment = top.array ? top.index : top.field;
    return segment === undefined ? undefined : top.node?.children.get(segment);
  };
  const begin = (offset: number, length: number, container: boolean): PathNode | undefined => {
    const node = nodeHere();
    if (node && !node.seen) node.seen = { start: offset, end: offset + length, container, name: stack[stack.length - 1]?.name };
    if (offsets.has(offset)) atOffset.set(offset, { start: offset, end: offset + length });
    return node;
  };
  /** Whether to hear a container's contents: only on a wanted path (no callbacks for a list of 8 million numbers). */
  const enter = (node: PathNode | undefined) =>
    offsets.size > 0 || (node !== undefined && (node.children.size > 0 || node.keys !== undefined));
  const end = (offset: number, length: number) => {
    const frame = stack.pop();
    if (frame?.node?.seen && frame.node.seen.end <= frame.node.seen.start + 1) frame.node.seen.end = offset + length;
  };
  const visitor: JSONVisitor = {
    onObjectBegin: (offset, length) => {
      const node = begin(offset, length, true);
      stack.push({ node, array: false, index: 0 });
      return enter(node);
    },
    onArrayBegin: (offset, length) => {
      const node = begin(offset, length, true);
      stack.push({ node, array: true, index: 0 });
      return enter(node);
    },
    onObjectEnd: end,
    onArrayEnd: end,
    onLiteralValue: (_value, offset, length) => void begin(offset, length, false),
    onSeparator: (character) => {
      const top = stack[stack.length - 1];
      if (character === ',' && top?.array) top.index++;
    },
    onObjectProperty: (property, offset, length) => {
      const top = stack[stack.length - 1];
      if (!top) return;
      const name = { start: offset, end: offset + length };
      top.field = property;
      top.name = name;
      const keys = top.node?.keys;
      if (keys?.has(property) && !keys.get(property)) keys.set(property, name);
      if (offsets.has(offset)) atOffset.set(offset, name);
    },
  };
  visit(text, visitor, { disallowComments: true, allowTrailingComma: false });
  return { root, atOffset };
}

/**
 * Where to mark a problem about `path`: the deepest value on it that exists (a
 * missing field is marked at the object that lacks it); a multi-line object or
 * array by its field name, or its opening bracket; an unknown field by its name.
 */
export function placeOf(places: Places, path: readonly Segment[], key?: string): TextRange | undefined {
  let node = places.root;
  let depth = 0;
  for (const segment of path) {
    const child = node.children.get(segment);
    if (!child?.seen) break;
    node = child;
    depth++;
  }
  const seen = node.seen;
  if (!seen) return undefined;
  if (depth === path.length && key !== undefined) {
    const name = node.keys?.get(key);
    if (name) return name;
  }
  if (!seen.container) return { start: seen.start, end: seen.end };
  return seen.name ?? { start: seen.start, end: seen.start + 1 };
}
