import { createHash, randomBytes } from 'node:crypto';
import { SUBMISSION_TOKEN_TTL_HOURS, SubmissionTokens } from './submission-tokens';

describe('form submission tokens', () => {
  const tokens = new SubmissionTokens(randomBytes(32));
  const now = new Date('2026-11-29T10:17:42.123Z');

  it('are random, signed, and expire on a whole hour a day later; only their hash is spent', () => {
    const token = tokens.issue(now);
    expect(token).toMatch(/^[A-Za-z0-9_-]{27}\.[A-Za-z0-9_-]{22}$/);
    expect(tokens.issue(now)).not.toBe(token);
    const spend = tokens.verify(token, now);
    expect(spend).toEqual({ kind: 'form_submission', hash: createHash('sha256').update(token).digest(), expiresAt: new Date('2026-11-30T11:00:00.000Z') });
    expect(SUBMISSION_TOKEN_TTL_HOURS).toBe(24);
    expect(tokens.verify(token, new Date('2026-11-30T10:59:59Z'))).not.toBeNull();
    expect(tokens.verify(token, new Date('2026-11-30T11:00:00Z'))).toBeNull();
  });

  it.each<[string, (t: string) => string]>([
    ['an empty value', () => ''],
    ['another key', () => new SubmissionTokens(randomBytes(32)).issue(now)],
    ['a changed expiry', (t) => {
      const body = Buffer.from(t.split('.')[0], 'base64url');
      body.writeUInt32BE(body.readUInt32BE(16) + 1000, 16);
      return `${body.toString('base64url')}.${t.split('.')[1]}`;
    }],
    ['a changed MAC', (t) => `${t.slice(0, -2)}${t.endsWith('AA') ? 'AB' : 'AA'}`],
    ['extra characters', (t) => `${t}x`],
    ['a different shape', () => `${'A'.repeat(27)}:${'A'.repeat(22)}`],
  ])('refuses %s', (_name, make) => {
    expect(tokens.verify(make(tokens.issue(now)), now)).toBeNull();
  });
});
