// How deeply a text's brackets nest, found by one loop over the text (no
// recursion, so no depth can overflow it). Run before any recursive parser
// (JSON.parse, jsonc-parser's parseTree and visit): a role file nested
// thousands of levels deep would overflow the stack in those.

const QUOTE = 34;
const BACKSLASH = 92;

export interface TooDeep {
  /** Offset of the first bracket past the limit. */
  offset: number;
}

/** The first bracket nested deeper than `limit` (strings skipped), or undefined when none is. Any text, valid JSON or not. */
export function tooDeep(text: string, limit: number): TooDeep | undefined {
  let depth = 0;
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
      if (++depth > limit) return { offset: i };
    } else if (c === 125 /* } */ || c === 93 /* ] */) {
      depth = Math.max(0, depth - 1);
    }
  }
  return undefined;
}
