import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'staff_users' })
export class StaffUserEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text', { unique: true })
  username!: string;

  /** Argon2id. */
  @Column('text', { name: 'password_hash' })
  passwordHash!: string;

  /** `admin`, `moderator` or `analyst`. */
  @Column('text')
  role!: string;

  @Column('boolean', { default: false })
  disabled!: boolean;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}
