import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Abuse control at intake without tracking anyone:
 * - `reports.proof_of_work`: whether the submission carried a solved ALTCHA challenge (the
 *   no-JavaScript form may send without one, under a global budget); shown to moderators.
 *   Reports stored before this migration had none, hence `false` for them.
 * - `spent_tokens`: hashes of spent one-time values (solved challenges, form submission
 *   tokens) until they expire. Nothing in it points to a report, and the expiry is kept to
 *   the hour (enforced) so it cannot date a visit precisely.
 * - Message bodies can be deleted under the retention rule; the row (author, day) stays.
 */
export class IntakeAbuseControl1764961200000 implements MigrationInterface {
  name = 'IntakeAbuseControl1764961200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE reports ADD COLUMN proof_of_work boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE reports ALTER COLUMN proof_of_work DROP DEFAULT`);

    await q.query(`
      CREATE TABLE spent_tokens (
        kind text NOT NULL CHECK (kind IN ('pow_challenge', 'form_submission')),
        token_hash bytea NOT NULL CHECK (octet_length(token_hash) = 32),
        expires_at timestamptz NOT NULL
          CHECK ((expires_at AT TIME ZONE 'UTC') = date_trunc('hour', expires_at AT TIME ZONE 'UTC')),
        PRIMARY KEY (kind, token_hash)
      )`);
    await q.query(`CREATE INDEX ix_spent_tokens_expires_at ON spent_tokens (expires_at)`);

    await q.query(`ALTER TABLE report_messages ALTER COLUMN body_ciphertext DROP NOT NULL, ALTER COLUMN body_wrapped_key DROP NOT NULL`);
    await q.query(`ALTER TABLE report_messages ADD COLUMN body_purged_on date`);
    await q.query(`
      ALTER TABLE report_messages ADD CONSTRAINT ck_report_messages_body_purged
      CHECK ((body_purged_on IS NULL) = (body_ciphertext IS NOT NULL AND body_wrapped_key IS NOT NULL))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM report_messages WHERE body_purged_on IS NOT NULL`);
    await q.query(`ALTER TABLE report_messages DROP CONSTRAINT ck_report_messages_body_purged`);
    await q.query(`ALTER TABLE report_messages DROP COLUMN body_purged_on`);
    await q.query(`ALTER TABLE report_messages ALTER COLUMN body_ciphertext SET NOT NULL, ALTER COLUMN body_wrapped_key SET NOT NULL`);
    await q.query(`DROP TABLE spent_tokens`);
    await q.query(`ALTER TABLE reports DROP COLUMN proof_of_work`);
  }
}
