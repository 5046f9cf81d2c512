import { createHash, createHmac, type Hash, type Hmac } from 'node:crypto';
import type { CellSpace } from './cell-space';

/** Bump when the meaning of a release changes (tables, rules): old cached releases stop matching. */
export const RELEASE_FORMAT_VERSION = 1;

/**
 * The id a release is cached under. It is never a plain hash of the true counts: anyone could
 * then try the few possible values of a suppressed cell until the hash matched. With a server
 * secret it is an HMAC of the options and the true counts (known before any noise is drawn, so
 * it can key both the cache and keyedRandom); without one, a hash of what the release
 * publishes (the options and the published counts, suppressed cells as null).
 */
export function releaseIdOf(options: object, space: CellSpace, counts: ReadonlyArray<number | null>, secret?: Uint8Array): string {
  const digest: Hash | Hmac = secret ? createHmac('sha256', secret) : createHash('sha256');
  digest.update(JSON.stringify({ v: RELEASE_FORMAT_VERSION, options }));
  const values = secret ? space.values : counts;
  // One update per 4,096 cells keeps hashing a large release cheap.
  for (let start = 0; start < space.keys.length; start += 4096) {
    let chunk = '';
    for (let cell = start; cell < Math.min(start + 4096, space.keys.length); cell++) chunk += `${space.keys[cell]}\u0001${values[cell] ?? 'x'}\u0002`;
    digest.update(chunk);
  }
  return digest.digest('hex').slice(0, 32);
}
