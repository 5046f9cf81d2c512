import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { DATA_SOURCE } from '../database.tokens';

export interface DashboardCounts {
  byStatus: Array<{ status: string; count: number }>;
  /** Per month (`YYYY-MM`): reports received (day of arrival) and reports verified (day of the decision). */
  byMonth: Array<{ month: string; received: number; verified: number }>;
  /** Verified reports per incident type (every type, zero included): confirmed types, else reported and suggested ones. */
  byIncidentType: Array<{ id: string; parentId: string | null; label: string; count: number }>;
  /** Verified reports per country (`unknown` without one). */
  byCountry: Array<{ country: string; count: number }>;
  /** Verified reports per gazetteer city with coordinates: the city the reporter named, or a confirmed city link. */
  byCity: Array<{ key: string; name: string; nameZh: string | null; country: string | null; lat: number; lon: number; count: number }>;
}

/**
 * Counts for the staff dashboard. Staff may read every report anyway, so no small-cell
 * suppression here (the NGO statistics apply it); nothing identifying leaves: counts only.
 */
@Injectable()
export class DashboardRepository {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  async counts(): Promise<DashboardCounts> {
    const [byStatus, byMonth, byIncidentType, byCountry, byCity] = await Promise.all([
      this.dataSource.query(`SELECT status, count(*)::int AS count FROM reports GROUP BY status ORDER BY status`),
      this.dataSource.query(
        `SELECT month, sum(received)::int AS received, sum(verified)::int AS verified FROM (
           SELECT to_char(created_on, 'YYYY-MM') AS month, 1 AS received, 0 AS verified FROM reports
           UNION ALL
           SELECT to_char(decided_on, 'YYYY-MM'), 0, 1 FROM reports WHERE status = 'verified' AND decided_on IS NOT NULL
         ) m GROUP BY month ORDER BY month`,
      ),
      this.dataSource.query(
        `WITH typed AS (
           SELECT DISTINCT r.id, t.type_id
             FROM reports r
             CROSS JOIN LATERAL unnest(COALESCE(r.confirmed_incident_types,
               r.reported_incident_types || ARRAY(SELECT jsonb_array_elements(r.suggested_incident_types)->>'id'))) AS t(type_id)
            WHERE r.status = 'verified')
         SELECT i.id, i.parent_id AS "parentId", i.label, count(typed.id)::int AS count
           FROM incident_types i LEFT JOIN typed ON typed.type_id = i.id
          GROUP BY i.id, i.parent_id, i.label, i.sort_order ORDER BY i.sort_order, i.id`,
      ),
      this.dataSource.query(
        `SELECT COALESCE(country_code, 'unknown') AS country, count(*)::int AS count
           FROM reports WHERE status = 'verified' GROUP BY 1 ORDER BY 2 DESC, 1`,
      ),
      this.dataSource.query(
        `WITH verified AS (SELECT id, lower(btrim(city)) AS city, country_code FROM reports WHERE status = 'verified'),
         cities AS (SELECT * FROM locations WHERE kind = 'city' AND lat IS NOT NULL AND lon IS NOT NULL),
         report_city AS (
           SELECT v.id AS report_id, c.key
             FROM verified v JOIN cities c
               ON (v.country_code IS NULL OR c.country_code IS NULL OR c.country_code = v.country_code)
              AND (lower(c.name_en) = v.city
                   OR v.city = ANY (SELECT lower(n) FROM unnest(c.names_zh) n)
                   OR EXISTS (SELECT 1 FROM entity_aliases a WHERE a.entity_type = 'location' AND a.entity_key = c.key AND lower(a.alias) = v.city))
           UNION
           SELECT l.report_id, l.entity_key
             FROM report_links l JOIN verified v ON v.id = l.report_id JOIN cities c ON c.key = l.entity_key
            WHERE l.entity_type = 'location' AND l.status = 'confirmed')
         SELECT c.key, c.name_en AS name, c.names_zh[1] AS "nameZh", c.country_code AS country, c.lat, c.lon, count(DISTINCT rc.report_id)::int AS count
           FROM report_city rc JOIN cities c ON c.key = rc.key
          GROUP BY c.key, c.name_en, c.names_zh, c.country_code, c.lat, c.lon ORDER BY count DESC, c.key`,
      ),
    ]);
    return { byStatus, byMonth, byIncidentType, byCountry, byCity };
  }
}
