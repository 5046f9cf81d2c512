import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { DATA_SOURCE } from '../database.tokens';

export interface OutboxMessage {
  id: string;
  topic: string;
  payload: Record<string, unknown>;
}

@Injectable()
export class OutboxRepository {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  /**
   * Claims up to `limit` messages (rows locked with SKIP LOCKED so several relays never
   * publish the same row at once), hands them to `publish`, and deletes those that were
   * published. If `publish` throws, nothing is deleted and the attempt is counted.
   */
  async relayBatch(limit: number, publish: (messages: OutboxMessage[]) => Promise<void>): Promise<number> {
    let failure: unknown = null;
    const n = await this.dataSource.transaction(async (tx) => {
      const rows: OutboxMessage[] = await tx.query(
        'SELECT id::text AS id, topic, payload FROM outbox ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED',
        [limit],
      );
      if (rows.length === 0) return 0;
      const ids = rows.map((r) => r.id);
      try {
        await publish(rows);
      } catch (e) {
        // Keep the rows, count the attempt, commit that, then report the failure.
        failure = e ?? new Error('publish failed');
        await tx.query('UPDATE outbox SET attempts = attempts + 1 WHERE id = ANY($1::bigint[])', [ids]);
        return 0;
      }
      await tx.query('DELETE FROM outbox WHERE id = ANY($1::bigint[])', [ids]);
      return rows.length;
    });
    if (failure !== null) throw failure;
    return n;
  }

  /**
   * Re-announces reports that should be in the queue but whose job is gone (for example Redis
   * lost it in a crash): called by the reconciler with ids it found missing from the queue.
   */
  async reannounce(topic: string, payloads: Array<Record<string, unknown>>): Promise<void> {
    if (payloads.length === 0) return;
    await this.dataSource.query(
      'INSERT INTO outbox (topic, payload) SELECT $1, p FROM jsonb_array_elements($2::jsonb) AS p',
      [topic, JSON.stringify(payloads)],
    );
  }

  /** Reports waiting for analysis with no outbox row announcing them. */
  async unannouncedPendingReports(limit: number): Promise<Array<{ reportId: string; revision: number }>> {
    return this.dataSource.query(
      `SELECT r.id AS "reportId", r.revision
         FROM reports r
        WHERE r.status IN ('submitted','processing')
          AND (r.processed_revision IS NULL OR r.processed_revision < r.revision)
          AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.payload->>'reportId' = r.id::text)
        ORDER BY r.created_on, r.id
        LIMIT $1`,
      [limit],
    );
  }
}
