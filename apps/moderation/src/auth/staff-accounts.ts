import { AuditRepository, StaffRepository, type StaffRole } from '@tnr/database';
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { AuthService } from './auth.service';

export const STAFF_ROLES: readonly StaffRole[] = ['admin', 'moderator', 'analyst'];

/**
 * Creates a staff account outside the HTTP app (`npm run admin:create`, first start).
 * Returns the generated password, to be shown once.
 */
export async function createStaffAccount(dataSource: DataSource, username: string, role: StaffRole): Promise<string> {
  if (!/^[a-z0-9._-]{3,64}$/i.test(username)) throw new Error('username must be 3–64 letters, digits, dots, dashes or underscores');
  if (!STAFF_ROLES.includes(role)) throw new Error(`role must be one of ${STAFF_ROLES.join(', ')}`);
  const staff = new StaffRepository(dataSource);
  if (await staff.findByUsername(username)) throw new Error(`a staff account named "${username}" already exists`);
  const password = randomBytes(18).toString('base64url');
  await new AuthService(staff, new AuditRepository(dataSource)).createUser(username, password, role, new Date());
  return password;
}

/** Creates `admin` when there is no staff account at all; returns its password, or null. */
export async function bootstrapFirstAdmin(dataSource: DataSource): Promise<{ username: string; password: string } | null> {
  if ((await new StaffRepository(dataSource).count()) > 0) return null;
  return { username: 'admin', password: await createStaffAccount(dataSource, 'admin', 'admin') };
}
