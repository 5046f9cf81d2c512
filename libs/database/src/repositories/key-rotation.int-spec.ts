import { NarrativeCipher } from '@tnr/platform';
import { randomBytes, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { openMigratedDatabase } from '../../../../test/helpers/database';
import { newReportRow } from '../../../../test/helpers/factories';
import type { ReportRepository } from './report.repository';
import { rewrapSealedKeys } from './sealed-keys';

describe('key rotation: narratives, messages and staff TOTP secrets (real PostgreSQL)', () => {
  let ds: DataSource;
  let reports: ReportRepository;

  beforeAll(async () => {
    ({ ds, reports } = await openMigratedDatabase());
  });
  afterAll(async () => {
    await ds.destroy();
  });

  it('finds rows under an old key through the stored key id and re-wraps them without touching the ciphertext', async () => {
    const k1 = randomBytes(32).toString('base64');
    const k2 = randomBytes(32).toString('base64');
    const oldCipher = new NarrativeCipher({ currentId: 'rot-old', keys: { 'rot-old': k1 } });
    const id = randomUUID();
    const sealed = oldCipher.encrypt(id, 'my brother was summoned');
    await reports.createWithOutbox(newReportRow({ id, narrativeCiphertext: sealed.ciphertext, narrativeWrappedKey: sealed.wrappedKey }));
    const [{ narrative_key_id }] = await ds.query('SELECT narrative_key_id FROM reports WHERE id = $1', [id]);
    expect(narrative_key_id).toBe('rot-old');

    const ring = new NarrativeCipher({ currentId: 'rot-new', keys: { 'rot-old': k1, 'rot-new': k2 } });
    const pending = await reports.wrappedKeysNotUnder('rot-new', 10_000);
    const mine = pending.find((r) => r.id === id);
    expect(mine).toBeDefined();
    const next = ring.rewrap(id, mine!.wrappedKey);
    expect(await reports.replaceWrappedKey(id, mine!.wrappedKey, next)).toBe(true);
    // A second replace from the stale value is refused (no lost update).
    expect(await reports.replaceWrappedKey(id, mine!.wrappedKey, next)).toBe(false);

    const [row] = await ds.query('SELECT narrative_key_id, narrative_ciphertext, narrative_wrapped_key FROM reports WHERE id = $1', [id]);
    expect(row.narrative_key_id).toBe('rot-new');
    expect(Buffer.compare(row.narrative_ciphertext, sealed.ciphertext)).toBe(0);
    const onlyNew = new NarrativeCipher({ currentId: 'rot-new', keys: { 'rot-new': k2 } });
    expect(onlyNew.decrypt(id, { ciphertext: row.narrative_ciphertext, wrappedKey: row.narrative_wrapped_key })).toBe('my brother was summoned');
    expect((await reports.wrappedKeysNotUnder('rot-new', 10_000)).some((r) => r.id === id)).toBe(false);
  });

  it('re-wraps the other sealed values: message keys and TOTP secrets under the new KEK; they still open with only the new key', async () => {
    const k1 = randomBytes(32).toString('base64');
    const k2 = randomBytes(32).toString('base64');
    const old = new NarrativeCipher({ currentId: 'sk-old', keys: { 'sk-old': k1 } });
    const reportId = randomUUID();
    const sealedReport = old.encrypt(reportId, 'narrative');
    await reports.createWithOutbox(newReportRow({ id: reportId, narrativeCiphertext: sealedReport.ciphertext, narrativeWrappedKey: sealedReport.wrappedKey }));
    const messageId = randomUUID();
    const message = old.encrypt(messageId, 'which city?');
    await ds.query(`INSERT INTO report_messages (id, report_id, author, body_ciphertext, body_wrapped_key, created_on) VALUES ($1,$2,'reporter',$3,$4,current_date)`, [messageId, reportId, message.ciphertext, message.wrappedKey]);
    const userId = randomUUID();
    const totp = old.encrypt(`staff-totp:${userId}`, 'JBSWY3DPEHPK3PXP');
    await ds.query(`INSERT INTO staff_users (id, username, password_hash, role, totp_secret_ciphertext, totp_secret_wrapped_key) VALUES ($1,$2,'x','moderator',$3,$4)`, [userId, `sk-${userId.slice(0, 8)}`, totp.ciphertext, totp.wrappedKey]);

    const ring = new NarrativeCipher({ currentId: 'sk-new', keys: { 'sk-old': k1, 'sk-new': k2 } });
    // The run's database also holds other tests' rows under their own keys: this ring only knows sk-old.
    const rewrap = (aad: string, wk: Buffer) => (NarrativeCipher.keyIdOf(wk) === 'sk-old' ? ring.rewrap(aad, wk) : null);
    const counts = await rewrapSealedKeys(ds, 'sk-new', rewrap);
    expect(counts.report_messages).toBeGreaterThanOrEqual(1);
    expect(counts.staff_users).toBeGreaterThanOrEqual(1);
    expect(await rewrapSealedKeys(ds, 'sk-new', rewrap)).toEqual({ report_messages: 0, staff_users: 0 });

    const onlyNew = new NarrativeCipher({ currentId: 'sk-new', keys: { 'sk-new': k2 } });
    const [m] = await ds.query('SELECT body_ciphertext, body_wrapped_key FROM report_messages WHERE id = $1', [messageId]);
    expect(onlyNew.decrypt(messageId, { ciphertext: m.body_ciphertext, wrappedKey: m.body_wrapped_key })).toBe('which city?');
    const [u] = await ds.query('SELECT totp_secret_ciphertext, totp_secret_wrapped_key FROM staff_users WHERE id = $1', [userId]);
    expect(onlyNew.decrypt(`staff-totp:${userId}`, { ciphertext: u.totp_secret_ciphertext, wrappedKey: u.totp_secret_wrapped_key })).toBe('JBSWY3DPEHPK3PXP');
  });
});
