import type { DimensionId } from '../dimensions';
import { OTHER_CITY, UNKNOWN } from '../dimensions';
import type { ReleasedCell, ReleasedTable } from '../release';

/** Display names for codes, from the taxonomy and the gazetteer. Missing names fall back to the code. */
export interface Labels {
  readonly countries?: Readonly<Record<string, string>>;
  readonly incidentTypes?: Readonly<Record<string, string>>;
  readonly organizations?: Readonly<Record<string, string>>;
}

/** One output column: its header, its HXL hashtag, what it holds, and how to read it from a cell. */
export interface Column {
  readonly name: string;
  readonly hxl: string;
  readonly description: string;
  readonly value: (cell: ReleasedCell, labels: Labels) => string | number | boolean | null;
}

const label = (names: Readonly<Record<string, string>> | undefined, code: string | undefined): string => {
  if (code === undefined) return '';
  if (code === UNKNOWN) return 'Unknown';
  return names?.[code] ?? code;
};
const code = (d: DimensionId) => (cell: ReleasedCell): string => cell.coordinates[d] ?? '';

const DIMENSION_COLUMNS: Readonly<Record<DimensionId, readonly Column[]>> = {
  country: [
    { name: 'country_code', hxl: '#country+code', description: 'ISO 3166-1 alpha-2 code, or `unknown`.', value: code('country') },
    { name: 'country_name', hxl: '#country+name', description: 'Country name.', value: (c, l) => label(l.countries, c.coordinates.country) },
  ],
  city: [
    {
      name: 'city',
      hxl: '#adm2+name',
      description: 'City, or `other` for the rest of the country (unlisted cities and reports without a city).',
      value: (c) => (c.coordinates.city === OTHER_CITY ? 'other' : (c.coordinates.city ?? '')),
    },
  ],
  month: [{ name: 'month', hxl: '#date+month', description: 'Month of the incident, YYYY-MM, or `unknown`.', value: code('month') }],
  quarter: [{ name: 'quarter', hxl: '#date+quarter', description: 'Quarter of the incident, YYYY-Qn, or `unknown`.', value: code('quarter') }],
  year: [{ name: 'year', hxl: '#date+year', description: 'Year of the incident, or `unknown`.', value: code('year') }],
  incidentType: [
    { name: 'incident_type', hxl: '#event+type+code', description: 'Incident type id from the TNR Watch taxonomy.', value: code('incidentType') },
    { name: 'incident_type_label', hxl: '#event+type+name', description: 'Incident type label.', value: (c, l) => label(l.incidentTypes, c.coordinates.incidentType) },
  ],
  organization: [
    { name: 'organization', hxl: '#org+code', description: 'Gazetteer key of the organization.', value: code('organization') },
    { name: 'organization_name', hxl: '#org+name', description: 'Organization name (English).', value: (c, l) => label(l.organizations, c.coordinates.organization) },
  ],
};

const COUNT_COLUMNS: readonly Column[] = [
  {
    name: 'reports',
    hxl: '#affected+reports',
    description: 'Number of verified reports; empty (CSV) or null (JSON) when suppressed.',
    value: (c) => c.count,
  },
  { name: 'suppressed', hxl: '#meta+suppressed', description: '`true` when the count is withheld to protect reporters.', value: (c) => c.suppressed },
];

/** The columns of a table, in order: its dimensions' columns, then the count and the suppression flag. */
export function columnsOf(table: Pick<ReleasedTable, 'dimensions'>): Column[] {
  return [...table.dimensions.flatMap((d) => DIMENSION_COLUMNS[d]), ...COUNT_COLUMNS];
}
