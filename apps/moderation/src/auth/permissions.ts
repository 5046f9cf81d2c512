import type { StaffRole } from '@tnr/database';
import { STAFF_PERMISSIONS, type StaffPermission } from '@tnr/platform';

/**
 * What each role may do. Admin: everything (users, gazetteer, NGO keys, audit, queues);
 * moderator: triage, decide, reveal raw text with a reason; analyst: read redacted reports
 * and statistics only.
 */
export const ROLE_PERMISSIONS: Readonly<Record<StaffRole, readonly StaffPermission[]>> = {
  admin: STAFF_PERMISSIONS,
  moderator: ['reports:read', 'reports:triage', 'reports:decide', 'raw:read', 'stats:read'],
  analyst: ['reports:read', 'stats:read'],
};

export function roleHas(role: StaffRole, permission: StaffPermission): boolean {
  return ROLE_PERMISSIONS[role]?.includes(permission) ?? false;
}

export function permissionsOf(role: StaffRole): readonly StaffPermission[] {
  return ROLE_PERMISSIONS[role] ?? [];
}

/** Staff sessions: 30 minutes idle, 8 hours absolute; the enrolment step lasts 10 minutes. */
export const SESSION_IDLE_MS = 30 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 8 * 60 * 60 * 1000;
export const ENROLMENT_MS = 10 * 60 * 1000;
