import type { StaffRole } from '@tnr/database';
import type { StaffPermission } from '@tnr/platform';

/** What each role may do. Admin: everything; moderator: triage and decide; analyst: read only. */
export const ROLE_PERMISSIONS: Readonly<Record<StaffRole, readonly StaffPermission[]>> = {
  admin: ['reports:read', 'reports:decide', 'raw:read', 'users:manage', 'gazetteer:manage', 'audit:read'],
  moderator: ['reports:read', 'reports:decide', 'raw:read'],
  analyst: ['reports:read'],
};

export function roleHas(role: StaffRole, permission: StaffPermission): boolean {
  return ROLE_PERMISSIONS[role]?.includes(permission) ?? false;
}

/** Staff sessions: 30 minutes idle, 8 hours absolute. */
export const SESSION_IDLE_MS = 30 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 8 * 60 * 60 * 1000;
