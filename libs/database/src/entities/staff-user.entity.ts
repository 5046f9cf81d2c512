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

  /** The TOTP secret, sealed (AES-256-GCM, user id as associated data). */
  @Column('bytea', { name: 'totp_secret_ciphertext', nullable: true })
  totpSecretCiphertext!: Buffer | null;

  @Column('bytea', { name: 'totp_secret_wrapped_key', nullable: true })
  totpSecretWrappedKey!: Buffer | null;

  /** Null until the first code was entered; login needs a code from then on. */
  @Column('timestamptz', { name: 'totp_enrolled_at', nullable: true })
  totpEnrolledAt!: Date | null;

  /** The last accepted TOTP time step: a code is accepted only for a later step (no reuse). */
  @Column('bigint', { name: 'totp_last_step', nullable: true })
  totpLastStep!: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}
