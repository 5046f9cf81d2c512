import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The ten product types and, with `parent_id`, the fine-grained tactics they group. */
@Entity({ name: 'incident_types' })
export class IncidentTypeEntity {
  @PrimaryColumn('text')
  id!: string;

  @Column('text', { name: 'parent_id', nullable: true })
  parentId!: string | null;

  @Column('text')
  label!: string;

  @Column('text')
  definition!: string;

  @Column('text', { nullable: true })
  source!: string | null;

  @Column('int', { name: 'sort_order', default: 0 })
  sortOrder!: number;
}
