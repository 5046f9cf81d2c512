import { DisclosureError } from './errors';

/**
 * What a table can be broken down by. Country, city and the three time levels are
 * single-valued: every report has exactly one value (possibly `unknown`). Incident type and
 * organization are multi-valued: a report can carry several, or none.
 */
export type DimensionId = 'country' | 'city' | 'month' | 'quarter' | 'year' | 'incidentType' | 'organization';

/** The value of a single-valued dimension the reporter left empty (country, month and so quarter and year). */
export const UNKNOWN = 'unknown';
/** The city bucket holding reports of a country whose city is not listed (too few reports) or not given. */
export const OTHER_CITY = 'other';

/** Multi-valued dimensions: their cells overlap, so a table's cells do not add up to anything. */
export const MULTI_VALUED_DIMENSIONS: ReadonlySet<DimensionId> = new Set<DimensionId>(['incidentType', 'organization']);

/** What the gazetteer says an organization is; bureau and station tables list only their role. */
export type OrganizationRole = 'bureau' | 'station' | 'other';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const YEAR = /^\d{4}$/;

/** `YYYY-MM` → `YYYY-Qn`; `unknown` stays `unknown`. */
export function quarterOfMonth(month: string): string {
  if (month === UNKNOWN) return UNKNOWN;
  const m = MONTH.exec(month);
  if (!m) throw new DisclosureError('DISCLOSURE.INVALID_INPUT', `month must be YYYY-MM or null`);
  return `${m[1]}-Q${Math.ceil(Number(m[2]) / 3)}`;
}

/** `YYYY-MM` or `YYYY-Qn` → `YYYY`; `unknown` stays `unknown`. */
export function yearOfPeriod(period: string): string {
  return period === UNKNOWN ? UNKNOWN : period.slice(0, 4);
}

export function isMonth(value: string): boolean {
  return MONTH.test(value);
}

export function isYear(value: string): boolean {
  return YEAR.test(value);
}

/** The twelve months of a year, in order. */
export function monthsOfYear(year: string): string[] {
  return Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
}

/** The four quarters of a year, in order. */
export function quartersOfYear(year: string): string[] {
  return [1, 2, 3, 4].map((q) => `${year}-Q${q}`);
}

/** Sort order for dimension values: natural string order, with `unknown` and `other` last. */
export function compareValues(a: string, b: string): number {
  const ra = a === UNKNOWN || a === OTHER_CITY ? 1 : 0;
  const rb = b === UNKNOWN || b === OTHER_CITY ? 1 : 0;
  if (ra !== rb) return ra - rb;
  return a < b ? -1 : a > b ? 1 : 0;
}
