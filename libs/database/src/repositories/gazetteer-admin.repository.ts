import { Inject, Injectable } from '@nestjs/common';
import { DomainError } from '@tnr/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { DATA_SOURCE } from '../database.tokens';
import { AuditRepository } from './audit.repository';

export type GazetteerEntityType = 'organization' | 'location';

/** Editable columns (camelCase field → column). The key and origin are not editable. */
const COLUMNS: Record<GazetteerEntityType, Record<string, string>> = {
  organization: {
    nameEn: 'name_en',
    namesZh: 'names_zh',
    kind: 'kind',
    countryCode: 'country_code',
    city: 'city',
    address: 'address',
    status: 'status',
    confidence: 'confidence',
    parentKey: 'parent_key',
    hostKey: 'host_key',
    locationKey: 'location_key',
    source: 'source',
    note: 'note',
  },
  location: {
    nameEn: 'name_en',
    namesZh: 'names_zh',
    kind: 'kind',
    countryCode: 'country_code',
    lat: 'lat',
    lon: 'lon',
    relatedOrgKey: 'related_org_key',
    source: 'source',
    note: 'note',
  },
};
const TABLE: Record<GazetteerEntityType, string> = { organization: 'organizations', location: 'locations' };

export interface GazetteerEntityView {
  type: GazetteerEntityType;
  key: string;
  origin: 'seed' | 'staff';
  fields: Record<string, unknown>;
  aliases: Array<{ id: string; alias: string; origin: 'seed' | 'staff' }>;
}

/**
 * Staff edits of the gazetteer (organizations, stations, bureaus, locations, aliases and their
 * relations). Every write bumps the gazetteer version through a database trigger, which makes
 * the worker re-link all reports in the background. Seeded entries can be edited but not
 * deleted (the seed would bring them back); staff entries can be deleted.
 */
