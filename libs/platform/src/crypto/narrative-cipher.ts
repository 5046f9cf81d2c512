import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Envelope encryption of raw narratives: each report gets its own random data key
 * (AES-256-GCM); the data key is stored wrapped by the key-encryption key from config.
 * The report id is bound as associated data so a ciphertext cannot be moved to another row.
 * Layout of both blobs: 12-byte nonce | ciphertext | 16-byte tag.
 */
export interface SealedNarrative {
  ciphertext: Buffer;
  wrappedKey: Buffer;
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
  private readonly kek: Buffer;

  constructor(kekBase64: string) {
    this.kek = Buffer.from(kekBase64, 'base64');
    if (this.kek.length !== 32) throw new Error('NARRATIVE_KEK must decode to 32 bytes');
  }

  encrypt(reportId: string, narrative: string): SealedNarrative {
    const dataKey = randomBytes(32);
    const aad = Buffer.from(`report:${reportId}`);
    try {
      return {
        ciphertext: seal(dataKey, Buffer.from(narrative, 'utf8'), aad),
        wrappedKey: seal(this.kek, dataKey, aad),
      };
    } finally {
      dataKey.fill(0);
    }
  }

  decrypt(reportId: string, sealed: SealedNarrative): string {
    const aad = Buffer.from(`report:${reportId}`);
    const dataKey = open(this.kek, sealed.wrappedKey, aad);
    try {
      return open(dataKey, sealed.ciphertext, aad).toString('utf8');
    } finally {
      dataKey.fill(0);
    }
  }
}
