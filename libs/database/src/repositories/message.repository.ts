import { Inject, Injectable } from '@nestjs/common';
import { DomainError } from '@tnr/domain';
import type { DataSource } from 'typeorm';
import { DATA_SOURCE } from '../database.tokens';

export interface SealedMessage {
  id: string;
  author: 'staff' | 'reporter';
  bodyCiphertext: Buffer;
  bodyWrappedKey: Buffer;
  createdOn: string;
}

/** A message whose body was deleted under the retention rule: who wrote it and the day stay. */
export interface PurgedMessage {
  id: string;
  author: 'staff' | 'reporter';
  bodyCiphertext: null;
  bodyWrappedKey: null;
  createdOn: string;
}

@Injectable()
export class MessageRepository {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  async add(message: { id: string; reportId: string; author: 'staff' | 'reporter'; staffId: string | null; bodyCiphertext: Buffer; bodyWrappedKey: Buffer; createdOn: string }): Promise<void> {
    const inserted: unknown[] = await this.dataSource.query(
      `INSERT INTO report_messages (id, report_id, author, staff_id, body_ciphertext, body_wrapped_key, created_on)
       SELECT $1, r.id, $3, $4, $5, $6, $7 FROM reports r WHERE r.id = $2 RETURNING id`,
      [message.id, message.reportId, message.author, message.staffId, message.bodyCiphertext, message.bodyWrappedKey, message.createdOn],
    );
    if (inserted.length === 0) throw new DomainError('REPORT.NOT_FOUND', 'No such report.');
  }

  /** Messages that still have their body, oldest first (bodies deleted under retention are left out). */
  async list(reportId: string): Promise<SealedMessage[]> {
    return (await this.conversation(reportId)).filter((m): m is SealedMessage => m.bodyCiphertext !== null);
  }

  /** Every message, oldest first, including those whose body was deleted under retention. */
  async conversation(reportId: string): Promise<Array<SealedMessage | PurgedMessage>> {
    return this.dataSource.query(
      `SELECT id, author, body_ciphertext AS "bodyCiphertext", body_wrapped_key AS "bodyWrappedKey", created_on::text AS "createdOn"
         FROM report_messages WHERE report_id = $1 ORDER BY seq`,
      [reportId],
    );
  }

  /**
   * Deletes the bodies (ciphertext and wrapped key) of messages on reports decided at least
   * `retentionDays` days before `today`, once the message itself is that old too (a reporter's
   * late answer gets its full retention). The row, its author and day stay.
   */
  async purgeBodies(today: string, retentionDays: number): Promise<number> {
    const [, affected]: [unknown, number] = await this.dataSource.query(
      `UPDATE report_messages m SET body_ciphertext = NULL, body_wrapped_key = NULL, body_purged_on = $1::date
         FROM reports r
        WHERE m.report_id = r.id AND m.body_purged_on IS NULL
          AND r.decided_on IS NOT NULL AND r.status IN ('verified', 'rejected', 'duplicate')
          AND r.decided_on <= $1::date - $2::int
          AND m.created_on <= $1::date - $2::int`,
      [today, retentionDays],
    );
    return affected;
  }
}
