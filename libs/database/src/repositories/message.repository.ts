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

  /** Oldest first. */
  async list(reportId: string): Promise<SealedMessage[]> {
    return this.dataSource.query(
      `SELECT id, author, body_ciphertext AS "bodyCiphertext", body_wrapped_key AS "bodyWrappedKey", created_on::text AS "createdOn"
         FROM report_messages WHERE report_id = $1 ORDER BY seq`,
      [reportId],
    );
  }
}
