import { DomainError } from '@tnr/domain';
import { AuditRepository, StaffRepository, type StaffRole } from '@tnr/database';
import * as argon2 from 'argon2';
import { randomBytes, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';

/** Argon2id parameters (OWASP: m=19 MiB, t=2 is the floor; we use more). */
export const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 65536, timeCost: 3, parallelism: 1 } as const;

export const STAFF_ROLES: readonly StaffRole[] = ['admin', 'moderator', 'analyst'];
export const USERNAME_PATTERN = /^[a-z0-9._-]{3,64}$/i;

/**
 * Creates a staff account with a generated password (returned, to be shown once). The
 * account has no TOTP yet: its first login enrols an authenticator app.
 */
export async function createStaffUser(
  repos: { staff: StaffRepository; audit: AuditRepository },
  username: string,
  role: StaffRole,
  actorId: string | null,
  now: Date,
): Promise<{ id: string; password: string }> {
  if (!USERNAME_PATTERN.test(username)) throw new DomainError('INPUT.INVALID', 'username must be 3–64 letters, digits, dots, dashes or underscores');
  if (!STAFF_ROLES.includes(role)) throw new DomainError('INPUT.INVALID', `role must be one of ${STAFF_ROLES.join(', ')}`);
  if (await repos.staff.findByUsername(username)) throw new DomainError('RESOURCE.CONFLICT', `a staff account named "${username}" already exists`);
  const id = randomUUID();
  const password = randomBytes(18).toString('base64url');
  await repos.staff.create({ id, username, passwordHash: await argon2.hash(password, ARGON2_OPTIONS), role });
  await repos.audit.appendStandalone({ actorId, action: 'staff.created', targetType: 'staff_user', targetId: id, details: { role } }, now);
  return { id, password };
}

/** `npm run admin:create` and tests: creates an account outside the HTTP app. */
export async function createStaffAccount(dataSource: DataSource, username: string, role: StaffRole): Promise<string> {
  const repos = { staff: new StaffRepository(dataSource), audit: new AuditRepository(dataSource) };
  return (await createStaffUser(repos, username, role, null, new Date())).password;
}

/** Creates `admin` when there is no staff account at all; returns its password, or null. */
export async function bootstrapFirstAdmin(dataSource: DataSource): Promise<{ username: string; password: string } | null> {
  if ((await new StaffRepository(dataSource).count()) > 0) return null;
  return { username: 'admin', password: await createStaffAccount(dataSource, 'admin', 'admin') };
}
