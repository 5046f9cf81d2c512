import { createHmac, randomInt } from 'node:crypto';

/** Where noise comes from. Injectable so tests can fix it; production uses a CSPRNG. */
export interface RandomSource {
  /** A uniformly random integer in [0, bound); bound is an integer in [1, 2^48). */
  uniformInt(bound: number): number;
}

/** Fresh randomness from the operating system's CSPRNG (`crypto.randomInt`). */
export const cryptoRandom: RandomSource = {
  uniformInt: (bound) => (bound === 1 ? 0 : randomInt(bound)),
};

/**
 * A deterministic CSPRNG: HMAC-SHA256(key, releaseId ‖ counter) in counter mode. The same key and
 * release id always give the same noise, so a release can be rebuilt instead of stored and
 * repeated downloads still see identical numbers; without the key the noise is unpredictable.
 * The key must be a server secret of at least 32 bytes.
 */
export function keyedRandom(key: Uint8Array, releaseId: string): RandomSource {
  if (key.length < 32) throw new Error('keyedRandom needs a key of at least 32 bytes');
  let counter = 0;
  let block = Buffer.alloc(0);
  let offset = 0;
  const nextBytes = (n: number): Buffer => {
    if (offset + n > block.length) {
      block = createHmac('sha256', key).update(`${releaseId}\u0000${counter++}`).digest();
      offset = 0;
    }
    const out = block.subarray(offset, offset + n);
    offset += n;
    return out;
  };
  return {
    uniformInt(bound) {
      if (!Number.isSafeInteger(bound) || bound < 1 || bound >= 2 ** 48) throw new RangeError('bound must be in [1, 2^48)');
      // Rejection sampling on 48-bit draws removes modulo bias.
      const limit = 2 ** 48 - (2 ** 48 % bound);
      for (;;) {
        const x = nextBytes(6).readUIntBE(0, 6);
        if (x < limit) return x % bound;
      }
    },
  };
}
