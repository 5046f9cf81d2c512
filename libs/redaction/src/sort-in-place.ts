/**
 * Stable in-place sort with the result of `Array.prototype.sort`. The built-in sort copies
 * the array into a work array first; redact() sorts a handful of candidates and protected
 * ranges per report, so short arrays get an insertion sort that allocates nothing.
 */
export function sortInPlace<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  if (items.length > SHORT) return items.sort(compare);
  for (let i = 1; i < items.length; i++) {
    const item = items[i];
    let j = i - 1;
    // Only strictly greater elements move, so equal ones keep their order (stable).
    for (; j >= 0 && compare(items[j], item) > 0; j--) items[j + 1] = items[j];
    items[j + 1] = item;
  }
  return items;
}

const SHORT = 16;
