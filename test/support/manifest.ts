// package.json as VS Code shows it: every "%key%" replaced by its text from
// package.nls.json (the manifest's strings live there, ready for translations).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './roles';

/** package.json as written, with its "%key%" placeholders. */
export function rawManifest(): unknown {
  return JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
}

/** package.nls.json: key → text. */
export function manifestStrings(): Record<string, string> {
  return JSON.parse(readFileSync(join(ROOT, 'package.nls.json'), 'utf8')) as Record<string, string>;
}

const PLACEHOLDER = /^%([^%]+)%$/;

/** Every "%key%" in a value, with the JSON path where it is. */
export function placeholders(value: unknown, path = ''): { path: string; key: string }[] {
  if (typeof value === 'string') {
    const m = PLACEHOLDER.exec(value);
    return m ? [{ path, key: m[1] }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => placeholders(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => placeholders(v, `${path}.${k}`));
  return [];
}

function localize(value: unknown, strings: Record<string, string>): unknown {
  if (typeof value === 'string') {
    const m = PLACEHOLDER.exec(value);
    if (!m) return value;
    if (!(m[1] in strings)) throw new Error(`package.nls.json has no "${m[1]}"`);
    return strings[m[1]];
  }
  if (Array.isArray(value)) return value.map((v) => localize(v, strings));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, localize(v, strings)]));
  return value;
}

/** package.json with its strings filled in, as VS Code reads it in English. */
export function readManifest<T>(): T {
  return localize(rawManifest(), manifestStrings()) as T;
}
