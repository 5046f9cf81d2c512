import { Inject, Injectable } from '@nestjs/common';
import { coarseDate, DomainError } from '@tnr/domain';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { DATA_SOURCE } from '../database.tokens';
import { AuditRepository } from './audit.repository';

/** What a partner key may read. */
export const NGO_KEY_SCOPES = ['statistics:read', 'metadata:read'] as const;
export type NgoKeyScope = (typeof NGO_KEY_SCOPES)[number];

export interface NgoKeyView {
  id: string;
  name: string;
  /** The first characters of the key, to recognise it; the rest is never stored. */
  prefix: string;
  scopes: NgoKeyScope[];
  expiresOn: string | null;
  revoked: boolean;
  createdOn: string;
  lastUsedOn: string | null;
}

export interface ResolvedNgoKey {
  id: string;
  scopes: NgoKeyScope[];
}

const KEY_PATTERN = /^tnr_([A-Za-z0-9]{8})_([A-Za-z0-9_-]{43})$/;

/** Keys have 256 random bits, so a plain SHA-256 is a safe one-way store (no salt needed). */
function hashKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/**
 * API keys of partner NGOs, created by admins: shown once, stored hashed, scoped, expiring,
 * revocable. Every change is audited in the same transaction.
 */
@Injectable()
export class NgoKeyRepository {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly audit: AuditRepository,
  ) {}

  async create(input: { name: string; scopes: NgoKeyScope[]; expiresOn: string | null }, actorId: string | null, now: Date): Promise<{ key: string; view: NgoKeyView }> {
    const id = randomUUID();
    const prefix = randomBytes(6).toString('base64url').replace(/[-_]/g, 'x').slice(0, 8);
    const key = `tnr_${prefix}_${randomBytes(32).toString('base64url')}`;
    await this.dataSource.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO ngo_api_keys (id, name, key_prefix, key_hash, scopes, expires_on, created_by, created_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8)`,
        [id, input.name, prefix, hashKey(key), input.scopes, input.expiresOn, actorId, now],
      );
      await this.audit.append(tx, { actorId, action: 'ngo_key.created', targetType: 'ngo_api_key', targetId: id, details: { scopes: input.scopes, expiresOn: input.expiresOn } }, now);
    });
    return { key, view: await this.get(id) };
  }

  async list(): Promise<NgoKeyView[]> {
    const rows: Row[] = await this.dataSource.query(`${SELECT} ORDER BY created_at DESC`);
    return rows.map(toView);
  }

  async get(id: string): Promise<NgoKeyView> {
    const rows: Row[] = await this.dataSource.query(`${SELECT} WHERE id = $1`, [id]);
    if (!rows[0]) throw new DomainError('RESOURCE.NOT_FOUND', 'No such API key.');
    return toView(rows[0]);
  }

  async revoke(id: string, actorId: string, now: Date): Promise<NgoKeyView> {
    await this.dataSource.transaction(async (tx) => {
      const [, affected]: [unknown, number] = await tx.query(`UPDATE ngo_api_keys SET revoked_at = COALESCE(revoked_at, $2) WHERE id = $1`, [id, now]);
      if (affected !== 1) throw new DomainError('RESOURCE.NOT_FOUND', 'No such API key.');
      await this.audit.append(tx, { actorId, action: 'ngo_key.revoked', targetType: 'ngo_api_key', targetId: id }, now);
    });
    return this.get(id);
  }

  /** The key's id and scopes when it exists, is not revoked and has not expired; marks the day it was used. */
  async resolve(key: string, now: Date): Promise<ResolvedNgoKey | null> {
    if (!KEY_PATTERN.test(key)) return null;
    const today = coarseDate(now);
    // Writes only on the first use of a day, so reads stay reads.
    const rows: Array<{ id: string; scopes: NgoKeyScope[] }> = await this.dataSource.query(
      `WITH k AS (
         SELECT id, scopes FROM ngo_api_keys
          WHERE key_hash = $1 AND revoked_at IS NULL AND (expires_on IS NULL OR expires_on >= $2::date)
       ), touched AS (
         UPDATE ngo_api_keys n SET last_used_on = $2::date FROM k WHERE n.id = k.id AND n.last_used_on IS DISTINCT FROM $2::date
       )
       SELECT id, scopes FROM k`,
      [hashKey(key), today],
    );
    return rows[0] ?? null;
  }
}

const SELECT = `SELECT id, name, key_prefix, scopes, expires_on::text AS expires_on, revoked_at, created_at, last_used_on::text AS last_used_on FROM ngo_api_keys`;

interface Row {
  id: string;
  name: string;
  key_prefix: string;
  scopes: NgoKeyScope[];
  expires_on: string | null;
  revoked_at: Date | null;
  created_at: Date;
  last_used_on: string | null;
}

function toView(r: Row): NgoKeyView {
  return {
    id: r.id,
    name: r.name,
    prefix: `tnr_${r.key_prefix}_…`,
    scopes: r.scopes,
    expiresOn: r.expires_on,
    revoked: r.revoked_at !== null,
    createdOn: coarseDate(r.created_at),
    lastUsedOn: r.last_used_on,
  };
}
