import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'locations' })
export class LocationEntity {
  @PrimaryColumn('text')
  key!: string;

  /** `country`, `region`, `city` or `address`. */
  @Column('text')
  kind!: string;

  @Column('text', { name: 'name_en' })
  nameEn!: string;

  @Column('text', { array: true, name: 'names_zh', default: () => "'{}'" })
  namesZh!: string[];

  @Column('char', { length: 2, name: 'country_code', nullable: true })
  countryCode!: string | null;

  @Column('double precision', { nullable: true })
  lat!: number | null;

  @Column('double precision', { nullable: true })
  lon!: number | null;

  @Column('text', { name: 'related_org_key', nullable: true })
  relatedOrgKey!: string | null;

  @Column('text', { nullable: true })
  source!: string | null;

  @Column('text', { nullable: true })
  note!: string | null;

  @Column('text')
  origin!: string;
}
