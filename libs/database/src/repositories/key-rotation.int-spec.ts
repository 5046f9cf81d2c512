import { NarrativeCipher } from '@tnr/platform';
import { randomBytes, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { openMigratedDatabase } from '../../../../test/helpers/database';
import { newReportRow } from '../../../../test/helpers/factories';
import type { ReportRepository } from './report.repository';

describe('narrative key rotation (real PostgreSQL)', () => {
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
});
