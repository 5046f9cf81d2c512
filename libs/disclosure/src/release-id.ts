import { createHash } from 'node:crypto';

/** Bump when the meaning of a release changes (tables, rules): old cached releases stop matching. */
export const RELEASE_FORMAT_VERSION = 1;

/** JSON with object keys sorted, so equal values hash equally whatever their key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Rows of a roll-up in a canonical order (SQL returns them in any order). */
export function canonicalRows(rows: readonly object[]): string[] {
  return rows.map(canonical).sort();
}

/**
 * The id of a release: a SHA-256 over the format version, the options and the roll-ups in
 * canonical order. The same data and options give the same id, which is what a caller caches
 * a release under (in differential-privacy mode the cache is what keeps repeated downloads from
 * averaging the noise away).
 */
export function releaseIdOf(parts: Record<string, unknown>): string {
  return createHash('sha256').update(canonical({ v: RELEASE_FORMAT_VERSION, ...parts })).digest('hex').slice(0, 32);
}
