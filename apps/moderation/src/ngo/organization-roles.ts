import type { OrganizationRole } from '@tnr/disclosure';

/** Gazetteer kinds published in the bureau table: the public-security side that runs stations and cases. */
const BUREAU_KINDS = new Set(['public_security_bureau', 'ministry_bureau', 'national_ministry_police', 'sar_police_unit', 'ministry_task_force']);
const STATION_KINDS = new Set(['overseas_police_service_station']);

/** Which organization table (bureau, station or only the general one) a gazetteer kind belongs to. */
export function organizationRole(kind: string): OrganizationRole {
  if (STATION_KINDS.has(kind)) return 'station';
  if (BUREAU_KINDS.has(kind)) return 'bureau';
  return 'other';
}
