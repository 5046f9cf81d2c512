import { Inject, Injectable } from '@nestjs/common';
import type { GazetteerEntry } from '@tnr/linking';
import type { DataSource } from 'typeorm';
import { DATA_SOURCE } from '../database.tokens';

@Injectable()
export class GazetteerRepository {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  /** Bumped by a trigger on every change to organizations, locations or aliases. */
  async currentVersion(): Promise<number> {
    const [row]: Array<{ version: string }> = await this.dataSource.query('SELECT version FROM gazetteer_state WHERE id = 1');
    return Number(row.version);
  }

  /** Every organization and location with all its names, as the matcher needs them. */
  async loadEntries(): Promise<GazetteerEntry[]> {
    const orgs: Array<{ key: string; kind: string; name_en: string; names_zh: string[]; country_code: string | null; location_key: string | null; parent_key: string | null; host_key: string | null; aliases: string[] }> =
      await this.dataSource.query(
        `SELECT o.key, o.kind, o.name_en, o.names_zh, o.country_code, o.location_key, o.parent_key, o.host_key,
                COALESCE(array_agg(a.alias) FILTER (WHERE a.alias IS NOT NULL), '{}') AS aliases
           FROM organizations o
           LEFT JOIN entity_aliases a ON a.entity_type = 'organization' AND a.entity_key = o.key
          GROUP BY o.key ORDER BY o.key`,
      );
    const locs: Array<{ key: string; kind: string; name_en: string; names_zh: string[]; country_code: string | null; aliases: string[] }> =
      await this.dataSource.query(
        `SELECT l.key, l.kind, l.name_en, l.names_zh, l.country_code,
                COALESCE(array_agg(a.alias) FILTER (WHERE a.alias IS NOT NULL), '{}') AS aliases
           FROM locations l
           LEFT JOIN entity_aliases a ON a.entity_type = 'location' AND a.entity_key = l.key
          GROUP BY l.key ORDER BY l.key`,
      );
    return [
      ...orgs.map((o) => ({
        key: o.key,
        entityType: 'organization' as const,
        kind: o.kind,
        name: o.name_en,
        names: [o.name_en, ...o.names_zh, ...o.aliases],
        countryCode: o.country_code?.trim() ?? null,
        locationKey: o.location_key,
        parentKey: o.parent_key,
        hostKey: o.host_key,
      })),
      ...locs.map((l) => ({
        key: l.key,
        entityType: 'location' as const,
        kind: l.kind,
        name: l.name_en,
        names: [l.name_en, ...l.names_zh, ...l.aliases],
        countryCode: l.country_code?.trim() ?? null,
        locationKey: null,
        parentKey: null,
        hostKey: null,
      })),
    ];
  }
}
