import type { DimensionId } from './dimensions';

/** The fixed tables partners can download. Ids are permanent: partners script against them. */
export const TABLE_IDS = [
  'total',
  'by-country',
  'by-city',
  'by-month',
  'by-quarter',
  'by-year',
  'by-incident-type',
  'by-organization',
  'by-bureau',
  'by-station',
  'by-country-quarter',
  'by-country-year',
  'by-incident-type-year',
  'by-incident-type-country',
  'by-organization-year',
  'by-bureau-country',
  'by-station-country',
] as const;
export type TableId = (typeof TABLE_IDS)[number];

/** A documented table: what a partner downloads and what the metadata describes. */
export interface TableDefinition {
  readonly id: TableId;
  readonly title: string;
  readonly description: string;
  /** Columns that identify a cell, in order. `city` always comes with its `country`. */
  readonly dimensions: readonly DimensionId[];
  /** Organization tables restricted to one gazetteer role (bureaus or overseas police stations). */
  readonly organizationRole?: 'bureau' | 'station';
}

const EVERY_REPORT = 'Every verified report is counted exactly once';
const UNKNOWN_COUNTRY = 'reports without a country are counted under `unknown`';
const UNKNOWN_TIME = 'reports without an incident month are counted under `unknown`';
const MULTI = (what: string): string =>
  `A report is counted once under each ${what} it carries, so the rows overlap and do not add up to the number of reports; ` +
  `reports with no ${what} are not counted in this table`;
const BY_ORG = (who: string): string =>
  `${MULTI('linked organization')}. Only confirmed links count. Rows: ${who}`;

/**
 * The catalogue. Time is the month of the incident as the reporter gave it (never the day a
 * report arrived). One-way tables are the margins of the two-way tables: the same number is the
 * same cell everywhere it appears, so a suppressed value is suppressed in every table.
 */
export const TABLE_CATALOGUE: readonly TableDefinition[] = [
  {
    id: 'total',
    title: 'Verified reports',
    description: 'The number of verified reports.',
    dimensions: [],
  },
  {
    id: 'by-country',
    title: 'Verified reports by country',
    description: `Country where the incident took place (ISO 3166-1 alpha-2). ${EVERY_REPORT}; ${UNKNOWN_COUNTRY}.`,
    dimensions: ['country'],
  },
  {
    id: 'by-city',
    title: 'Verified reports by city',
    description:
      `City where the incident took place, within its country. Only cities with at least k verified reports are listed; ` +
      `every other report of the country (another city, or none given) is counted in the country's \`other\` row, so the ` +
      `rows of a country add up to its row in by-country. ${EVERY_REPORT}.`,
    dimensions: ['country', 'city'],
  },
  {
    id: 'by-month',
    title: 'Verified reports by month',
    description: `Month of the incident (YYYY-MM). ${EVERY_REPORT}; ${UNKNOWN_TIME}.`,
    dimensions: ['month'],
  },
  {
    id: 'by-quarter',
    title: 'Verified reports by quarter',
    description: `Calendar quarter of the incident (YYYY-Qn). ${EVERY_REPORT}; ${UNKNOWN_TIME}.`,
    dimensions: ['quarter'],
  },
  {
    id: 'by-year',
    title: 'Verified reports by year',
    description: `Year of the incident. ${EVERY_REPORT}; ${UNKNOWN_TIME}.`,
    dimensions: ['year'],
  },
  {
    id: 'by-incident-type',
    title: 'Verified reports by incident type',
    description: `Incident type from the TNR Watch taxonomy, as confirmed by moderators. ${MULTI('incident type')}.`,
    dimensions: ['incidentType'],
  },
  {
    id: 'by-organization',
    title: 'Verified reports by linked organization',
    description: BY_ORG('every organization of the gazetteer (ministries, bureaus, stations, associations)') + '.',
    dimensions: ['organization'],
  },
  {
    id: 'by-bureau',
    title: 'Verified reports by public security bureau',
    description: BY_ORG('organizations the gazetteer lists as bureaus; the same numbers as in by-organization') + '.',
    dimensions: ['organization'],
    organizationRole: 'bureau',
  },
  {
    id: 'by-station',
    title: 'Verified reports by overseas police station',
    description: BY_ORG('organizations the gazetteer lists as overseas police service stations; the same numbers as in by-organization') + '.',
    dimensions: ['organization'],
    organizationRole: 'station',
  },
  {
    id: 'by-country-quarter',
    title: 'Verified reports by country and quarter',
    description: `Country × quarter of the incident. ${EVERY_REPORT}; ${UNKNOWN_COUNTRY}; ${UNKNOWN_TIME}. Margins: by-country and by-quarter.`,
    dimensions: ['country', 'quarter'],
  },
  {
    id: 'by-country-year',
    title: 'Verified reports by country and year',
    description: `Country × year of the incident. ${EVERY_REPORT}; ${UNKNOWN_COUNTRY}; ${UNKNOWN_TIME}. Margins: by-country and by-year.`,
    dimensions: ['country', 'year'],
  },
  {
    id: 'by-incident-type-year',
    title: 'Verified reports by incident type and year',
    description: `Incident type × year of the incident; ${UNKNOWN_TIME}. ${MULTI('incident type')}. Each type's row adds up to its by-incident-type count.`,
    dimensions: ['incidentType', 'year'],
  },
  {
    id: 'by-incident-type-country',
    title: 'Verified reports by incident type and country',
    description: `Incident type × country; ${UNKNOWN_COUNTRY}. ${MULTI('incident type')}. Each type's row adds up to its by-incident-type count.`,
    dimensions: ['incidentType', 'country'],
  },
  {
    id: 'by-organization-year',
    title: 'Verified reports by linked organization and year',
    description: `${BY_ORG('every organization')}; ${UNKNOWN_TIME}. Each organization's row adds up to its by-organization count.`,
    dimensions: ['organization', 'year'],
  },
  {
    id: 'by-bureau-country',
    title: 'Verified reports by public security bureau and country of the incident',
    description: `${BY_ORG('bureaus')}; ${UNKNOWN_COUNTRY}. Each bureau's row adds up to its by-bureau count.`,
    dimensions: ['organization', 'country'],
    organizationRole: 'bureau',
  },
  {
    id: 'by-station-country',
    title: 'Verified reports by overseas police station and country of the incident',
    description: `${BY_ORG('overseas police stations')}; ${UNKNOWN_COUNTRY}. Each station's row adds up to its by-station count.`,
    dimensions: ['organization', 'country'],
    organizationRole: 'station',
  },
];

/** The definition of a table id (every id in TABLE_IDS has one). */
export function tableDefinition(id: TableId): TableDefinition {
  const found = TABLE_CATALOGUE.find((t) => t.id === id);
  if (!found) throw new Error(`table ${id} is missing from TABLE_CATALOGUE`);
  return found;
}
