// How deeply a text's brackets nest and how many values it holds, found by one
// loop over the text (no recursion, so no depth can overflow it). Run before
// any recursive parser (JSON.parse, jsonc-parser's parseTree and visit): a
// role file nested thousands of levels deep would overflow the stack in
// those, and one of millions of values would take seconds and hundreds of
// megabytes to build before any schema could refuse it.

const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;

export interface JsonShapeProblem {
  /** What is too large: the nesting, or the number of values. */
  kind: 'depth' | 'values';
  /** Offset of the first bracket past the depth limit, or of the value past the count limit. */
  offset: number;
}

/**
 * The first place the text nests deeper than `maxDepth` or holds more than
 * `maxValues` values (strings skipped; a value is counted at each bracket and
 * comma), or undefined when neither happens. Any text, valid JSON or not.
 */
export function jsonShapeProblem(text: string, maxDepth: number, maxValues: number): JsonShapeProblem | undefined {
  let depth = 0;
  let values = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      // Skip the string: to the next quote not escaped by a backslash (or the end of an unclosed one).
      for (i++; i < text.length; i++) {
        const s = text.charCodeAt(i);
        if (s === BACKSLASH) i++;
        else if (s === QUOTE) break;
      }
    } else if (c === 123 /* { */ || c === 91 /* [ */) {
      if (++depth > maxDepth) return { kind: 'depth', offset: i };
      if (++values > maxValues) return { kind: 'values', offset: i };
    } else if (c === COMMA) {
      if (++values > maxValues) return { kind: 'values', offset: i };
    } else if (c === 125 /* } */ || c === 93 /* ] */) {
      depth = Math.max(0, depth - 1);
    }
  }
  return undefined;
}
