import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Transactional outbox: written in the same transaction as the change it announces, relayed
 * to the queue by the worker, deleted once published. No timestamp: the order of ids is
 * enough and a time here would date the submission precisely.
 */
@Entity({ name: 'outbox' })
export class OutboxEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  /** A job name from @tnr/queue-contracts. */
  @Column('text')
  topic!: string;

  /** The job payload: ids and revisions only, never text. */
  @Column('jsonb')
  payload!: Record<string, unknown>;

  @Column('int', { default: 0 })
  attempts!: number;
}
