import { StaffRepository, type StaffRole } from '@tnr/database';
import * as argon2 from 'argon2';
import { randomBytes, randomUUID } from 'node:crypto';
import { generate } from 'otplib';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { SESSION_ABSOLUTE_MS } from '../../apps/moderation/src/auth/permissions';
import { ARGON2_OPTIONS } from '../../apps/moderation/src/auth/staff-accounts';

/**
 * Staff accounts in tests. Accounts are created with a chosen password and no TOTP; the
 * first `loginStaff` goes through the real enrolment (scan = read the secret from the
 * response), later logins compute codes from that secret like an authenticator app would.
 */
interface Authenticator {
  secret: string;
  /** Last time step whose code was used: a code is never reused, so the next login takes a later step. */
  lastStep: number;
}
const authenticators = new Map<string, Authenticator>();

export async function insertStaff(dataSource: DataSource, username: string, password: string, role: StaffRole): Promise<string> {
  const id = randomUUID();
  await new StaffRepository(dataSource).create({ id, username, passwordHash: await argon2.hash(password, ARGON2_OPTIONS), role });
  return id;
}

/** The next unused code, waiting for the next 30 s step when this one was used already. */
export async function nextTotpCode(auth: Authenticator): Promise<string> {
  let step = Math.floor(Date.now() / 30_000);
  // ±1 step is accepted by the server, so one step ahead works without waiting.
  if (step <= auth.lastStep) step = auth.lastStep + 1;
  while (step > Math.floor(Date.now() / 30_000) + 1) await new Promise((r) => setTimeout(r, 500));
  auth.lastStep = step;
  return generate({ secret: auth.secret, epoch: step * 30 });
}

export interface StaffSession {
  token: string;
  csrfToken: string;
  user: { id: string; username: string; role: StaffRole };
}

/** Logs in (enrolling TOTP on the first login) and returns a bearer session. */
export async function loginStaff(baseUrl: string, username: string, password: string, headers: Record<string, string> = {}): Promise<StaffSession> {
  const key = `${baseUrl}|${username}`;
  let auth = authenticators.get(key);
  if (!auth) {
    const first = await request(baseUrl).post('/v1/auth/login').set(headers).send({ username, password, mode: 'token' }).expect(200);
    if (first.body.status === 'enrolment_required') {
      auth = { secret: first.body.enrolment.secret as string, lastStep: 0 };
      authenticators.set(key, auth);
      const enrolled = await request(baseUrl).post('/v1/auth/enrol').set(headers).send({ enrolmentToken: first.body.enrolmentToken, code: await nextTotpCode(auth), mode: 'token' }).expect(200);
      return enrolled.body as StaffSession;
    }
    throw new Error(`${username} is enrolled but this test process does not know the secret`);
  }
  const res = await request(baseUrl).post('/v1/auth/login').set(headers).send({ username, password, code: await nextTotpCode(auth), mode: 'token' }).expect(200);
  return res.body as StaffSession;
}

/** The authenticator a test enrolled for this user (to compute codes directly). */
export function authenticatorOf(baseUrl: string, username: string): Authenticator | undefined {
  return authenticators.get(`${baseUrl}|${username}`);
}

/** A session row created directly (what a successful login creates), for tests of other routes. */
export async function openSessionDirectly(dataSource: DataSource, username: string): Promise<string> {
  const repo = new StaffRepository(dataSource);
  const user = await repo.findByUsername(username);
  if (!user) throw new Error(`no staff account ${username}`);
  const token = randomBytes(32).toString('base64url');
  await repo.createSession(token, user.id, new Date(), SESSION_ABSOLUTE_MS);
  return token;
}
