import { Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

@Entity({ name: 'report_links' })
@Unique('uq_report_links_mention', ['reportId', 'entityKey', 'startOffset', 'endOffset'])
export class ReportLinkEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  @Column('uuid', { name: 'report_id' })
  reportId!: string;

  /** `organization` or `location`. */
  @Column('text', { name: 'entity_type' })
  entityType!: string;

  @Column('text', { name: 'entity_key' })
  entityKey!: string;

  /** The entity's fine kind at the time of linking. */
  @Column('text')
  kind!: string;

  @Column('real')
  confidence!: number;

  @Column('int', { name: 'start_offset' })
  startOffset!: number;

  @Column('int', { name: 'end_offset' })
  endOffset!: number;

  @Column('text')
  evidence!: string;

  /** `suggested`, `confirmed` or `rejected`. */
  @Column('text')
  status!: string;

  /** `pipeline` or `staff`. */
  @Column('text')
  origin!: string;
}
