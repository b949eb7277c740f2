// The bridge's size limit. Both ends check it: the host before posting, the
// webview on arrival. Measured in what crosses the bridge, the UTF-8 bytes of
// the message's JSON (a NUL is 6 bytes there, a "€" 3), by a walk that stops as
// soon as the limit is passed, never throws (cycles, getters that throw, deep
// nesting), and never builds the whole JSON text of a huge message.
import { LIMITS } from '../limits';

/** JSON's two-character escapes; other characters below U+0020 become \uXXXX. */
const SHORT_ESCAPES = new Set([0x08, 0x09, 0x0a, 0x0c, 0x0d, 0x22, 0x5c]);

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/**
 * One UTF-16 code unit at `i` of `s` as JSON.stringify writes it, in UTF-8
 * bytes: a surrogate pair is 4 bytes in all, a lone surrogate a \uXXXX escape.
 */
function unitBytes(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (SHORT_ESCAPES.has(c)) return 2;
  if (c < 0x20) return 6;
  if (c < 0x80) return 1;
  if (c < 0x800) return 2;
  if (isHigh(c)) return isLow(s.charCodeAt(i + 1)) ? 2 : 6;
  if (isLow(c)) return isHigh(s.charCodeAt(i - 1)) ? 2 : 6;
  return 3;
}

/** A string's JSON size in UTF-8 bytes, quotes included; stops counting once past `budget`. */
function stringBytes(s: string, budget: number): number {
  let size = 2;
  for (let i = 0; i < s.length && size <= budget; i++) size += unitBytes(s, i);
  return size;
}

/** A value that is not a string, array or object, as JSON writes it (anything else counts as `null`). */
function scalarBytes(v: unknown): number {
  if (typeof v === 'number') return Number.isFinite(v) ? String(v).length : 4;
  if (typeof v === 'boolean') return v ? 4 : 5;
  return 4;
}

/** Commas between n items, and the brackets or braces around them. */
const frame = (n: number) => 2 + Math.max(0, n - 1);

function sizeAtMost(value: unknown, limit: number): number | undefined {
  let size = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'string') size += stringBytes(v, limit - size);
    else if (v === null || typeof v !== 'object') size += scalarBytes(v);
    else if (Array.isArray(v)) {
      size += frame(v.length);
      for (let i = 0; i < v.length && size <= limit; i++) stack.push(v[i]);
    } else {
      const keys = Object.keys(v);
      size += frame(keys.length);
      for (const key of keys) {
        // "key": — the name, its quotes and the colon.
        size += stringBytes(key, limit - size) + 1;
        stack.push((v as Record<string, unknown>)[key]);
        if (size > limit) break;
      }
    }
    if (size > limit) return undefined;
  }
  return size;
}

/** Why a message may not cross the bridge (too large, or not measurable), or undefined when it may. */
export function messageTooLarge(message: unknown, limit: number = LIMITS.messageBytes): string | undefined {
  try {
    const size = sizeAtMost(message, limit);
    if (size !== undefined) return undefined;
  } catch {
    return 'the message cannot be measured';
  }
  return `the message is over ${limit.toLocaleString('en-US')} bytes of JSON, the bridge's limit`;
}
