import { Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** Extra surface forms of an organization or location (English aliases, abbreviations…). */
@Entity({ name: 'entity_aliases' })
@Unique('uq_entity_aliases', ['entityType', 'entityKey', 'alias'])
export class EntityAliasEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  /** `organization` or `location`. */
  @Column('text', { name: 'entity_type' })
  entityType!: string;

  @Column('text', { name: 'entity_key' })
  entityKey!: string;

  @Column('text')
  alias!: string;

  @Column('text')
  origin!: string;
}
