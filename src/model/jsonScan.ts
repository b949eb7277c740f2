// What JSON.parse does not say: a key repeated in one object (JSON.parse
// silently keeps the last). A small scanner over the text, iterative (no
// recursion, so no depth can overflow it), run only on text JSON.parse accepted.

export interface DuplicateKey {
  key: string;
  /** Where the object sits, e.g. "roles[0]". */
  path: string;
  /** 1-based line of the repeated key. */
  line: number;
  /** Offset of the repeated key's opening quote in the text. */
  offset: number;
}

interface Frame {
  kind: 'object' | 'array';
  keys?: Set<string>;
  /** The key (object) or index (array) of the value being read. */
  at: string | number;
}

const QUOTE = 34;
const BACKSLASH = 92;
const NEWLINE = 10;

function pathOf(stack: readonly Frame[]): string {
  let out = '';
  for (let i = 0; i < stack.length - 1; i++) {
    const at = stack[i].at;
    out += typeof at === 'number' ? `[${at}]` : out === '' ? at : `.${at}`;
  }
  return out;
}

/** The end (index after the closing quote) of the string starting at `start` (its opening quote). */
function stringEnd(text: string, start: number): number {
  let i = start + 1;
  for (;;) {
    const q = text.indexOf('"', i);
    if (q < 0) return text.length;
    let slashes = 0;
    for (let j = q - 1; text.charCodeAt(j) === BACKSLASH; j--) slashes++;
    if (slashes % 2 === 0) return q + 1;
    i = q + 1;
  }
}

/** Every repeated key, at most `max` of them. `text` must be valid JSON. */
export function findDuplicateKeys(text: string, max = 20): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  const stack: Frame[] = [];
  let line = 1;
  let expectKey = false;
  for (let i = 0; i < text.length && found.length < max; i++) {
    const c = text.charCodeAt(i);
    if (c === NEWLINE) {
      line++;
    } else if (c === QUOTE) {
      const end = stringEnd(text, i);
      const top = stack[stack.length - 1];
      if (expectKey && top?.kind === 'object') {
        const key = JSON.parse(text.slice(i, end)) as string;
        if (top.keys!.has(key)) found.push({ key, path: pathOf(stack), line, offset: i });
        top.keys!.add(key);
        top.at = key;
        expectKey = false;
      }
      i = end - 1;
    } else if (c === 123 /* { */) {
      stack.push({ kind: 'object', keys: new Set(), at: '' });
      expectKey = true;
    } else if (c === 91 /* [ */) {
      stack.push({ kind: 'array', at: 0 });
    } else if (c === 125 /* } */ || c === 93 /* ] */) {
      stack.pop();
    } else if (c === 44 /* , */) {
      const top = stack[stack.length - 1];
      if (top?.kind === 'object') expectKey = true;
      else if (top) top.at = (top.at as number) + 1;
    }
  }
  return found;
}