@Injectable()
export class GazetteerAdminRepository {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly audit: AuditRepository,
  ) {}

  async list(type: GazetteerEntityType, query: { q?: string; kind?: string; limit: number; after?: string }): Promise<{ items: GazetteerEntityView[]; next: string | null }> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (query.q) {
      params.push(`%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      where.push(`(e.key ILIKE $${params.length} OR e.name_en ILIKE $${params.length} OR array_to_string(e.names_zh, ' ') ILIKE $${params.length}
        OR EXISTS (SELECT 1 FROM entity_aliases a WHERE a.entity_type = '${type}' AND a.entity_key = e.key AND a.alias ILIKE $${params.length}))`);
    }
    if (query.kind) {
      params.push(query.kind);
      where.push(`e.kind = $${params.length}`);
    }
    if (query.after) {
      params.push(query.after);
      where.push(`e.key > $${params.length}`);
    }
    params.push(query.limit + 1);
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT e.* FROM ${TABLE[type]} e ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY e.key LIMIT $${params.length}`,
      params,
    );
    const page = rows.slice(0, query.limit);
    const aliases = await this.aliasesOf(this.dataSource.manager, type, page.map((r) => r.key as string));
    return { items: page.map((r) => this.toView(type, r, aliases.get(r.key as string) ?? [])), next: rows.length > query.limit ? (page[page.length - 1].key as string) : null };
  }

  async get(type: GazetteerEntityType, key: string, tx: EntityManager = this.dataSource.manager): Promise<GazetteerEntityView> {
    const [row]: Array<Record<string, unknown>> = await tx.query(`SELECT * FROM ${TABLE[type]} WHERE key = $1`, [key]);
    if (!row) throw new DomainError('RESOURCE.NOT_FOUND', `No ${type} with key "${key}".`);
    return this.toView(type, row, (await this.aliasesOf(tx, type, [key])).get(key) ?? []);
  }

  /** Creates a staff entry or updates fields of an existing one (seed or staff). */
  async upsert(type: GazetteerEntityType, key: string, fields: Record<string, unknown>, actorId: string, now: Date): Promise<GazetteerEntityView> {
    const columns = Object.entries(fields).filter(([f, v]) => COLUMNS[type][f] && v !== undefined);
    return this.write(async (tx) => {
      const [existing]: Array<{ key: string }> = await tx.query(`SELECT key FROM ${TABLE[type]} WHERE key = $1 FOR UPDATE`, [key]);
      if (existing) {
        if (columns.length > 0) {
          const sets = columns.map(([f], i) => `${COLUMNS[type][f]} = $${i + 2}`);
          await tx.query(`UPDATE ${TABLE[type]} SET ${sets.join(', ')} WHERE key = $1`, [key, ...columns.map(([, v]) => v)]);
        }
      } else {
        if (!fields.nameEn || !fields.kind) throw new DomainError('INPUT.INVALID', 'A new entry needs nameEn and kind.');
        const names = columns.map(([f]) => COLUMNS[type][f]);
        await tx.query(
          `INSERT INTO ${TABLE[type]} (key, origin, ${names.join(', ')}) VALUES ($1, 'staff', ${names.map((_, i) => `$${i + 2}`).join(', ')})`,
          [key, ...columns.map(([, v]) => v)],
        );
      }
      await this.audit.append(tx, { actorId, action: existing ? `gazetteer.${type}.updated` : `gazetteer.${type}.created`, targetType: type, targetId: key, details: { fields: columns.map(([f]) => f) } }, now);
      return this.get(type, key, tx);
    });
  }

  async remove(type: GazetteerEntityType, key: string, actorId: string, now: Date): Promise<void> {
    await this.write(async (tx) => {
      const [row]: Array<{ origin: string }> = await tx.query(`SELECT origin FROM ${TABLE[type]} WHERE key = $1 FOR UPDATE`, [key]);
      if (!row) throw new DomainError('RESOURCE.NOT_FOUND', `No ${type} with key "${key}".`);
      if (row.origin === 'seed') throw new DomainError('RESOURCE.CONFLICT', 'Seeded entries cannot be deleted (the seed would restore them); edit them instead.');
      await tx.query(`DELETE FROM entity_aliases WHERE entity_type = $1 AND entity_key = $2`, [type, key]);
      await tx.query(`DELETE FROM ${TABLE[type]} WHERE key = $1`, [key]);
      await this.audit.append(tx, { actorId, action: `gazetteer.${type}.deleted`, targetType: type, targetId: key }, now);
    });
  }

  async addAlias(type: GazetteerEntityType, key: string, alias: string, actorId: string, now: Date): Promise<GazetteerEntityView> {
    return this.write(async (tx) => {
      await this.get(type, key, tx);
      await tx.query(`INSERT INTO entity_aliases (entity_type, entity_key, alias, origin) VALUES ($1,$2,$3,'staff') ON CONFLICT DO NOTHING`, [type, key, alias]);
      await this.audit.append(tx, { actorId, action: `gazetteer.alias.added`, targetType: type, targetId: key }, now);
      return this.get(type, key, tx);
    });
  }

  async removeAlias(type: GazetteerEntityType, key: string, aliasId: string, actorId: string, now: Date): Promise<GazetteerEntityView> {
    return this.write(async (tx) => {
      const [, affected]: [unknown, number] = await tx.query(`DELETE FROM entity_aliases WHERE id = $1::bigint AND entity_type = $2 AND entity_key = $3 AND origin = 'staff'`, [aliasId, type, key]);
      if (affected !== 1) throw new DomainError('RESOURCE.NOT_FOUND', 'No staff-added alias with this id on this entry (seeded aliases stay).');
      await this.audit.append(tx, { actorId, action: `gazetteer.alias.removed`, targetType: type, targetId: key, details: { aliasId } }, now);
      return this.get(type, key, tx);
    });
  }

  /** Runs a write; foreign-key and check violations become 400s with a plain message. */
  private async write<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (e) {
      const code = (e as { driverError?: { code?: string }; code?: string }).driverError?.code ?? (e as { code?: string }).code;
      if (code === '23503') throw new DomainError('INPUT.INVALID', 'A related key (parent, host, location or organization) does not exist.');
      if (code === '23514' || code === '22P02' || code === '22001') throw new DomainError('INPUT.INVALID', 'A value is not valid for this field.');
      throw e;
    }
  }

  private async aliasesOf(tx: EntityManager, type: GazetteerEntityType, keys: string[]): Promise<Map<string, GazetteerEntityView['aliases']>> {
    const map = new Map<string, GazetteerEntityView['aliases']>();
    if (keys.length === 0) return map;
    const rows: Array<{ id: string; entity_key: string; alias: string; origin: 'seed' | 'staff' }> = await tx.query(
      `SELECT id::text AS id, entity_key, alias, origin FROM entity_aliases WHERE entity_type = $1 AND entity_key = ANY($2::text[]) ORDER BY alias`,
      [type, keys],
    );
    for (const r of rows) map.set(r.entity_key, [...(map.get(r.entity_key) ?? []), { id: r.id, alias: r.alias, origin: r.origin }]);
    return map;
  }

  private toView(type: GazetteerEntityType, row: Record<string, unknown>, aliases: GazetteerEntityView['aliases']): GazetteerEntityView {
    const fields: Record<string, unknown> = {};
    for (const [field, column] of Object.entries(COLUMNS[type])) fields[field] = row[column] ?? null;
    return { type, key: row.key as string, origin: row.origin as 'seed' | 'staff', fields, aliases };
  }
}
