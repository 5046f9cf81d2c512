import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * First schema. No column may hold an IP address, a user agent or a precise time of a
 * reporter's action: reports carry `created_on` (a date) only.
 */
export class InitialSchema1764442800000 implements MigrationInterface {
  name = 'InitialSchema1764442800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE reports (
        id uuid PRIMARY KEY,
        status text NOT NULL CHECK (status IN ('submitted','processing','awaiting_review','in_review','verified','rejected','duplicate')),
        channel text NOT NULL CHECK (channel IN ('api','form')),
        language text,
        country_code char(2) CHECK (country_code ~ '^[A-Z]{2}$'),
        city text CHECK (char_length(city) <= 120),
        incident_month text CHECK (incident_month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
        reported_incident_types text[] NOT NULL DEFAULT '{}',
        suggested_incident_types jsonb NOT NULL DEFAULT '[]',
        wants_replies boolean NOT NULL DEFAULT false,
        narrative_ciphertext bytea NOT NULL,
        narrative_wrapped_key bytea NOT NULL,
        redacted_narrative text,
        redaction_spans jsonb NOT NULL DEFAULT '[]',
        revision int NOT NULL DEFAULT 1 CHECK (revision >= 1),
        processed_revision int,
        receipt_hash text NOT NULL UNIQUE,
        created_on date NOT NULL
      )`);
    await q.query(`CREATE INDEX ix_reports_status ON reports (status, created_on, id)`);
    await q.query(`CREATE INDEX ix_reports_verified_country ON reports (country_code) WHERE status = 'verified'`);

    await q.query(`
      CREATE TABLE outbox (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        topic text NOT NULL,
        payload jsonb NOT NULL,
        attempts int NOT NULL DEFAULT 0
      )`);

    await q.query(`
      CREATE TABLE locations (
        key text PRIMARY KEY CHECK (key ~ '^[a-z0-9_]+$'),
        kind text NOT NULL,
        name_en text NOT NULL,
        names_zh text[] NOT NULL DEFAULT '{}',
        country_code char(2),
        lat double precision,
        lon double precision,
        related_org_key text,
        source text,
        note text,
        origin text NOT NULL CHECK (origin IN ('seed','staff'))
      )`);
    await q.query(`
      CREATE TABLE organizations (
        key text PRIMARY KEY CHECK (key ~ '^[a-z0-9_]+$'),
        name_en text NOT NULL,
        names_zh text[] NOT NULL DEFAULT '{}',
        kind text NOT NULL,
        country_code char(2),
        city text,
        address text,
        status text,
        confidence text,
        parent_key text REFERENCES organizations(key) DEFERRABLE INITIALLY DEFERRED,
        host_key text REFERENCES organizations(key) DEFERRABLE INITIALLY DEFERRED,
        location_key text REFERENCES locations(key) DEFERRABLE INITIALLY DEFERRED,
        source text,
        note text,
        origin text NOT NULL CHECK (origin IN ('seed','staff'))
      )`);
    await q.query(`CREATE INDEX ix_organizations_parent ON organizations (parent_key)`);
    await q.query(`
      CREATE TABLE entity_aliases (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        entity_type text NOT NULL CHECK (entity_type IN ('organization','location')),
        entity_key text NOT NULL,
        alias text NOT NULL CHECK (char_length(alias) BETWEEN 1 AND 200),
        origin text NOT NULL CHECK (origin IN ('seed','staff')),
        CONSTRAINT uq_entity_aliases UNIQUE (entity_type, entity_key, alias)
      )`);
    await q.query(`
      CREATE TABLE incident_types (
        id text PRIMARY KEY,
        parent_id text REFERENCES incident_types(id),
        label text NOT NULL,
        definition text NOT NULL,
        source text,
        sort_order int NOT NULL DEFAULT 0
      )`);

    await q.query(`
      CREATE TABLE report_links (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        report_id uuid NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        entity_type text NOT NULL CHECK (entity_type IN ('organization','location')),
        entity_key text NOT NULL,
        kind text NOT NULL,
        confidence real NOT NULL CHECK (confidence >= 0 AND confidence <= 1),
        start_offset int NOT NULL,
        end_offset int NOT NULL,
        evidence text NOT NULL,
        status text NOT NULL CHECK (status IN ('suggested','confirmed','rejected')),
        origin text NOT NULL CHECK (origin IN ('pipeline','staff')),
        CONSTRAINT uq_report_links_mention UNIQUE (report_id, entity_key, start_offset, end_offset),
        CHECK (end_offset >= start_offset)
      )`);
    await q.query(`CREATE INDEX ix_report_links_entity ON report_links (entity_key, status)`);

    await q.query(`
      CREATE TABLE staff_users (
        id uuid PRIMARY KEY,
        username text NOT NULL UNIQUE,
        password_hash text NOT NULL,
        role text NOT NULL CHECK (role IN ('admin','moderator','analyst')),
        disabled boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE staff_sessions (
        token_hash text PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES staff_users(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL,
        last_seen_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX ix_staff_sessions_user ON staff_sessions (user_id)`);

    await q.query(`
      CREATE TABLE audit_events (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        occurred_at timestamptz NOT NULL,
        actor_id uuid,
        action text NOT NULL,
        target_type text,
        target_id text,
        details jsonb NOT NULL DEFAULT '{}',
        prev_hash text NOT NULL,
        hash text NOT NULL UNIQUE
      )`);
    // Append-only: the application role may insert and read audit rows, never change them.
    await q.query(`
      CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'audit_events is append-only'; END $$`);
    await q.query(`
      CREATE TRIGGER tr_audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
      FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_events`);
    await q.query(`DROP FUNCTION audit_events_append_only`);
    await q.query(`DROP TABLE staff_sessions`);
    await q.query(`DROP TABLE staff_users`);
    await q.query(`DROP TABLE report_links`);
    await q.query(`DROP TABLE incident_types`);
    await q.query(`DROP TABLE entity_aliases`);
    await q.query(`DROP TABLE organizations`);
    await q.query(`DROP TABLE locations`);
    await q.query(`DROP TABLE outbox`);
    await q.query(`DROP TABLE reports`);
  }
}
