import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Server-side sessions. Only the SHA-256 of the 256-bit token is stored. */
@Entity({ name: 'staff_sessions' })
export class StaffSessionEntity {
  @PrimaryColumn('text', { name: 'token_hash' })
  tokenHash!: string;

  @Column('uuid', { name: 'user_id' })
  userId!: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'last_seen_at' })
  lastSeenAt!: Date;

  @Column('timestamptz', { name: 'expires_at' })
  expiresAt!: Date;

  /** `session`, or `enrolment` for the step between the password and the first TOTP code. */
  @Column('text', { default: 'session' })
  purpose!: 'session' | 'enrolment';
}
