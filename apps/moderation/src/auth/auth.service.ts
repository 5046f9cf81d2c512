import { Injectable } from '@nestjs/common';
import { DomainError } from '@tnr/domain';
import { AuditRepository, StaffRepository, type StaffPrincipal, type StaffRole } from '@tnr/database';
import * as argon2 from 'argon2';
import { randomBytes, randomUUID } from 'node:crypto';
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS } from './permissions';

/** Argon2id parameters (OWASP: m=19 MiB, t=2 is the floor; we use more). */
export const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 65536, timeCost: 3, parallelism: 1 } as const;

@Injectable()
export class AuthService {
  /** Verified against when the username is unknown, so both cases cost the same. */
  private readonly dummyHash: Promise<string> = argon2.hash(randomBytes(32).toString('hex'), ARGON2_OPTIONS);

  constructor(
    private readonly staff: StaffRepository,
    private readonly audit: AuditRepository,
  ) {}

  /** Same error, same work for an unknown user, a wrong password or a disabled account. */
  async login(username: string, password: string, now: Date): Promise<{ token: string; principal: StaffPrincipal }> {
    const user = await this.staff.findByUsername(username);
    const hash = user?.passwordHash ?? (await this.dummyHash);
    const ok = await argon2.verify(hash, password).catch(() => false);
    if (!user || !ok || user.disabled) {
      await this.audit.appendStandalone({ actorId: user?.id ?? null, action: 'auth.login.failed' }, now);
      throw new DomainError('AUTH.INVALID_CREDENTIALS', 'Wrong username or password.');
    }
    const token = randomBytes(32).toString('base64url');
    await this.staff.createSession(token, user.id, now, SESSION_ABSOLUTE_MS);
    await this.audit.appendStandalone({ actorId: user.id, action: 'auth.login' }, now);
    return { token, principal: { id: user.id, username: user.username, role: user.role as StaffRole } };
  }

  async resolve(token: string, now: Date): Promise<StaffPrincipal | null> {
    if (token.length < 20 || token.length > 100) return null;
    return this.staff.resolveSession(token, now, SESSION_IDLE_MS);
  }

  async logout(token: string, principal: StaffPrincipal, now: Date): Promise<void> {
    await this.staff.deleteSession(token);
    await this.audit.appendStandalone({ actorId: principal.id, action: 'auth.logout' }, now);
  }

  /** Creates a staff account (used by `npm run admin:create` and the first start). */
  async createUser(username: string, password: string, role: StaffRole, now: Date): Promise<string> {
    const id = randomUUID();
    await this.staff.create({ id, username, passwordHash: await argon2.hash(password, ARGON2_OPTIONS), role });
    await this.audit.appendStandalone({ actorId: null, action: 'staff.created', targetType: 'staff_user', targetId: id, details: { role } }, now);
    return id;
  }
}
