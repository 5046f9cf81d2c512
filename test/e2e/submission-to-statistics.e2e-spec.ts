import { randomBytes, randomUUID } from 'node:crypto';
import IORedis from 'ioredis';
import { Client } from 'pg';
import request from 'supertest';
import { withProofOfWork } from '../helpers/proof-of-work';
import { startSystem, type RunningSystem } from '../helpers/system';
import { waitFor } from '../helpers/wait-for';

/**
 * The thin path: a report submitted to intake-api is stored encrypted with its outbox row,
 * relayed to the queue, redacted and linked by the worker, listed redacted by moderation,
 * verified by a moderator, and counted (with small-cell suppression) in NGO statistics.
 */
describe('submission → worker → moderation → NGO statistics', () => {
  let system: RunningSystem;
  let db: Client;
  let token: string;
  let ngoKey: string;
  const password = randomBytes(12).toString('base64url');

  beforeAll(async () => {
    system = await startSystem();
    db = new Client({ connectionString: system.env.DATABASE_URL });
    await db.connect();
    await system.createStaff('e2e-admin', password, 'admin');
    token = await system.login('e2e-admin', password);
    ngoKey = await system.createNgoKey();
  });

  afterAll(async () => {
    await db?.end();
    await system?.close();
  });

  async function submit(body: Record<string, unknown>): Promise<string> {
    const res = await request(system.intakeUrl).post('/v1/reports').send(await withProofOfWork(system.intakeUrl, body)).expect(201);
    expect(res.body.receipt).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){6}[0-9A-HJKMNP-TV-Z]{4}$/);
    return res.body.receipt;
  }

  async function awaitingReview(): Promise<Array<{ id: string; redactedNarrative: string; links: Array<{ key: string }>; country: string | null; proofOfWork: boolean }>> {
    const items: Array<{ id: string; redactedNarrative: string; links: Array<{ key: string }>; country: string | null; proofOfWork: boolean }> = [];
    let after: string | undefined;
    do {
      const res = await request(system.moderationUrl)
        .get('/v1/reports')
        .query({ status: 'awaiting_review', limit: 100, ...(after ? { after } : {}) })
        .set('Authorization', `Bearer ${token}`)
        .expect(200);
      items.push(...res.body.items);
      after = res.body.next ?? undefined;
    } while (after);
    return items;
  }

  it('redacts a submitted report and links the bureau it names, within a deadline', async () => {
    const canary = `NARR-${randomUUID()}`;
    const receipt = await submit({
      narrative: `${canary} The Fuzhou PSB called my mother. They wrote to li.wei.family@example.com and phoned +86 138 0013 8000 twice.`,
      country: 'NL',
      incidentMonth: '2024-03',
      incidentTypes: ['coercion_by_proxy'],
      language: 'en',
    });

    const report = await waitFor('the report to be redacted', async () => (await awaitingReview()).find((r) => r.redactedNarrative.includes(canary)));
    expect(report.redactedNarrative).not.toContain('li.wei.family@example.com');
    expect(report.redactedNarrative).not.toContain('138 0013 8000');
    expect(report.redactedNarrative).toContain('[EMAIL_1]');
    expect(report.redactedNarrative).toContain('[PHONE_1]');
    expect(report.redactedNarrative).toContain('Fuzhou PSB');
    expect(report.links.map((l) => l.key)).toContain('psb_fuzhou');
    expect(report.country).toBe('NL');
    // Moderators see whether it came with a solved proof of work (the JSON API requires one).
    expect(report.proofOfWork).toBe(true);

    // At rest: neither the narrative nor the receipt appears in any column in clear.
    const dump = await db.query(`SELECT r::text AS row FROM reports r`);
    const all = dump.rows.map((r: { row: string }) => r.row).join('\n');
    expect(all).not.toContain('li.wei.family@example.com');
    expect(all).not.toContain(receipt);
    const raw = await db.query(`SELECT encode(narrative_ciphertext, 'escape') AS ct FROM reports WHERE id = $1`, [report.id]);
    expect(raw.rows[0].ct).not.toContain(canary);
    // …and the queue backend never saw the text either.
    const redis = new IORedis(system.env.REDIS_URL as string);
    try {
      const keys = await redis.keys('*');
      expect(keys.length).toBeGreaterThan(0);
      for (const key of keys) {
        const type = await redis.type(key);
        const value = type === 'hash' ? JSON.stringify(await redis.hgetall(key)) : type === 'string' ? await redis.get(key) : '';
        expect(value ?? '').not.toContain(canary);
        expect(value ?? '').not.toContain('example.com');
      }
    } finally {
      redis.disconnect();
    }
  });

  it('lets a moderator verify a report, refuses an illegal transition with 409, and audits the decision', async () => {
    const canary = `NARR-${randomUUID()}`;
    await submit({ narrative: `${canary} A man from the association followed me home.`, country: 'DE' });
    const report = await waitFor('the report to be redacted', async () => (await awaitingReview()).find((r) => r.redactedNarrative.includes(canary)));

    const verified = await request(system.moderationUrl)
      .post(`/v1/reports/${report.id}/decision`)
      .set('Authorization', `Bearer ${token}`)
      .send({ decision: 'verified' })
      .expect(200);
    expect(verified.body.status).toBe('verified');

    const again = await request(system.moderationUrl)
      .post(`/v1/reports/${report.id}/decision`)
      .set('Authorization', `Bearer ${token}`)
      .send({ decision: 'rejected' })
      .expect(409);
    expect(again.body.error).toBe('report_illegal_transition');

    const audit = await db.query(`SELECT action FROM audit_events WHERE target_id = $1`, [report.id]);
    expect(audit.rows.map((r: { action: string }) => r.action)).toEqual(['report.decision.verified']);
  });

  it('counts only verified reports per country in the NGO tables and suppresses cells below 10', async () => {
    const batch = `NARR-${randomUUID()}`;
    const plan: Array<[string, number]> = [['IT', 11], ['FR', 10], ['ES', 2], ['PT', 1]];
    for (const [country, n] of plan) {
      for (let i = 0; i < n; i++) await submit({ narrative: `${batch} report ${i} from ${country}`, country });
    }
    // One more Spanish report that stays unverified: it must never count.
    await submit({ narrative: `unverified ${randomUUID()}`, country: 'ES' });

    const mine = await waitFor('all 24 batch reports to be redacted', async () => {
      const found = (await awaitingReview()).filter((r) => r.redactedNarrative.includes(batch));
      return found.length === 24 ? found : undefined;
    }, 30_000);
    for (const r of mine) {
      await request(system.moderationUrl).post(`/v1/reports/${r.id}/decision`).set('Authorization', `Bearer ${token}`).send({ decision: 'verified' }).expect(200);
    }

    const byCountryUrl = '/v1/ngo/tables/by-country';
    await request(system.moderationUrl).get(byCountryUrl).expect(401);
    await request(system.moderationUrl).get(byCountryUrl).set('X-Api-Key', 'wrong-key-wrong-key-wrong-key-wrong').expect(401);
    const stats = await request(system.moderationUrl).get(byCountryUrl).set('X-Api-Key', ngoKey).expect(200);
    type Row = { country_code: string; reports: number | null; suppressed: boolean };
    const byCountry = Object.fromEntries((stats.body.rows as Row[]).map((r) => [r.country_code, r]));
    // ES has 2 verified reports (the third is unverified) and PT 1: both below 10, never published.
    expect(byCountry.ES).toMatchObject({ reports: null, suppressed: true });
    expect(byCountry.PT).toMatchObject({ reports: null, suppressed: true });
    // IT (11) and FR (10) reach k; complementary suppression across the linked tables may still
    // hide them (other spec files verify a few reports elsewhere in this shared database), but a
    // published count is the true one. (ngo-data.e2e-spec checks exact counts on its own data.)
    for (const [country, n] of [['IT', 11], ['FR', 10]] as const) {
      expect(byCountry[country].suppressed || byCountry[country].reports === n).toBe(true);
    }
    // Whatever other tests verified: nothing from 1 to 9 is published (true zeros of listed
    // countries are), and never exactly one cell is hidden.
    const rows = stats.body.rows as Row[];
    expect(rows.filter((r) => !r.suppressed).every((r) => r.reports === 0 || (r.reports as number) >= 10)).toBe(true);
    expect(rows.filter((r) => r.suppressed).length).not.toBe(1);
    expect(JSON.stringify(stats.body)).not.toContain(batch);
  });

  it('refuses staff routes without a session and NGO keys on staff routes', async () => {
    await request(system.moderationUrl).get('/v1/reports').expect(401);
    await request(system.moderationUrl).get('/v1/reports').set('X-Api-Key', ngoKey).expect(401);
    await request(system.moderationUrl).get('/v1/reports').set('Authorization', 'Bearer not-a-real-session-token-at-all').expect(401);
    const wrong = await request(system.moderationUrl).post('/v1/auth/login').send({ username: 'e2e-admin', password: 'wrong' }).expect(401);
    const unknown = await request(system.moderationUrl).post('/v1/auth/login').send({ username: 'nobody-here', password: 'wrong' }).expect(401);
    expect(wrong.body).toEqual(unknown.body);
  });
});
