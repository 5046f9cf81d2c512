import type { SpentToken } from '@tnr/database';
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

const HOUR_MS = 3_600_000;
/** A form may be filled in for this long (a report can take a while to write). */
export const SUBMISSION_TOKEN_TTL_HOURS = 24;
const MAC_BYTES = 16;

/**
 * One-time tokens for the report form: random, carrying their expiry (a whole hour) and a
 * MAC, so only forms we handed out are accepted and each is accepted once. The form sends its
 * token with the report; the hash of a spent token is kept until it expires, linked to nothing.
 */
export class SubmissionTokens {
  constructor(private readonly key: Buffer) {}

  issue(now: Date): string {
    const body = Buffer.alloc(20);
    randomBytes(16).copy(body);
    body.writeUInt32BE(Math.ceil(now.getTime() / HOUR_MS) + SUBMISSION_TOKEN_TTL_HOURS, 16);
    return `${body.toString('base64url')}.${this.mac(body).toString('base64url')}`;
  }

  /** What to spend for a valid, unexpired token of ours; null for anything else. */
  verify(token: string, now: Date): SpentToken | null {
    const m = /^([A-Za-z0-9_-]{27})\.([A-Za-z0-9_-]{22})$/.exec(token);
    if (!m) return null;
    const body = Buffer.from(m[1], 'base64url');
    const mac = Buffer.from(m[2], 'base64url');
    if (body.length !== 20 || mac.length !== MAC_BYTES || !timingSafeEqual(mac, this.mac(body))) return null;
    const expiresAt = new Date(body.readUInt32BE(16) * HOUR_MS);
    if (expiresAt.getTime() <= now.getTime()) return null;
    return { kind: 'form_submission', hash: createHash('sha256').update(token).digest(), expiresAt };
  }

  private mac(body: Buffer): Buffer {
    return createHmac('sha256', this.key).update(body).digest().subarray(0, MAC_BYTES);
  }
}
