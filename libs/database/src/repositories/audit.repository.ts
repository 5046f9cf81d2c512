import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { DATA_SOURCE } from '../database.tokens';
import { AuditEventEntity } from '../entities';

export interface AuditInput {
  actorId: string | null;
  action: string;
  targetType?: string | null;
  targetId?: string | null;
  /** Identifiers and codes only: never report text, receipts or passwords. */
  details?: Record<string, unknown>;
}

const GENESIS = '0'.repeat(64);
const AUDIT_CHAIN_LOCK = 7_305_119_242;

/** Canonical JSON (sorted keys) so the hash does not depend on key order. */
function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
}

export function auditHash(prevHash: string, e: { occurredAt: Date; actorId: string | null; action: string; targetType: string | null; targetId: string | null; details: Record<string, unknown> }): string {
  return createHash('sha256')
    .update(prevHash)
    .update(canonical({ at: e.occurredAt.toISOString(), actor: e.actorId, action: e.action, targetType: e.targetType, targetId: e.targetId, details: e.details }))
    .digest('hex');
}

@Injectable()
export class AuditRepository {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  /**
   * Appends one event to the hash chain inside the caller's transaction, so the audit row
   * exists exactly when the audited change does. The chain is serialised by a
   * transaction-level advisory lock.
   */
  async append(tx: EntityManager, input: AuditInput, now: Date): Promise<void> {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_CHAIN_LOCK]);
    const last: Array<{ hash: string }> = await tx.query('SELECT hash FROM audit_events ORDER BY id DESC LIMIT 1');
    const prevHash = last[0]?.hash ?? GENESIS;
    // Stored at millisecond precision so the chain re-computes exactly from the row.
    const occurredAt = new Date(Math.floor(now.getTime()));
    const event = {
      occurredAt,
      actorId: input.actorId,
      action: input.action,
      targetType: input.targetType ?? null,
      targetId: input.targetId ?? null,
      details: input.details ?? {},
    };
    await tx.query(
      `INSERT INTO audit_events (occurred_at, actor_id, action, target_type, target_id, details, prev_hash, hash)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8)`,
      [occurredAt, event.actorId, event.action, event.targetType, event.targetId, JSON.stringify(event.details), prevHash, auditHash(prevHash, event)],
    );
  }

  async appendStandalone(input: AuditInput, now: Date): Promise<void> {
    await this.dataSource.transaction((tx) => this.append(tx, input, now));
  }

  /**
   * Re-computes the chain in id order, in batches; returns the id of the first edited,
   * inserted or re-ordered row (a deleted row breaks the next row's link), or null when
   * intact, and the head hash to record elsewhere: truncating the newest rows can only be
   * detected against a head recorded before (`expectHead`).
   */
  async verifyChain(options: { batchSize?: number; expectHead?: string } = {}): Promise<{ checked: number; brokenAt: string | null; head: string; expectedHeadFound: boolean | null }> {
    const batchSize = options.batchSize ?? 5000;
    let prev = GENESIS;
    let checked = 0;
    let lastId = '0';
    let expectedHeadFound: boolean | null = options.expectHead ? false : null;
    for (;;) {
      const rows = await this.dataSource
        .getRepository(AuditEventEntity)
        .createQueryBuilder('a')
        .where('a.id > :lastId', { lastId })
        .orderBy('a.id', 'ASC')
        .limit(batchSize)
        .getMany();
      for (const row of rows) {
        checked += 1;
        if (row.prevHash !== prev || auditHash(prev, row) !== row.hash) return { checked, brokenAt: row.id, head: prev, expectedHeadFound };
        prev = row.hash;
        if (options.expectHead && row.hash === options.expectHead) expectedHeadFound = true;
      }
      if (rows.length < batchSize) return { checked, brokenAt: null, head: prev, expectedHeadFound };
      lastId = rows[rows.length - 1].id;
    }
  }

  /** Newest first, keyset by id; filter by action (exact or `prefix.`) and target. */
  async list(query: { before?: string; action?: string; targetId?: string; limit: number }): Promise<{ items: AuditEventView[]; next: string | null }> {
    const qb = this.dataSource.getRepository(AuditEventEntity).createQueryBuilder('a').orderBy('a.id', 'DESC').limit(query.limit + 1);
    if (query.before) qb.andWhere('a.id < :before', { before: query.before });
    if (query.action) qb.andWhere(query.action.endsWith('.') ? 'starts_with(a.action, :action)' : 'a.action = :action', { action: query.action });
    if (query.targetId) qb.andWhere('a.target_id = :targetId', { targetId: query.targetId });
    const rows = await qb.getMany();
    const page = rows.slice(0, query.limit);
    return {
      items: page.map((r) => ({ id: r.id, occurredAt: r.occurredAt.toISOString(), actorId: r.actorId, action: r.action, targetType: r.targetType, targetId: r.targetId, details: r.details, hash: r.hash })),
      next: rows.length > query.limit ? page[page.length - 1].id : null,
    };
  }
}

export interface AuditEventView {
  id: string;
  occurredAt: string;
  actorId: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  details: Record<string, unknown>;
  hash: string;
}
