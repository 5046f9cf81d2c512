import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Roll-ups of verified reports for the NGO data API, kept exact by triggers in the same
 * transaction as every change that affects them (a report verified or un-verified, its
 * country, city, month or incident types edited, an organization link confirmed or dropped).
 *
 * - `stats_report_contrib` remembers what each verified report currently contributes, so a
 *   change subtracts the old contribution and adds the new one (incremental, O(1) per report).
 * - `stats_place_month`: verified reports per (country, gazetteer city, incident month).
 * - `stats_member_year`: verified reports carrying an incident type / linked organization, per
 *   (country, incident year). A report counts once per distinct member.
 * - `stats_state.version` moves with every change; releases are cached per version.
 *
 * The role `tnr_ngo_reader` can read only these roll-ups, the release cache, the taxonomy and
 * the gazetteer's public columns: never a report, a link, a message or a staff row.
 */
export class NgoStatistics1765047600000 implements MigrationInterface {
  name = 'NgoStatistics1765047600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE stats_state (id int PRIMARY KEY CHECK (id = 1), version bigint NOT NULL)`);
    await q.query(`INSERT INTO stats_state VALUES (1, 0)`);
    await q.query(`
      CREATE TABLE stats_report_contrib (
        report_id uuid PRIMARY KEY,
        country_code text,
        city text,
        month text,
        incident_types text[] NOT NULL,
        organizations text[] NOT NULL
      )`);
    await q.query(`
      CREATE TABLE stats_place_month (
        country_code text,
        city text,
        month text,
        reports int NOT NULL CHECK (reports >= 0),
        CONSTRAINT uq_stats_place_month UNIQUE NULLS NOT DISTINCT (country_code, city, month)
      )`);
    await q.query(`
      CREATE TABLE stats_member_year (
        kind text NOT NULL CHECK (kind IN ('incident_type','organization')),
        member text NOT NULL,
        country_code text,
        year text,
        reports int NOT NULL CHECK (reports >= 0),
        CONSTRAINT uq_stats_member_year UNIQUE NULLS NOT DISTINCT (kind, member, country_code, year)
      )`);
    await q.query(`
      CREATE TABLE ngo_releases (
        cache_key text PRIMARY KEY,
        data_version bigint NOT NULL,
        created_at timestamptz NOT NULL,
        body jsonb NOT NULL
      )`);

    // The gazetteer city a reporter's free-text city names (English, Chinese or an alias), or
    // null: free text is never published, only known cities.
    await q.query(`
      CREATE FUNCTION stats_city_key(p_country text, p_city text) RETURNS text LANGUAGE sql STABLE AS $$
        SELECT l.key FROM locations l
         WHERE l.kind = 'city' AND p_city IS NOT NULL AND btrim(p_city) <> ''
           AND (p_country IS NULL OR l.country_code IS NULL OR l.country_code = p_country)
           AND (lower(l.name_en) = lower(btrim(p_city)) OR btrim(p_city) = ANY (l.names_zh)
                OR EXISTS (SELECT 1 FROM entity_aliases a WHERE a.entity_type = 'location' AND a.entity_key = l.key AND lower(a.alias) = lower(btrim(p_city))))
         ORDER BY l.key LIMIT 1
      $$`);

    await q.query(`
      CREATE FUNCTION stats_apply(p_report uuid) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        old_c stats_report_contrib%ROWTYPE;
        had_old boolean;
        r record;
        new_country text; new_city text; new_month text; new_types text[]; new_orgs text[];
        is_verified boolean := false;
      BEGIN
        SELECT * INTO old_c FROM stats_report_contrib WHERE report_id = p_report FOR UPDATE;
        had_old := FOUND;
        SELECT country_code, city, incident_month, reported_incident_types, confirmed_incident_types INTO r
          FROM reports WHERE id = p_report AND status = 'verified';
        IF FOUND THEN
          is_verified := true;
          new_country := r.country_code;
          new_city := stats_city_key(r.country_code, r.city);
          new_month := r.incident_month;
          new_types := ARRAY(SELECT DISTINCT t FROM unnest(COALESCE(r.confirmed_incident_types, r.reported_incident_types)) AS t ORDER BY t);
          new_orgs := ARRAY(SELECT DISTINCT entity_key FROM report_links
                             WHERE report_id = p_report AND entity_type = 'organization' AND status = 'confirmed' ORDER BY entity_key);
        END IF;
        IF NOT had_old AND NOT is_verified THEN RETURN; END IF;
        IF had_old AND is_verified
           AND old_c.country_code IS NOT DISTINCT FROM new_country AND old_c.city IS NOT DISTINCT FROM new_city
           AND old_c.month IS NOT DISTINCT FROM new_month AND old_c.incident_types = new_types AND old_c.organizations = new_orgs THEN
          RETURN;
        END IF;

        IF had_old THEN
          UPDATE stats_place_month SET reports = reports - 1
           WHERE country_code IS NOT DISTINCT FROM old_c.country_code AND city IS NOT DISTINCT FROM old_c.city AND month IS NOT DISTINCT FROM old_c.month;
          UPDATE stats_member_year SET reports = reports - 1
           WHERE country_code IS NOT DISTINCT FROM old_c.country_code AND year IS NOT DISTINCT FROM left(old_c.month, 4)
             AND ((kind = 'incident_type' AND member = ANY (old_c.incident_types)) OR (kind = 'organization' AND member = ANY (old_c.organizations)));
          DELETE FROM stats_place_month WHERE reports = 0;
          DELETE FROM stats_member_year WHERE reports = 0;
          DELETE FROM stats_report_contrib WHERE report_id = p_report;
        END IF;

        IF is_verified THEN
          INSERT INTO stats_report_contrib VALUES (p_report, new_country, new_city, new_month, new_types, new_orgs);
          INSERT INTO stats_place_month VALUES (new_country, new_city, new_month, 1)
            ON CONFLICT (country_code, city, month) DO UPDATE SET reports = stats_place_month.reports + 1;
          INSERT INTO stats_member_year
            SELECT 'incident_type', t, new_country, left(new_month, 4), 1 FROM unnest(new_types) AS t
            UNION ALL
            SELECT 'organization', o, new_country, left(new_month, 4), 1 FROM unnest(new_orgs) AS o
            ON CONFLICT (kind, member, country_code, year) DO UPDATE SET reports = stats_member_year.reports + 1;
        END IF;
        UPDATE stats_state SET version = version + 1 WHERE id = 1;
      END $$`);

