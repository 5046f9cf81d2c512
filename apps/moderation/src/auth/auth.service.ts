import { Injectable } from '@nestjs/common';
import { DomainError } from '@tnr/domain';
import { AuditRepository, StaffRepository, type StaffPrincipal, type StaffRole } from '@tnr/database';
import { NarrativeCipher } from '@tnr/platform';
import * as argon2 from 'argon2';
import { ARGON2_OPTIONS } from './staff-accounts';
import { createHmac, randomBytes } from 'node:crypto';
import { LoginThrottle } from './login-throttle';
import { ENROLMENT_MS, SESSION_ABSOLUTE_MS, SESSION_IDLE_MS } from './permissions';
import { newTotpEnrolment, verifyTotp, type TotpEnrolment } from './totp';

export interface LoginSuccess {
  status: 'ok';
  token: string;
  csrfToken: string;
  principal: StaffPrincipal;
}

export interface EnrolmentRequired {
  status: 'enrolment_required';
  enrolmentToken: string;
  enrolment: TotpEnrolment;
}

const INVALID = () => new DomainError('AUTH.INVALID_CREDENTIALS', 'Wrong username, password or code.');

/** Associated data binding a sealed TOTP secret to its account. */
function totpAad(userId: string): string {
  return `staff-totp:${userId}`;
}

/** The CSRF token of a session: derived from the session token, so nothing more is stored. */
export function csrfTokenFor(sessionToken: string): string {
  return createHmac('sha256', sessionToken).update('tnr-csrf-v1').digest('base64url');
}

@Injectable()
export class AuthService {
  /** Verified against when the username is unknown, so both cases cost the same. */
  private readonly dummyHash: Promise<string> = argon2.hash(randomBytes(32).toString('hex'), ARGON2_OPTIONS);

  constructor(
    private readonly staff: StaffRepository,
    private readonly audit: AuditRepository,
    private readonly cipher: NarrativeCipher,
    private readonly throttle: LoginThrottle,
  ) {}

  /**
   * Password and, once enrolled, a TOTP code in one request. An unknown user, a wrong
   * password, a disabled account, a wrong or reused code all get the same error after the
   * same hashing work. A correct password for an account without TOTP starts enrolment.
   */
  async login(username: string, password: string, code: string | undefined, now: Date): Promise<LoginSuccess | EnrolmentRequired> {
    if (!this.throttle.allows(username, now.getTime())) {
      await this.audit.appendStandalone({ actorId: null, action: 'auth.login.throttled' }, now);
      throw new DomainError('AUTH.THROTTLED', 'Too many attempts. Try again in 15 minutes.');
    }
    const checked = await this.throttle.withCheckSlot(async () => {
      const user = await this.staff.findByUsername(username);
      const ok = await argon2.verify(user?.passwordHash ?? (await this.dummyHash), password).catch(() => false);
      return { user, ok };
    });
    if (!checked) throw new DomainError('AUTH.THROTTLED', 'The service is busy. Try again in a minute.');
    const { user, ok } = checked;
    if (!user || !ok || user.disabled) return this.fail(username, user?.id ?? null, 'password', now);

    if (!user.totpEnrolledAt || !user.totpSecretCiphertext || !user.totpSecretWrappedKey) {
      this.throttle.recordSuccess(username);
      return this.startEnrolment(user.id, user.username, now);
    }
    const secret = this.cipher.decrypt(totpAad(user.id), { ciphertext: user.totpSecretCiphertext, wrappedKey: user.totpSecretWrappedKey });
    const step = code ? await verifyTotp(secret, code, now.getTime(), user.totpLastStep === null ? null : Number(user.totpLastStep)) : null;
    if (step === null || !(await this.staff.acceptTotpStep(user.id, step, now))) return this.fail(username, user.id, code ? 'totp' : 'totp_missing', now);
    this.throttle.recordSuccess(username);
    return this.openSession({ id: user.id, username: user.username, role: user.role as StaffRole }, now);
  }

  /** Completes enrolment with the first code from the new secret, and logs in. */
  async enrol(enrolmentToken: string, code: string, now: Date): Promise<LoginSuccess> {
    const principal = await this.staff.resolveSession(enrolmentToken, now, ENROLMENT_MS, 'enrolment');
    if (!principal) throw new DomainError('AUTH.UNAUTHENTICATED', 'The enrolment has expired. Log in again.');
    const user = await this.staff.findById(principal.id);
    if (!user?.totpSecretCiphertext || !user.totpSecretWrappedKey) throw new DomainError('AUTH.UNAUTHENTICATED', 'The enrolment has expired. Log in again.');
    const secret = this.cipher.decrypt(totpAad(user.id), { ciphertext: user.totpSecretCiphertext, wrappedKey: user.totpSecretWrappedKey });
    const step = await verifyTotp(secret, code, now.getTime(), null);
    if (step === null || !(await this.staff.acceptTotpStep(user.id, step, now))) {
      await this.audit.appendStandalone({ actorId: user.id, action: 'auth.enrolment.failed' }, now);
      throw INVALID();
    }
    await this.staff.deleteSession(enrolmentToken);
    await this.audit.appendStandalone({ actorId: user.id, action: 'auth.totp.enrolled', targetType: 'staff_user', targetId: user.id }, now);
    return this.openSession(principal, now);
  }

  async resolve(token: string, now: Date): Promise<StaffPrincipal | null> {
    if (token.length < 20 || token.length > 100) return null;
    return this.staff.resolveSession(token, now, SESSION_IDLE_MS);
  }

  async logout(token: string, principal: StaffPrincipal, now: Date): Promise<void> {
    await this.staff.deleteSession(token);
    await this.audit.appendStandalone({ actorId: principal.id, action: 'auth.logout' }, now);
  }

  private async startEnrolment(userId: string, username: string, now: Date): Promise<EnrolmentRequired> {
    const enrolment = await newTotpEnrolment(username);
    await this.staff.setPendingTotpSecret(userId, this.cipher.encrypt(totpAad(userId), enrolment.secret));
    const enrolmentToken = randomBytes(32).toString('base64url');
    await this.staff.createSession(enrolmentToken, userId, now, ENROLMENT_MS, 'enrolment');
    await this.audit.appendStandalone({ actorId: userId, action: 'auth.enrolment.started', targetType: 'staff_user', targetId: userId }, now);
    return { status: 'enrolment_required', enrolmentToken, enrolment };
  }

  private async openSession(principal: StaffPrincipal, now: Date): Promise<LoginSuccess> {
    const token = randomBytes(32).toString('base64url');
    await this.staff.createSession(token, principal.id, now, SESSION_ABSOLUTE_MS);
    await this.audit.appendStandalone({ actorId: principal.id, action: 'auth.login' }, now);
    return { status: 'ok', token, csrfToken: csrfTokenFor(token), principal };
  }

  private async fail(username: string, userId: string | null, reason: string, now: Date): Promise<never> {
    this.throttle.recordFailure(username, now.getTime());
    await this.audit.appendStandalone({ actorId: userId, action: 'auth.login.failed', details: { reason } }, now);
    throw INVALID();
  }
}
