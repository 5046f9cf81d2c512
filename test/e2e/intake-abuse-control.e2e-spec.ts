import { createHash } from 'node:crypto';
import { createChallenge, solveChallenge, type Challenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';
import { altchaSecrets, POW_ALGORITHM } from '../../apps/intake-api/src/proof-of-work/proof-of-work.service';
import { startPrivateSystem, writtenRows, type PrivateSystem } from '../helpers/private-system';
import { altchaPayload, fetchChallenge, solvedChallenge } from '../helpers/proof-of-work';
import { postRaw, rawRequest, type RawResponse } from '../helpers/raw-http';

/**
 * Abuse control at intake without tracking anyone (issue #5): ALTCHA proof of work for the
 * JSON API, each solution accepted once.
 */
const errorOf = (res: RawResponse) => (res.body as { error?: string } | undefined)?.error;

describe('proof of work for the JSON API (ALTCHA, self-hosted)', () => {
  let system: PrivateSystem;

  beforeAll(async () => {
    system = await startPrivateSystem({ RECONCILE_INTERVAL_MS: '600000' });
  });
  afterAll(async () => {
    await system?.close();
  });

  const submit = (body: object) => postRaw(system.intakeUrl, '/v1/reports', JSON.stringify(body));
  const spentRows = async () => (await system.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM spent_tokens`)).rows[0].n;

  it('GET /v1/challenge is public and uncached, and hands out signed, expiring challenges without storing anything', async () => {
    const before = await spentRows();
    const res = await rawRequest(system.intakeUrl, { method: 'GET', path: '/v1/challenge', headers: { 'x-forwarded-for': '203.0.113.9' } });
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['set-cookie']).toBeUndefined();
    const challenge = res.body as Challenge;
    const now = Math.floor(Date.now() / 1000);
    expect(challenge.parameters).toMatchObject({ algorithm: POW_ALGORITHM, cost: 1, keyLength: 32, keyPrefix: expect.stringMatching(/^[0-9a-f]{32}$/) });
    expect(challenge.parameters.expiresAt).toBeGreaterThan(now + 3_500);
    expect(challenge.parameters.expiresAt).toBeLessThan(now + 3_700);
    expect(challenge.signature).toMatch(/^[0-9a-f]{64}$/);
    expect((await fetchChallenge(system.intakeUrl)).parameters.nonce).not.toBe(challenge.parameters.nonce);
    expect(await spentRows()).toBe(before);
  });

  it('refuses a report without a solution: 400 pow_required naming the challenge route, nothing stored', async () => {
    const before = await writtenRows(system.db);
    const res = await submit({ narrative: 'No proof of work.' });
    expect({ status: res.status, error: errorOf(res) }).toEqual({ status: 400, error: 'pow_required' });
    expect((res.body as { message: string }).message).toContain('GET /v1/challenge');
    expect(await writtenRows(system.db)).toEqual(before);
  });

  it('refuses wrong, forged and expired solutions with a clear code, storing nothing', async () => {
    const before = await writtenRows(system.db);
    const challenge = await fetchChallenge(system.intakeUrl);
    const solution = await solveChallenge({ challenge, deriveKey });
    if (!solution) throw new Error('not solved');
    const forged = await createChallenge({ algorithm: POW_ALGORITHM, cost: 1, counter: 5, deriveKey, expiresAt: new Date(Date.now() + 60_000), hmacSignatureSecret: 'guessed', hmacKeySignatureSecret: 'guessed' });
    const expired = await createChallenge({ algorithm: POW_ALGORITHM, cost: 1, counter: 5, deriveKey, expiresAt: new Date(Date.now() - 1_000), ...altchaSecrets(system.env.ALTCHA_HMAC_KEY as string) });
    const cases: Array<[string, string, number, string]> = [
      ['garbage', 'bm90IGEgcGF5bG9hZA==', 400, 'pow_invalid'],
      ['a wrong derived key', altchaPayload(challenge, { ...solution, derivedKey: 'ab'.repeat(32) }), 400, 'pow_invalid'],
      ['a cheaper challenge than signed', altchaPayload({ ...challenge, parameters: { ...challenge.parameters, keyPrefix: '0' } }, solution), 400, 'pow_invalid'],
      ['a challenge signed with a guessed key', altchaPayload(forged, (await solveChallenge({ challenge: forged, deriveKey }))!), 400, 'pow_invalid'],
      ['an expired challenge of ours', altchaPayload(expired, (await solveChallenge({ challenge: expired, deriveKey }))!), 400, 'pow_expired'],
      ['a number instead of a payload', 42 as unknown as string, 400, 'validation_failed'],
    ];
    for (const [name, altcha, status, error] of cases) {
      const res = await submit({ narrative: `Case: ${name}`, altcha });
      expect({ name, status: res.status, error: errorOf(res) }).toEqual({ name, status, error });
    }
    expect(await writtenRows(system.db)).toEqual(before);
  });

  it('accepts a solution once: the report is marked, a replay gets 409 pow_already_used, and only a hash and an hour are kept', async () => {
    const altcha = await solvedChallenge(system.intakeUrl);
    const before = await writtenRows(system.db);
    const accepted = await submit({ narrative: 'First use of a solution.', altcha });
    expect(accepted.status).toBe(201);
    const replay = await submit({ narrative: 'Second use of the same solution.', altcha });
    expect({ status: replay.status, error: errorOf(replay) }).toEqual({ status: 409, error: 'pow_already_used' });
    expect(await writtenRows(system.db)).toEqual({ reports: before.reports + 1, outbox: before.outbox + 1 });

    const { rows: reports } = await system.db.query<{ id: string; proof_of_work: boolean }>(`SELECT id, proof_of_work FROM reports ORDER BY created_on DESC`);
    expect(reports.every((r) => r.proof_of_work)).toBe(true);
    const { challenge } = JSON.parse(Buffer.from(altcha, 'base64').toString()) as { challenge: Challenge };
    const hash = createHash('sha256').update(challenge.signature as string).digest();
    const { rows } = await system.db.query<Record<string, unknown>>(`SELECT * FROM spent_tokens WHERE token_hash = $1`, [hash]);
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(Object.keys(row).sort()).toEqual(['expires_at', 'kind', 'token_hash']);
    const expiresAt = row.expires_at as Date;
    expect(row.kind).toBe('pow_challenge');
    expect(expiresAt.getTime() % 3_600_000).toBe(0);
    expect(expiresAt.getTime()).toBeGreaterThanOrEqual((challenge.parameters.expiresAt as number) * 1000);
    expect(expiresAt.getTime() - (challenge.parameters.expiresAt as number) * 1000).toBeLessThan(3_600_000);
  });

  it('stores one report when the same solution is sent five times at once', async () => {
    const altcha = await solvedChallenge(system.intakeUrl);
    const before = await writtenRows(system.db);
    const results = await Promise.all(Array.from({ length: 5 }, (_, i) => submit({ narrative: `Race ${i}`, altcha })));
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409]);
    expect(await writtenRows(system.db)).toEqual({ reports: before.reports + 1, outbox: before.outbox + 1 });
  });
});
