import { hkdfSync } from 'node:crypto';

/**
 * A 32-byte key for one purpose derived from a root key (base64) with HKDF-SHA-256, so one
 * configured secret can serve several uses without any two sharing a key.
 */
export function deriveSubkey(rootKeyBase64: string, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', Buffer.from(rootKeyBase64, 'base64'), Buffer.alloc(0), `tnr-watch/${purpose}`, 32));
}
