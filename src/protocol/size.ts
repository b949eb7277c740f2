// The bridge's size limit. Both ends check it: the host before posting, the
// webview on arrival. Measured by a walk that stops as soon as the limit is
// passed, never throws (cycles, getters that throw, deep nesting), and never
// builds the whole JSON text of a huge message.
import { LIMITS } from '../limits';

function sizeAtMost(value: unknown, limit: number): number | undefined {
  let size = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'string') size += v.length + 2;
    else if (v === null || typeof v !== 'object') size += 8;
    else if (Array.isArray(v)) {
      size += 2 + v.length;
      for (let i = 0; i < v.length && size <= limit; i++) stack.push(v[i]);
    } else {
      for (const key of Object.keys(v)) {
        size += key.length + 4;
        stack.push((v as Record<string, unknown>)[key]);
        if (size > limit) break;
      }
    }
    if (size > limit) return undefined;
  }
  return size;
}

/** Why a message may not cross the bridge (too large, or not measurable), or undefined when it may. */
export function messageTooLarge(message: unknown, limit: number = LIMITS.messageChars): string | undefined {
  try {
    const size = sizeAtMost(message, limit);
    if (size !== undefined) return undefined;
  } catch {
    return 'the message cannot be measured';
  }
  return `the message is over ${limit.toLocaleString('en-US')} characters, the bridge's limit`;
}
