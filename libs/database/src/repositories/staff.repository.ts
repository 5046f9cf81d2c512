import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { DomainError } from '@tnr/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { DATA_SOURCE } from '../database.tokens';
import { StaffSessionEntity, StaffUserEntity } from '../entities';

export type StaffRole = 'admin' | 'moderator' | 'analyst';

export interface StaffPrincipal {
  id: string;
  username: string;
  role: StaffRole;
}

export type SessionPurpose = 'session' | 'enrolment';

export interface StaffUserView {
  id: string;
  username: string;
  role: StaffRole;
  disabled: boolean;
  totpEnrolled: boolean;
  createdAt: string;
}

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

@Injectable()
export class StaffRepository {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  async findByUsername(username: string): Promise<StaffUserEntity | null> {
    return this.dataSource.getRepository(StaffUserEntity).findOne({ where: { username } });
  }

  async findById(id: string): Promise<StaffUserEntity | null> {
    return this.dataSource.getRepository(StaffUserEntity).findOne({ where: { id } });
  }

  async list(): Promise<StaffUserView[]> {
    const rows = await this.dataSource.getRepository(StaffUserEntity).find({ order: { username: 'ASC' } });
    return rows.map((u) => toView(u));
  }

  /** Stores a new, not yet confirmed TOTP secret (sealed); enrolment completes with a code. */
  async setPendingTotpSecret(userId: string, sealed: { ciphertext: Buffer; wrappedKey: Buffer }): Promise<void> {
    await this.dataSource.getRepository(StaffUserEntity).update(
      { id: userId },
      { totpSecretCiphertext: sealed.ciphertext, totpSecretWrappedKey: sealed.wrappedKey, totpEnrolledAt: null, totpLastStep: null },
    );
  }

  /**
   * Records `step` as the last accepted TOTP time step if it is later than the previous one,
   * atomically, so a code cannot be used twice even by two racing requests. Also completes
   * enrolment. Returns false when the step was already used.
   */
  async acceptTotpStep(userId: string, step: number, now: Date): Promise<boolean> {
    const [, affected]: [unknown, number] = await this.dataSource.query(
      `UPDATE staff_users SET totp_last_step = $2, totp_enrolled_at = COALESCE(totp_enrolled_at, $3)
        WHERE id = $1 AND totp_secret_ciphertext IS NOT NULL AND (totp_last_step IS NULL OR totp_last_step < $2)`,
      [userId, step, now],
    );
    return affected === 1;
  }

  async count(): Promise<number> {
    return this.dataSource.getRepository(StaffUserEntity).count();
  }

  async create(user: { id: string; username: string; passwordHash: string; role: StaffRole }): Promise<void> {
    await this.dataSource.getRepository(StaffUserEntity).insert({ ...user, disabled: false });
  }

  async createSession(token: string, userId: string, now: Date, absoluteMs: number, purpose: SessionPurpose = 'session'): Promise<void> {
    await this.dataSource.getRepository(StaffSessionEntity).insert({
      tokenHash: hashSessionToken(token),
      userId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + absoluteMs),
      purpose,
    });
  }

  /**
   * The principal behind a session token, if the session is within both timeouts and the
   * user is still enabled; touches the idle timer. Expired sessions are deleted.
   */
  async resolveSession(token: string, now: Date, idleMs: number, purpose: SessionPurpose = 'session'): Promise<StaffPrincipal | null> {
    const tokenHash = hashSessionToken(token);
    // UPDATE … RETURNING through TypeORM's postgres driver resolves to [rows, affectedCount].
    const [rows]: [StaffPrincipal[], number] = await this.dataSource.query(
      `UPDATE staff_sessions s SET last_seen_at = $2
         FROM staff_users u
        WHERE s.token_hash = $1 AND u.id = s.user_id AND NOT u.disabled
          AND s.expires_at > $2 AND s.last_seen_at > $3 AND s.purpose = $4
        RETURNING u.id, u.username, u.role`,
      [tokenHash, now, new Date(now.getTime() - idleMs), purpose],
    );
    if (rows.length === 0) {
      await this.dataSource.getRepository(StaffSessionEntity).delete({ tokenHash });
      return null;
    }
    return rows[0];
  }

  async deleteSession(token: string): Promise<void> {
    await this.dataSource.getRepository(StaffSessionEntity).delete({ tokenHash: hashSessionToken(token) });
  }

  /**
   * Changes role and/or disabled flag and ends every session of the user in the same
   * transaction, so a demoted or disabled account loses access at once. `audit` runs inside
   * the transaction. Throws RESOURCE.NOT_FOUND for an unknown id.
   */
  async update(id: string, change: { role?: StaffRole; disabled?: boolean; resetTotp?: boolean }, audit: (tx: EntityManager) => Promise<void>): Promise<StaffUserView> {
    return this.dataSource.transaction(async (tx) => {
      const user = await tx.getRepository(StaffUserEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw new DomainError('RESOURCE.NOT_FOUND', 'No such staff account.');
      const patch: Partial<StaffUserEntity> = {};
      if (change.role !== undefined) patch.role = change.role;
      if (change.disabled !== undefined) patch.disabled = change.disabled;
      if (change.resetTotp) Object.assign(patch, { totpSecretCiphertext: null, totpSecretWrappedKey: null, totpEnrolledAt: null, totpLastStep: null });
      if (Object.keys(patch).length > 0) await tx.getRepository(StaffUserEntity).update({ id }, patch);
      await tx.getRepository(StaffSessionEntity).delete({ userId: id });
      await audit(tx);
      return toView({ ...user, ...patch } as StaffUserEntity);
    });
  }

}

function toView(u: StaffUserEntity): StaffUserView {
  return { id: u.id, username: u.username, role: u.role as StaffRole, disabled: u.disabled, totpEnrolled: u.totpEnrolledAt !== null, createdAt: u.createdAt.toISOString() };
}
