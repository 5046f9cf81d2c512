import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Raw narratives are deleted a configurable number of days after a decision; the redacted
 * text, links and statistics stay. Both dates are days, never times.
 */
export class RawNarrativeRetention1764788400000 implements MigrationInterface {
  name = 'RawNarrativeRetention1764788400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE reports ADD COLUMN decided_on date, ADD COLUMN raw_purged_on date`);
    await q.query(`ALTER TABLE reports ALTER COLUMN narrative_ciphertext DROP NOT NULL, ALTER COLUMN narrative_wrapped_key DROP NOT NULL`);
    await q.query(`
      ALTER TABLE reports ADD CONSTRAINT ck_reports_raw_purged
      CHECK ((raw_purged_on IS NULL) = (narrative_ciphertext IS NOT NULL AND narrative_wrapped_key IS NOT NULL))`);
    await q.query(`CREATE INDEX ix_reports_retention ON reports (decided_on) WHERE raw_purged_on IS NULL AND decided_on IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_reports_retention`);
    await q.query(`ALTER TABLE reports DROP CONSTRAINT ck_reports_raw_purged`);
    await q.query(`ALTER TABLE reports ALTER COLUMN narrative_ciphertext SET NOT NULL, ALTER COLUMN narrative_wrapped_key SET NOT NULL`);
    await q.query(`ALTER TABLE reports DROP COLUMN decided_on, DROP COLUMN raw_purged_on`);
  }
}
