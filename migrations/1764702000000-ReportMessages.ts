import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two-way messages between moderators and a reporter (read through the receipt). Bodies are
 * encrypted like narratives; reporter messages carry only the day they were written.
 */
export class ReportMessages1764702000000 implements MigrationInterface {
  name = 'ReportMessages1764702000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE report_messages (
        id uuid PRIMARY KEY,
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        report_id uuid NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        author text NOT NULL CHECK (author IN ('staff','reporter')),
        staff_id uuid REFERENCES staff_users(id),
        body_ciphertext bytea NOT NULL,
        body_wrapped_key bytea NOT NULL,
        created_on date NOT NULL,
        CHECK ((author = 'staff') = (staff_id IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX ix_report_messages_report ON report_messages (report_id, seq)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE report_messages`);
  }
}
