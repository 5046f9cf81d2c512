import { openMigratedDatabase } from '../../../../test/helpers/database';
import { newReportRow as newReport } from '../../../../test/helpers/factories';
import type { DataSource } from 'typeorm';
import { OutboxRepository } from './outbox.repository';
import type { AuditRepository } from './audit.repository';
import type { ReportRepository } from './report.repository';

describe('report + outbox persistence (real PostgreSQL, migrations applied)', () => {
  let ds: DataSource;
  let reports: ReportRepository;
  let outbox: OutboxRepository;
  let audit: AuditRepository;

  beforeAll(async () => {
    ({ ds, reports, audit } = await openMigratedDatabase());
    outbox = new OutboxRepository(ds);
  });
  afterAll(async () => {
    await ds.destroy();
  });

  async function outboxRowsFor(id: string): Promise<Array<{ attempts: number }>> {
    return ds.query(`SELECT attempts FROM outbox WHERE payload->>'reportId' = $1`, [id]);
  }

  it('writes the report and its outbox row together, with only the day it arrived', async () => {
    const report = newReport();
    await reports.createWithOutbox(report);
    const [row] = await ds.query('SELECT status, created_on::text AS created_on, revision FROM reports WHERE id = $1', [report.id]);
    expect(row).toEqual({ status: 'submitted', created_on: '2026-11-29', revision: 1 });
    expect(await outboxRowsFor(report.id)).toEqual([{ attempts: 0 }]);
  });

  it('leaves nothing behind when the insert fails half-way', async () => {
    const first = newReport();
    await reports.createWithOutbox(first);
    // Same receipt hash: the report insert violates the unique constraint.
    const clash = { ...newReport(), receiptHash: first.receiptHash };
    await expect(reports.createWithOutbox(clash)).rejects.toThrow();
    expect(await ds.query('SELECT 1 FROM reports WHERE id = $1', [clash.id])).toHaveLength(0);
    expect(await outboxRowsFor(clash.id)).toHaveLength(0);
  });

  it('keeps outbox rows (and counts the attempt) when publishing fails, and deletes them once published', async () => {
    const report = newReport();
    await reports.createWithOutbox(report);
    await expect(outbox.relayBatch(1000, async () => { throw new Error('queue unreachable'); })).rejects.toThrow('queue unreachable');
    expect(await outboxRowsFor(report.id)).toEqual([{ attempts: 1 }]);

    const published: string[] = [];
    await outbox.relayBatch(1000, async (messages) => {
      published.push(...messages.map((m) => String(m.payload.reportId)));
    });
    expect(published).toContain(report.id);
    expect(await outboxRowsFor(report.id)).toHaveLength(0);
  });

  it('finds reports waiting for analysis that no outbox row announces', async () => {
    const report = newReport();
    await reports.createWithOutbox(report);
    await outbox.relayBatch(1000, async () => undefined);
    const pending = await outbox.unannouncedPendingReports(10_000);
    expect(pending).toContainEqual({ reportId: report.id, revision: 1 });
  });

  it('makes analysis idempotent: a second run of the same revision is a no-op', async () => {
    const report = newReport();
    await reports.createWithOutbox(report);
    expect(await reports.startAnalysis(report.id, 1)).not.toBeNull();
    const result = { redactedNarrative: 'x [EMAIL_1]', redactionSpans: [], suggestedIncidentTypes: [], links: [] };
    expect(await reports.completeAnalysis(report.id, 1, result)).toBe(true);
    expect(await reports.startAnalysis(report.id, 1)).toBeNull();
    expect(await reports.completeAnalysis(report.id, 1, result)).toBe(false);
    expect(await reports.startAnalysis(report.id, 2)).toBeNull();
    const [row] = await ds.query('SELECT status, processed_revision FROM reports WHERE id = $1', [report.id]);
    expect(row).toEqual({ status: 'awaiting_review', processed_revision: 1 });
  });

  it('keeps the audit chain verifiable and refuses edits to audit rows', async () => {
    await audit.appendStandalone({ actorId: null, action: 'test.one' }, new Date());
    await audit.appendStandalone({ actorId: null, action: 'test.two', details: { b: 1, a: 2 } }, new Date());
    expect((await audit.verifyChain()).brokenAt).toBeNull();
    await expect(ds.query(`UPDATE audit_events SET action = 'forged' WHERE action = 'test.one'`)).rejects.toThrow(/append-only/);
    await expect(ds.query(`DELETE FROM audit_events WHERE action = 'test.two'`)).rejects.toThrow(/append-only/);
  });
});
