import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Moderation workflow: two-factor staff accounts, triage fields (assignee, tags, duplicates,
 * confirmed incident types), staff notes, trigram search over redacted text (pg_trgm works
 * for Chinese under a UTF-8 ctype), and partner NGO API keys issued by admins.
 */
export class ModerationWorkflow1764874800000 implements MigrationInterface {
  name = 'ModerationWorkflow1764874800000';

  async up(q: QueryRunner): Promise<void> {
    // TOTP secret sealed like narratives (AES-256-GCM, per-secret data key, user id as AAD).
    await q.query(`
      ALTER TABLE staff_users
        ADD COLUMN totp_secret_ciphertext bytea,
        ADD COLUMN totp_secret_wrapped_key bytea,
        ADD COLUMN totp_enrolled_at timestamptz,
        ADD COLUMN totp_last_step bigint`);
    // `session` for a logged-in session, `enrolment` for the short step between password and first TOTP code.
    await q.query(`ALTER TABLE staff_sessions ADD COLUMN purpose text NOT NULL DEFAULT 'session' CHECK (purpose IN ('session','enrolment'))`);

    await q.query(`
      ALTER TABLE reports
        ADD COLUMN assignee_id uuid REFERENCES staff_users(id) ON DELETE SET NULL,
        ADD COLUMN tags text[] NOT NULL DEFAULT '{}',
        ADD COLUMN duplicate_of uuid REFERENCES reports(id) ON DELETE SET NULL,
        ADD COLUMN confirmed_incident_types text[]`);
    await q.query(`ALTER TABLE reports ADD CONSTRAINT ck_reports_not_own_duplicate CHECK (duplicate_of IS NULL OR duplicate_of <> id)`);
    await q.query(`CREATE INDEX ix_reports_assignee ON reports (assignee_id, created_on, id) WHERE assignee_id IS NOT NULL`);
    await q.query(`CREATE INDEX ix_reports_country ON reports (country_code, created_on, id)`);
    await q.query(`CREATE INDEX ix_reports_types ON reports USING gin (reported_incident_types)`);
    await q.query(`CREATE INDEX ix_reports_tags ON reports USING gin (tags)`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`CREATE INDEX ix_reports_redacted_trgm ON reports USING gin (redacted_narrative gin_trgm_ops)`);

    await q.query(`
      CREATE TABLE report_notes (
        id uuid PRIMARY KEY,
        report_id uuid NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        author_id uuid REFERENCES staff_users(id) ON DELETE SET NULL,
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 5000),
        created_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX ix_report_notes_report ON report_notes (report_id, created_at)`);

    await q.query(`
      CREATE TABLE ngo_api_keys (
        id uuid PRIMARY KEY,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        key_prefix text NOT NULL,
        key_hash text NOT NULL UNIQUE,
        scopes text[] NOT NULL,
        expires_on date,
        revoked_at timestamptz,
        created_by uuid REFERENCES staff_users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL,
        last_used_on date
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE ngo_api_keys`);
    await q.query(`DROP TABLE report_notes`);
    await q.query(`DROP INDEX ix_reports_redacted_trgm`);
    await q.query(`DROP INDEX ix_reports_tags`);
    await q.query(`DROP INDEX ix_reports_types`);
    await q.query(`DROP INDEX ix_reports_country`);
    await q.query(`DROP INDEX ix_reports_assignee`);
    await q.query(`ALTER TABLE reports DROP CONSTRAINT ck_reports_not_own_duplicate`);
    await q.query(`ALTER TABLE reports DROP COLUMN assignee_id, DROP COLUMN tags, DROP COLUMN duplicate_of, DROP COLUMN confirmed_incident_types`);
    await q.query(`ALTER TABLE staff_sessions DROP COLUMN purpose`);
    await q.query(`ALTER TABLE staff_users DROP COLUMN totp_secret_ciphertext, DROP COLUMN totp_secret_wrapped_key, DROP COLUMN totp_enrolled_at, DROP COLUMN totp_last_step`);
  }
}