    await q.query(`
      CREATE FUNCTION stats_reports_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM stats_apply(CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END);
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER tr_reports_stats AFTER INSERT OR DELETE OR UPDATE OF status, country_code, city, incident_month, reported_incident_types, confirmed_incident_types
      ON reports FOR EACH ROW EXECUTE FUNCTION stats_reports_changed()`);
    await q.query(`
      CREATE FUNCTION stats_links_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'INSERT' THEN PERFORM stats_apply(OLD.report_id); END IF;
        IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR NEW.report_id <> OLD.report_id) THEN PERFORM stats_apply(NEW.report_id); END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER tr_report_links_stats AFTER INSERT OR UPDATE OR DELETE ON report_links FOR EACH ROW EXECUTE FUNCTION stats_links_changed()`);

    // Set-based rebuild from scratch (reports verified before this migration; bulk loads; repair).
    await q.query(`
      CREATE FUNCTION stats_rebuild() RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        LOCK TABLE stats_report_contrib IN EXCLUSIVE MODE;
        TRUNCATE stats_report_contrib, stats_place_month, stats_member_year;
        INSERT INTO stats_report_contrib
          SELECT r.id, r.country_code, stats_city_key(r.country_code, r.city), r.incident_month,
                 ARRAY(SELECT DISTINCT t FROM unnest(COALESCE(r.confirmed_incident_types, r.reported_incident_types)) AS t ORDER BY t),
                 ARRAY(SELECT DISTINCT l.entity_key FROM report_links l WHERE l.report_id = r.id AND l.entity_type = 'organization' AND l.status = 'confirmed' ORDER BY l.entity_key)
            FROM reports r WHERE r.status = 'verified';
        INSERT INTO stats_place_month
          SELECT country_code, city, month, count(*)::int FROM stats_report_contrib GROUP BY 1, 2, 3;
        INSERT INTO stats_member_year
          SELECT 'incident_type', t, c.country_code, left(c.month, 4), count(*)::int FROM stats_report_contrib c, unnest(c.incident_types) AS t GROUP BY 2, 3, 4
          UNION ALL
          SELECT 'organization', o, c.country_code, left(c.month, 4), count(*)::int FROM stats_report_contrib c, unnest(c.organizations) AS o GROUP BY 2, 3, 4;
        UPDATE stats_state SET version = version + 1 WHERE id = 1;
      END $$`);
    await q.query(`SELECT stats_rebuild()`);

    // The NGO reader role (cluster-wide: created once, granted per database).
    await q.query(`
      DO $$ BEGIN
        CREATE ROLE tnr_ngo_reader NOLOGIN;
      EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
      END $$`);
    await q.query(`GRANT tnr_ngo_reader TO CURRENT_USER`);
    await q.query(`GRANT SELECT ON stats_place_month, stats_member_year, stats_state, incident_types, gazetteer_state TO tnr_ngo_reader`);
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ngo_releases TO tnr_ngo_reader`);
    await q.query(`GRANT SELECT (key, name_en, names_zh, kind, country_code, city, parent_key, host_key, location_key, source, status) ON organizations TO tnr_ngo_reader`);
    await q.query(`GRANT SELECT (key, kind, name_en, names_zh, country_code, lat, lon, related_org_key, source) ON locations TO tnr_ngo_reader`);
    await q.query(`GRANT SELECT (id, key_hash, scopes, expires_on, revoked_at, last_used_on) ON ngo_api_keys TO tnr_ngo_reader`);
    await q.query(`GRANT UPDATE (last_used_on) ON ngo_api_keys TO tnr_ngo_reader`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`REVOKE ALL ON stats_place_month, stats_member_year, stats_state, incident_types, gazetteer_state, ngo_releases, organizations, locations, ngo_api_keys FROM tnr_ngo_reader`);
    await q.query(`DROP TRIGGER tr_report_links_stats ON report_links`);
    await q.query(`DROP TRIGGER tr_reports_stats ON reports`);
    await q.query(`DROP FUNCTION stats_links_changed`);
    await q.query(`DROP FUNCTION stats_reports_changed`);
    await q.query(`DROP FUNCTION stats_rebuild`);
    await q.query(`DROP FUNCTION stats_apply`);
    await q.query(`DROP FUNCTION stats_city_key`);
    await q.query(`DROP TABLE ngo_releases, stats_member_year, stats_place_month, stats_report_contrib, stats_state`);
  }
}
