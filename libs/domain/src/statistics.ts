/** The smallest count we publish. Policy: 10 by default, never below 5. */
export const DEFAULT_MIN_CELL = 10;
export const ABSOLUTE_MIN_CELL = 5;

export type StatCell<K extends string> = { [P in K]: string } & ({ count: number; suppressed: false } | { count: null; suppressed: true });

/**
 * @deprecated Superseded by `buildRelease` in `@tnr/disclosure`, which protects every table of a
 * release together (linked margins, an exact derivability check). Kept, unchanged, for the
 * current `reports-by-country` endpoint until it moves to the disclosure library.
 *
 * Primary suppression of a one-way table: cells below k lose their count. When exactly one
 * cell is suppressed and a total is published, it could be recovered by subtraction, so the
 * smallest published cell is suppressed too (complementary suppression).
 */
export function suppressOneWay<K extends string>(
  dimension: K,
  counts: ReadonlyArray<{ value: string; count: number }>,
  k: number,
): { cells: StatCell<K>[]; total: number | null } {
  const minCell = Math.max(k, ABSOLUTE_MIN_CELL);
  const sorted = [...counts].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  const suppressed = new Set(sorted.filter((c) => c.count < minCell).map((c) => c.value));
  const total = sorted.reduce((sum, c) => sum + c.count, 0);
  if (suppressed.size === 1) {
    const published = sorted.filter((c) => !suppressed.has(c.value));
    const smallest = published[published.length - 1];
    if (smallest) suppressed.add(smallest.value);
  }
  const suppressedSum = sorted.filter((c) => suppressed.has(c.value)).reduce((s, c) => s + c.count, 0);
  const cells = sorted.map((c) =>
    suppressed.has(c.value)
      ? ({ [dimension]: c.value, count: null, suppressed: true } as StatCell<K>)
      : ({ [dimension]: c.value, count: c.count, suppressed: false } as StatCell<K>),
  );
  // A total whose suppressed remainder is itself below k would reveal a small group.
  return { cells, total: suppressed.size > 0 && suppressedSum < minCell ? null : total };
}
