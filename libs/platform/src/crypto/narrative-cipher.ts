import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Envelope encryption of raw narratives: each report gets its own random data key
 * (AES-256-GCM); the data key is stored wrapped by a key-encryption key (KEK) from config.
 * The report id is bound as associated data so a ciphertext cannot be moved to another row.
 *
 * Layouts: ciphertext = 12-byte nonce | body | 16-byte tag;
 * wrapped key = 1-byte id length | KEK id (ASCII) | nonce | wrapped data key | tag.
 * The KEK id travels with the wrapped key, so rotating KEKs only re-wraps 60-odd bytes per
 * report (`rewrap`) and never touches the narrative ciphertext.
 */
export interface SealedNarrative {
  ciphertext: Buffer;
  wrappedKey: Buffer;
}

export interface NarrativeKeyRing {
  currentId: string;
  /** KEK id → 32-byte key in base64. Must contain `currentId`. */
  keys: Record<string, string>;
}

const NONCE = 12;
const TAG = 16;

function seal(key: Buffer, plaintext: Buffer, aad: Buffer): Buffer {
  const nonce = randomBytes(NONCE);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(aad);
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([nonce, body, cipher.getAuthTag()]);
}

function open(key: Buffer, blob: Buffer, aad: Buffer): Buffer {
  if (blob.length < NONCE + TAG) throw new Error('sealed blob too short');
  const decipher = createDecipheriv('aes-256-gcm', key, blob.subarray(0, NONCE));
  decipher.setAAD(aad);
  decipher.setAuthTag(blob.subarray(blob.length - TAG));
  return Buffer.concat([decipher.update(blob.subarray(NONCE, blob.length - TAG)), decipher.final()]);
}

export class NarrativeCipher {
  private readonly currentId: string;
  private readonly keks = new Map<string, Buffer>();

  /** A single base64 key (id `k1`) or a key ring with a current id and older keys. */
  constructor(keys: string | NarrativeKeyRing) {
    const ring = typeof keys === 'string' ? { currentId: 'k1', keys: { k1: keys } } : keys;
    for (const [id, b64] of Object.entries(ring.keys)) {
      const key = Buffer.from(b64, 'base64');
      if (key.length !== 32) throw new Error(`narrative key "${id}" must decode to 32 bytes`);
      if (!/^[a-z0-9-]{1,16}$/.test(id)) throw new Error('narrative key ids are 1–16 of [a-z0-9-]');
      this.keks.set(id, key);
    }
    if (!this.keks.has(ring.currentId)) throw new Error('the current narrative key is missing from the key ring');
    this.currentId = ring.currentId;
  }

  get currentKeyId(): string {
    return this.currentId;
  }

  /** The KEK id a wrapped key was made with. */
  static keyIdOf(wrappedKey: Buffer): string {
    return wrappedKey.subarray(1, 1 + wrappedKey[0]).toString('ascii');
  }

  encrypt(reportId: string, narrative: string): SealedNarrative {
    const dataKey = randomBytes(32);
    const aad = Buffer.from(`report:${reportId}`);
    try {
      return { ciphertext: seal(dataKey, Buffer.from(narrative, 'utf8'), aad), wrappedKey: this.wrap(dataKey, aad) };
    } finally {
      dataKey.fill(0);
    }
  }

  decrypt(reportId: string, sealed: SealedNarrative): string {
    const aad = Buffer.from(`report:${reportId}`);
    const dataKey = this.unwrap(sealed.wrappedKey, aad);
    try {
      return open(dataKey, sealed.ciphertext, aad).toString('utf8');
    } finally {
      dataKey.fill(0);
    }
  }

  /** Re-wraps a report's data key under the current KEK; the ciphertext stays as it is. */
  rewrap(reportId: string, wrappedKey: Buffer): Buffer {
    const aad = Buffer.from(`report:${reportId}`);
    const dataKey = this.unwrap(wrappedKey, aad);
    try {
      return this.wrap(dataKey, aad);
    } finally {
      dataKey.fill(0);
    }
  }

  private wrap(dataKey: Buffer, aad: Buffer): Buffer {
    const id = Buffer.from(this.currentId, 'ascii');
    return Buffer.concat([Buffer.from([id.length]), id, seal(this.keks.get(this.currentId) as Buffer, dataKey, Buffer.concat([aad, Buffer.from(`|kek:${this.currentId}`)]))]);
  }

  private unwrap(wrappedKey: Buffer, aad: Buffer): Buffer {
    const id = NarrativeCipher.keyIdOf(wrappedKey);
    const kek = this.keks.get(id);
    if (!kek) throw new Error(`narrative key "${id}" is not configured`);
    return open(kek, wrappedKey.subarray(1 + wrappedKey[0]), Buffer.concat([aad, Buffer.from(`|kek:${id}`)]));
  }
}
