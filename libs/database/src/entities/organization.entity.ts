import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'organizations' })
export class OrganizationEntity {
  /** Stable key from known-entities.json (e.g. `psb_fuzhou`) or assigned by staff. */
  @PrimaryColumn('text')
  key!: string;

  @Column('text', { name: 'name_en' })
  nameEn!: string;

  @Column('text', { array: true, name: 'names_zh', default: () => "'{}'" })
  namesZh!: string[];

  @Column('text')
  kind!: string;

  @Column('char', { length: 2, name: 'country_code', nullable: true })
  countryCode!: string | null;

  @Column('text', { nullable: true })
  city!: string | null;

  @Column('text', { nullable: true })
  address!: string | null;

  @Column('text', { nullable: true })
  status!: string | null;

  /** For stations: confirmed in court / reported / unverified / weak / placeholder. */
  @Column('text', { nullable: true })
  confidence!: string | null;

  @Column('text', { name: 'parent_key', nullable: true })
  parentKey!: string | null;

  @Column('text', { name: 'host_key', nullable: true })
  hostKey!: string | null;

  @Column('text', { name: 'location_key', nullable: true })
  locationKey!: string | null;

  @Column('text', { nullable: true })
  source!: string | null;

  @Column('text', { nullable: true })
  note!: string | null;

  /** `seed` or `staff`. */
  @Column('text')
  origin!: string;
}
