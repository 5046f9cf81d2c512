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
export { auditRelease, type AuditFinding, type AuditOptions, type AuditReport } from './audit/audit';
export { columnsOf, type Column, type Labels } from './formats/columns';
export { csvField, protectFormula } from './formats/csv';
export { toCityGeoJson, type CityFeature, type CityFeatureCollection, type CityLocation } from './formats/geojson';
export { toCsv, toHxlCsv, toJsonRelease, toJsonTable, type JsonTable } from './formats/tabular';
export { releaseMetadata, type ProtectionDescription, type ReleaseMetadata } from './metadata';
