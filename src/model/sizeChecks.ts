// Size limits on a role as read from JSON, checked before the schema: a role
// with a 150,000-item list or a 1 MB title is refused with one located
// problem, cheaply, and never reaches code that would choke on it.
import { count, LIMITS } from '../limits';

export interface SizeProblem {
  field: string;
  message: string;
}

const listLimit = (key: string | number) => (key === 'alternateTitles' ? LIMITS.alternateTitles : LIMITS.listItems);
const textLimit = (path: string) => (path === 'id' ? LIMITS.idLength : LIMITS.textLength);

function join(path: string, key: string | number): string {
  return typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;
}

/** What in one role (a value from JSON.parse) is over a limit; empty when nothing is. */
export function checkSizes(role: unknown, max = LIMITS.problemsPerRole): SizeProblem[] {
  const problems: SizeProblem[] = [];
  const stack: { value: unknown; path: string; key: string | number; depth: number }[] = [{ value: role, path: '', key: '', depth: 0 }];
  while (stack.length > 0 && problems.length < max) {
    const { value, path, key, depth } = stack.pop()!;
    if (depth > LIMITS.jsonDepth) {
      problems.push({ field: path, message: `nested deeper than ${LIMITS.jsonDepth} levels` });
    } else if (typeof value === 'string') {
      const limit = textLimit(path);
      if (value.length > limit) problems.push({ field: path, message: `${count(value.length)} characters, at most ${count(limit)}` });
    } else if (Array.isArray(value)) {
      const limit = listLimit(key);
      if (value.length > limit) problems.push({ field: path, message: `${count(value.length)} items, at most ${count(limit)}` });
      else {
        for (let i = value.length - 1; i >= 0; i--) {
          const item: unknown = value[i];
          // Strings inline (most list items are): no stack entry or path unless one is too long.
          if (typeof item !== 'string') stack.push({ value: item, path: join(path, i), key: i, depth: depth + 1 });
          else if (item.length > LIMITS.textLength) {
            problems.push({ field: join(path, i), message: `${count(item.length)} characters, at most ${count(LIMITS.textLength)}` });
          }
        }
      }
    } else if (value !== null && typeof value === 'object') {
      const keys = Object.keys(value);
      if (keys.length > LIMITS.listItems) {
        problems.push({ field: path || '(role)', message: `${count(keys.length)} fields, at most ${count(LIMITS.listItems)}` });
        continue;
      }
      for (let i = keys.length - 1; i >= 0; i--) {
        const k = keys[i];
        if (k.length > LIMITS.textLength) {
          problems.push({
            field: path || '(role)',
            message: `a field name of ${count(k.length)} characters, at most ${count(LIMITS.textLength)}`,
          });
          continue;
        }
        stack.push({ value: (value as Record<string, unknown>)[k], path: join(path, k), key: k, depth: depth + 1 });
      }
    }
  }
  return problems;
}
