import type { IncidentTypesSeed, SeedFile } from '@tnr/linking';
import type { EntityManager } from 'typeorm';
import knownEntities from '../../../../data/seed/known-entities.json';
import incidentTypes from '../../../../data/seed/incident-types.json';

export const KNOWN_ENTITIES = knownEntities as unknown as SeedFile;
export const INCIDENT_TYPES = incidentTypes as unknown as IncidentTypesSeed;

/**
 * Inserts the reference data shipped in `data/seed/`. Rows that already exist are left as
 * they are, so corrections made by staff survive every restart. Runs in one transaction.
 */
export async function seedReferenceData(manager: EntityManager): Promise<{ organizations: number; locations: number; aliases: number; incidentTypes: number }> {
  return manager.transaction(async (tx) => {
    let locations = 0;
    let organizations = 0;
    let aliases = 0;
    let types = 0;
    for (const l of KNOWN_ENTITIES.locations) {
      const r: unknown[] = await tx.query(
        `INSERT INTO locations (key, kind, name_en, names_zh, country_code, lat, lon, related_org_key, source, note, origin)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,'seed') ON CONFLICT (key) DO NOTHING RETURNING key`,
        [l.id, l.kind, l.name_en, l.names_zh ?? [], l.country_code ?? null, l.lat ?? null, l.lon ?? null, l.related_org_id ?? null, l.source ?? null, l.note ?? null],
      );
      locations += r.length;
    }
    for (const o of KNOWN_ENTITIES.organizations) {
      const r: unknown[] = await tx.query(
        `INSERT INTO organizations (key, name_en, names_zh, kind, country_code, city, address, status, confidence, parent_key, host_key, location_key, source, note, origin)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,'seed') ON CONFLICT (key) DO NOTHING RETURNING key`,
        [o.id, o.name_en, o.names_zh ?? [], o.kind, o.country ?? null, o.city ?? null, o.address ?? null, o.status ?? null, o.confidence ?? null, o.parent_id ?? null, o.host_org_id ?? null, o.location_id ?? null, o.source ?? null, o.note ?? null],
      );
      organizations += r.length;
    }
    const aliasRows: Array<[string, string, string]> = [
      ...KNOWN_ENTITIES.organizations.flatMap((o) => (o.aliases ?? []).map((a): [string, string, string] => ['organization', o.id, a])),
      ...KNOWN_ENTITIES.locations.flatMap((l) => (l.aliases ?? []).map((a): [string, string, string] => ['location', l.id, a])),
    ];
    for (const [type, key, alias] of aliasRows) {
      const r: unknown[] = await tx.query(
        `INSERT INTO entity_aliases (entity_type, entity_key, alias, origin) VALUES ($1,$2,$3,'seed')
         ON CONFLICT ON CONSTRAINT uq_entity_aliases DO NOTHING RETURNING id`,
        [type, key, alias],
      );
      aliases += r.length;
    }
    let order = 0;
    const subtypeSources = new Map((KNOWN_ENTITIES.incident_types ?? []).map((t) => [t.id, t]));
    for (const t of INCIDENT_TYPES.types) {
      const r: unknown[] = await tx.query(
        `INSERT INTO incident_types (id, parent_id, label, definition, source, sort_order) VALUES ($1,NULL,$2,$3,NULL,$4)
         ON CONFLICT (id) DO NOTHING RETURNING id`,
        [t.id, t.label, t.definition, order++],
      );
      types += r.length;
      for (const s of t.subtypes ?? []) {
        const r2: unknown[] = await tx.query(
          `INSERT INTO incident_types (id, parent_id, label, definition, source, sort_order) VALUES ($1,$2,$3,$4,$5,$6)
           ON CONFLICT (id) DO NOTHING RETURNING id`,
          [s.id, t.id, s.label, s.definition ?? subtypeSources.get(s.id)?.definition ?? '', s.source ?? subtypeSources.get(s.id)?.source ?? null, order++],
        );
        types += r2.length;
      }
    }
    return { organizations, locations, aliases, incidentTypes: types };
  });
}
