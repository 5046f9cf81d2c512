import type { DataSource } from 'typeorm';

export interface PlaceMonthRow {
  country: string | null;
  city: string | null;
  month: string | null;
  reports: number;
}

export interface MemberYearRow {
  member: string;
  country: string | null;
  year: string | null;
  reports: number;
}

export interface RollUps {
  places: PlaceMonthRow[];
  incidentTypes: MemberYearRow[];
  organizations: MemberYearRow[];
}

export interface PublicOrganization {
  key: string;
  nameEn: string;
  namesZh: string[];
  kind: string;
  countryCode: string | null;
  city: string | null;
  parentKey: string | null;
  hostKey: string | null;
  source: string | null;
}

export interface PublicLocation {
  key: string;
  kind: string;
  nameEn: string;
  namesZh: string[];
  countryCode: string | null;
  lat: number | null;
  lon: number | null;
  source: string | null;
}

export interface PublicIncidentType {
  id: string;
  parentId: string | null;
  label: string;
  definition: string;
  source: string | null;
}

/**
 * What the NGO data API reads. Meant for a DataSource opened with `role: 'tnr_ngo_reader'`:
 * that role is granted the roll-ups, the release cache, the taxonomy and the gazetteer's public
 * columns, and nothing else, so even a wrong query here cannot reach a report.
 */
export class NgoStatisticsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Moves with every change of the roll-ups; releases are cached per version. */
  async dataVersion(): Promise<string> {
    const [row]: Array<{ version: string }> = await this.dataSource.query(`SELECT version::text AS version FROM stats_state WHERE id = 1`);
    return row.version;
  }

  /** Moves with every gazetteer edit (names, coordinates and labels may have changed). */
  async gazetteerVersion(): Promise<string> {
    const [row]: Array<{ version: string }> = await this.dataSource.query(`SELECT version::text AS version FROM gazetteer_state WHERE id = 1`);
    return row?.version ?? '0';
  }

  async rollUps(): Promise<RollUps> {
    const [places, members]: [PlaceMonthRow[], Array<MemberYearRow & { kind: string }>] = await Promise.all([
      this.dataSource.query(`SELECT country_code AS country, city, month, reports FROM stats_place_month`),
      this.dataSource.query(`SELECT kind, member, country_code AS country, year, reports FROM stats_member_year`),
    ]);
    const strip = ({ member, country, year, reports }: MemberYearRow) => ({ member, country, year, reports });
    return {
      places,
      incidentTypes: members.filter((m) => m.kind === 'incident_type').map(strip),
      organizations: members.filter((m) => m.kind === 'organization').map(strip),
    };
  }

  async organizations(): Promise<PublicOrganization[]> {
    return this.dataSource.query(
      `SELECT key, name_en AS "nameEn", names_zh AS "namesZh", kind, country_code AS "countryCode", city, parent_key AS "parentKey", host_key AS "hostKey", source
         FROM organizations ORDER BY key`,
    );
  }

  async locations(): Promise<PublicLocation[]> {
    return this.dataSource.query(
      `SELECT key, kind, name_en AS "nameEn", names_zh AS "namesZh", country_code AS "countryCode", lat, lon, source FROM locations ORDER BY key`,
    );
  }

  async incidentTypes(): Promise<PublicIncidentType[]> {
    return this.dataSource.query(`SELECT id, parent_id AS "parentId", label, definition, source FROM incident_types ORDER BY sort_order, id`);
  }

  /** The newest stored release and the data version it was built from. */
  async latestRelease(cacheKey: string): Promise<{ version: string; body: unknown } | null> {
    const [row]: Array<{ version: string; body: unknown }> = await this.dataSource.query(`SELECT data_version::text AS version, body FROM ngo_releases WHERE cache_key = $1`, [cacheKey]);
    return row ?? null;
  }

  async storeRelease(cacheKey: string, version: string, body: unknown, now: Date): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO ngo_releases (cache_key, data_version, created_at, body) VALUES ($1, $2::bigint, $3, $4::jsonb)
       ON CONFLICT (cache_key) DO UPDATE SET data_version = EXCLUDED.data_version, created_at = EXCLUDED.created_at, body = EXCLUDED.body
       WHERE ngo_releases.data_version < EXCLUDED.data_version`,
      [cacheKey, version, now, JSON.stringify(body)],
    );
  }
}
