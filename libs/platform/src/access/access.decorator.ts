import { SetMetadata } from '@nestjs/common';

/**
 * Every route declares who may call it. The guards of each app deny any route without a
 * declaration, and a test walks every route to prove none is missing.
 */
export type AccessRule =
  | { kind: 'public' }
  | { kind: 'staff'; permission: StaffPermission }
  | { kind: 'staff-login' }
  | { kind: 'ngo'; scope?: string }
  | { kind: 'metrics' };

export const STAFF_PERMISSIONS = [
  'reports:read',
  'reports:triage',
  'reports:decide',
  'raw:read',
  'stats:read',
  'users:manage',
  'gazetteer:manage',
  'ngo-keys:manage',
  'audit:read',
  'queues:admin',
] as const;
export type StaffPermission = (typeof STAFF_PERMISSIONS)[number];

export const ACCESS_RULE = 'tnr:access-rule';

/** Anyone, anonymously (public intake, health probes). */
export const Public = () => SetMetadata(ACCESS_RULE, { kind: 'public' } satisfies AccessRule);
/** A logged-in staff member holding `permission`. */
export const RequiresPermission = (permission: StaffPermission) => SetMetadata(ACCESS_RULE, { kind: 'staff', permission } satisfies AccessRule);
/** The staff login route itself (anonymous but throttled). */
export const StaffLogin = () => SetMetadata(ACCESS_RULE, { kind: 'staff-login' } satisfies AccessRule);
/** A partner NGO's API key. */
export const NgoKey = (scope?: string) => SetMetadata(ACCESS_RULE, { kind: 'ngo', scope } satisfies AccessRule);
/** A metrics scraper holding the configured `METRICS_TOKEN` (or an admin session). */
export const MetricsScrape = () => SetMetadata(ACCESS_RULE, { kind: 'metrics' } satisfies AccessRule);
