export { TABLE_CATALOGUE, TABLE_IDS, tableDefinition, type TableDefinition, type TableId } from './catalogue';
export type { Coordinates } from './cell-space';
export { MULTI_VALUED_DIMENSIONS, OTHER_CITY, UNKNOWN, type DimensionId, type OrganizationRole } from './dimensions';
export { DisclosureError, type DisclosureErrorCode } from './errors';
export { rollUpGroups, type DisclosureInput, type MemberCount, type PlaceMonthCount, type ReferenceData, type ReportGroup } from './input';
export { cryptoRandom, keyedRandom, type RandomSource } from './privacy/random-source';
export type { PrivacyOptions } from './privacy/privacy';
export {
  buildRelease,
  type ProtectionOptions,
  type ProtectionSummary,
  type Release,
  type ReleaseOptions,
  type ReleasedCell,
  type ReleasedTable,
  type SuppressionOptions,
} from './release';
