import { createCipheriv, createHmac, randomInt } from 'node:crypto';

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
 * A deterministic CSPRNG: AES-256 in counter mode under the key HMAC-SHA256(secret, releaseId).
 * The same secret and release id always give the same noise, so a release can be rebuilt
 * instead of stored and repeated downloads still see identical numbers; without the secret the
 * noise is unpredictable. The secret must be a server secret of at least 32 bytes.
 */
export function keyedRandom(secret: Uint8Array, releaseId: string): RandomSource {
  if (secret.length < 32) throw new Error('keyedRandom needs a secret of at least 32 bytes');
  const key = createHmac('sha256', secret).update(`tnr-disclosure-noise\u0000${releaseId}`).digest();
  const keystream = createCipheriv('aes-256-ctr', key, Buffer.alloc(16));
  const zeros = Buffer.alloc(65536);
  let block = Buffer.alloc(0);
  let offset = 0;
  const next48 = (): number => {
    if (offset + 6 > block.length) {
      block = keystream.update(zeros);
      offset = 0;
    }
    const x = block.readUIntBE(offset, 6);
    offset += 6;
    return x;
  };
  return {
    uniformInt(bound) {
      if (!Number.isSafeInteger(bound) || bound < 1 || bound >= 2 ** 48) throw new RangeError('bound must be in [1, 2^48)');
      // Rejection sampling on 48-bit draws removes modulo bias.
      const limit = 2 ** 48 - (2 ** 48 % bound);
      for (;;) {
        const x = next48();
        if (x < limit) return x % bound;
      }
    },
  };
}
