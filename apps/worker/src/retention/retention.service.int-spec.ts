import { MessageRepository, SpentTokenRepository, type AuditRepository, type ReportRepository } from '@tnr/database';
import { randomBytes, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { openMigratedDatabase } from '../../../../test/helpers/database';
import { newReportRow } from '../../../../test/helpers/factories';
import { loadWorkerConfig } from '../config/worker.config';
import { RetentionService } from './retention.service';

/**
 * The worker's retention run on the real schema: raw narratives after RAW_RETENTION_DAYS,
 * message bodies after MESSAGE_RETENTION_DAYS (each message also that old itself), expired
 * spent tokens; the messages' rows, authors and days stay, and each deletion is audited.
 * The database is shared with other spec files, so effects are checked row by row.
 */
describe('RetentionService (real PostgreSQL)', () => {
  let ds: DataSource;
  let reports: ReportRepository;
  let audit: AuditRepository;
  let messages: MessageRepository;
  const today = new Date('2026-11-29T10:17:00Z');

  beforeAll(async () => {
    ({ ds, reports, audit } = await openMigratedDatabase());
    messages = new MessageRepository(ds);
  });
  afterAll(async () => {
    await ds.destroy();
  });

  function service(env: Record<string, string>): RetentionService {
    const config = loadWorkerConfig({ DATABASE_URL: 'postgres://unused/x', NARRATIVE_KEK: randomBytes(32).toString('base64'), ...env });
    return new RetentionService(reports, messages, new SpentTokenRepository(ds), audit, config);
  }

  async function report(decidedOn: string | null): Promise<string> {
    const row = newReportRow();
    await reports.createWithOutbox(row);
    if (decidedOn) await ds.query(`UPDATE reports SET status = 'verified', decided_on = $2, redacted_narrative = 'kept' WHERE id = $1`, [row.id, decidedOn]);
    return row.id;
  }

  async function reporterMessage(reportId: string, createdOn: string): Promise<string> {
    const id = randomUUID();
    await messages.add({ id, reportId, author: 'reporter', staffId: null, bodyCiphertext: randomBytes(30), bodyWrappedKey: randomBytes(60), createdOn });
    return id;
  }

  async function bodies(ids: string[]): Promise<Map<string, { purged: string | null; hasBody: boolean }>> {
    const rows: Array<{ id: string; purged: string | null; has_body: boolean }> = await ds.query(
      `SELECT id, body_purged_on::text AS purged, (body_ciphertext IS NOT NULL AND body_wrapped_key IS NOT NULL) AS has_body FROM report_messages WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, { purged: r.purged, hasBody: r.has_body }]));
  }

  it('deletes message bodies of long-decided reports after MESSAGE_RETENTION_DAYS, keeps the rows, and audits it', async () => {
    const old = await report('2026-08-01');
    const oldMessage = await reporterMessage(old, '2026-08-01');
    const lateAnswer = await reporterMessage(old, '2026-11-25');
    const recentMessage = await reporterMessage(await report('2026-11-20'), '2026-09-01');
    const undecidedMessage = await reporterMessage(await report(null), '2026-01-01');

    const run = await service({ RAW_RETENTION_DAYS: '90', MESSAGE_RETENTION_DAYS: '30' }).purge(today);
    expect(run.messageBodies).toBeGreaterThanOrEqual(1);
    expect(run.rawNarratives).toBeGreaterThanOrEqual(1);

    const after = await bodies([oldMessage, lateAnswer, recentMessage, undecidedMessage]);
    expect(after.get(oldMessage)).toEqual({ purged: '2026-11-29', hasBody: false });
    expect(after.get(lateAnswer)).toEqual({ purged: null, hasBody: true });
    expect(after.get(recentMessage)).toEqual({ purged: null, hasBody: true });
    expect(after.get(undecidedMessage)).toEqual({ purged: null, hasBody: true });

    // Readers: staff lists skip deleted bodies; the reporter's conversation keeps the fact.
    expect((await messages.list(old)).map((m) => m.id)).toEqual([lateAnswer]);
    expect(await messages.conversation(old)).toEqual([
      { id: oldMessage, author: 'reporter', bodyCiphertext: null, bodyWrappedKey: null, createdOn: '2026-08-01' },
      expect.objectContaining({ id: lateAnswer, bodyCiphertext: expect.any(Buffer) }),
    ]);

    const events: Array<{ details: { messages: number; retentionDays: number } }> = await ds.query(
      `SELECT details FROM audit_events WHERE action = 'retention.message_bodies_purged' ORDER BY id DESC LIMIT 1`,
    );
    expect(events[0].details).toEqual({ messages: run.messageBodies, retentionDays: 30 });

    // Idempotent; the late answer goes once it is old enough itself.
    await service({ MESSAGE_RETENTION_DAYS: '30' }).purge(today);
    expect((await bodies([lateAnswer])).get(lateAnswer)).toEqual({ purged: null, hasBody: true });
    await service({ MESSAGE_RETENTION_DAYS: '30' }).purge(new Date('2026-12-26T00:00:00Z'));
    expect((await bodies([lateAnswer])).get(lateAnswer)).toEqual({ purged: '2026-12-26', hasBody: false });
  });

  it('uses RAW_RETENTION_DAYS for messages when MESSAGE_RETENTION_DAYS is unset', async () => {
    const message = await reporterMessage(await report('2026-10-01'), '2026-10-01');
    await service({ RAW_RETENTION_DAYS: '90' }).purge(today);
    expect((await bodies([message])).get(message)).toEqual({ purged: null, hasBody: true });
    await service({ RAW_RETENTION_DAYS: '30' }).purge(today);
    expect((await bodies([message])).get(message)).toEqual({ purged: '2026-11-29', hasBody: false });
  });

  it('refuses a message row that claims to be purged but still holds its body', async () => {
    const message = await reporterMessage(await report('2026-11-01'), '2026-11-01');
    await expect(ds.query(`UPDATE report_messages SET body_purged_on = '2026-11-29' WHERE id = $1`, [message])).rejects.toThrow(/ck_report_messages_body_purged/);
  });

  it('forgets spent one-time tokens once they have expired, and only then', async () => {
    const expired = randomBytes(32);
    const live = randomBytes(32);
    await ds.query(`INSERT INTO spent_tokens (kind, token_hash, expires_at) VALUES ('pow_challenge', $1, '2026-11-29T09:00:00Z'), ('form_submission', $2, '2026-11-29T11:00:00Z')`, [expired, live]);
    const run = await service({}).purge(today);
    expect(run.spentTokens).toBeGreaterThanOrEqual(1);
    const spent = new SpentTokenRepository(ds);
    expect(await spent.isSpent('pow_challenge', expired)).toBe(false);
    expect(await spent.isSpent('form_submission', live)).toBe(true);
  });
});
