// Spreading an array into a call (`push(...xs)`, `Math.max(...xs)`) passes
// every element as an argument and throws RangeError past ~100,000 items.
// These loop instead; use them wherever the length is not a small constant.

/** Appends every item to `target` and returns it. */
export function pushAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** The largest value, or `fallback` for an empty list. */
export function maxOf(values: Iterable<number>, fallback = -Infinity): number {
  let max = fallback;
  for (const v of values) if (v > max) max = v;
  return max;
}
