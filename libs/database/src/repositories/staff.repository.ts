import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { DATA_SOURCE } from '../database.tokens';
import { StaffSessionEntity, StaffUserEntity } from '../entities';

export type StaffRole = 'admin' | 'moderator' | 'analyst';

export interface StaffPrincipal {
  id: string;
  username: string;
  role: StaffRole;
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

  async count(): Promise<number> {
    return this.dataSource.getRepository(StaffUserEntity).count();
  }

  async create(user: { id: string; username: string; passwordHash: string; role: StaffRole }): Promise<void> {
    await this.dataSource.getRepository(StaffUserEntity).insert({ ...user, disabled: false });
  }

  async createSession(token: string, userId: string, now: Date, absoluteMs: number): Promise<void> {
    await this.dataSource.getRepository(StaffSessionEntity).insert({
      tokenHash: hashSessionToken(token),
      userId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + absoluteMs),
    });
  }

  /**
   * The principal behind a session token, if the session is within both timeouts and the
   * user is still enabled; touches the idle timer. Expired sessions are deleted.
   */
  async resolveSession(token: string, now: Date, idleMs: number): Promise<StaffPrincipal | null> {
    const tokenHash = hashSessionToken(token);
    // UPDATE … RETURNING through TypeORM's postgres driver resolves to [rows, affectedCount].
    const [rows]: [StaffPrincipal[], number] = await this.dataSource.query(
      `UPDATE staff_sessions s SET last_seen_at = $2
         FROM staff_users u
        WHERE s.token_hash = $1 AND u.id = s.user_id AND NOT u.disabled
          AND s.expires_at > $2 AND s.last_seen_at > $3
        RETURNING u.id, u.username, u.role`,
      [tokenHash, now, new Date(now.getTime() - idleMs)],
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
}
