import type { DataSource } from 'typeorm';
import { openMigratedDatabase } from '../../../../test/helpers/database';
import { newReportRow } from '../../../../test/helpers/factories';
import type { ReportRepository } from './report.repository';

describe('raw narrative retention (real PostgreSQL)', () => {
  let ds: DataSource;
  let reports: ReportRepository;

  beforeAll(async () => {
    ({ ds, reports } = await openMigratedDatabase());
  });
  afterAll(async () => {
    await ds.destroy();
  });

  async function decidedReport(decidedOn: string, status: 'verified' | 'awaiting_review' = 'verified'): Promise<string> {
    const row = newReportRow();
    await reports.createWithOutbox(row);
    await ds.query(`UPDATE reports SET status = $2, decided_on = $3, redacted_narrative = 'kept [PHONE_1]', processed_revision = 1 WHERE id = $1`, [row.id, status, decidedOn]);
    return row.id;
  }

  it('deletes the raw narrative of reports decided long enough ago and keeps everything else', async () => {
    const old = await decidedReport('2026-08-01');
    const recent = await decidedReport('2026-11-20');
    const undecided = await decidedReport('2026-01-01', 'awaiting_review');
    const purged = await reports.purgeRawNarratives('2026-11-29', 90);
    expect(purged).toBeGreaterThanOrEqual(1);
    const rows: Array<{ id: string; narrative_ciphertext: Buffer | null; narrative_wrapped_key: Buffer | null; raw_purged_on: string | null; redacted_narrative: string; narrative_key_id: string | null }> = await ds.query(
      `SELECT id, narrative_ciphertext, narrative_wrapped_key, raw_purged_on::text, redacted_narrative, narrative_key_id FROM reports WHERE id = ANY($1::uuid[])`,
      [[old, recent, undecided]],
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(old)).toMatchObject({ narrative_ciphertext: null, narrative_wrapped_key: null, raw_purged_on: '2026-11-29', redacted_narrative: 'kept [PHONE_1]', narrative_key_id: null });
    expect(byId.get(recent)?.narrative_ciphertext).not.toBeNull();
    expect(byId.get(undecided)?.narrative_ciphertext).not.toBeNull();
    // Idempotent, and a purged report is never handed to analysis or re-linking again.
    expect(await reports.purgeRawNarratives('2026-11-29', 90)).toBe(0);
    await ds.query(`UPDATE reports SET revision = 2 WHERE id = $1`, [old]);
    expect(await reports.startAnalysis(old, 2)).toBeNull();
    expect((await reports.listAnalysed(null, 100_000)).some((r) => r.id === old)).toBe(false);
  });

  it('refuses a row that claims to be purged but still holds the narrative', async () => {
    const id = await decidedReport('2026-11-01');
    await expect(ds.query(`UPDATE reports SET raw_purged_on = '2026-11-29' WHERE id = $1`, [id])).rejects.toThrow(/ck_reports_raw_purged/);
  });
});
