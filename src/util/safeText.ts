// Text from data (ids, titles, file contents, error messages) on its way into
// a log line or a notification: quoted, truncated, and on one line, so a
// 1 MB id stays short and a newline in an id cannot forge a log line.
import { LIMITS } from '../limits';

// Line breaks, other control characters, the Unicode line/paragraph separators,
// and the bidi marks, embeddings, overrides and isolates (which could show a
// line's text reversed or out of order).
// eslint-disable-next-line no-control-regex
const BREAKS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

function escapeControl(ch: string): string {
  if (ch === '\n') return '\\n';
  if (ch === '\r') return '\\r';
  if (ch === '\t') return '\\t';
  return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** Cuts `text` to `max` characters, saying how much was left out. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max)}… (${(text.length - max).toLocaleString('en-US')} more characters)`;
}

/** Any value as short one-line text, never throwing (a hostile toString included). */
export function describeValue(value: unknown): string {
  try {
    if (typeof value === 'string') return value;
    if (value === null || typeof value !== 'object') return String(value);
    return Array.isArray(value) ? `an array` : 'an object';
  } catch {
    return 'a value that cannot be shown';
  }
}

/** `"lead-technician"`: data quoted, control characters escaped, cut to `max`. */
export function quote(value: unknown, max: number = LIMITS.quotedChars): string {
  return `"${truncate(describeValue(value), max).replace(BREAKS, escapeControl).replace(/"/g, '\\"')}"`;
}

/** A whole log line or notification: control characters escaped, cut to `max`. */
export function oneLine(text: string, max: number = LIMITS.lineChars): string {
  return truncate(String(text), max).replace(BREAKS, escapeControl);
}
