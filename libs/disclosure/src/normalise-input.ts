import { DisclosureError } from './errors';
import type { OrganizationRole } from './dimensions';
import { OTHER_CITY, UNKNOWN, compareValues, isMonth, isYear, yearOfPeriod } from './dimensions';
import type { DisclosureInput, MemberCount, PlaceMonthCount, ReferenceData } from './input';

/** Reports of one member (incident type or organization) in one (country, year). */
export interface MemberCell {
  readonly country: string;
  readonly year: string;
  readonly reports: number;
}

/** Validated input on a fixed domain: nulls became `unknown`, cities became buckets. */
export interface NormalisedData {
  /** Sorted, `unknown` last (always present). */
  readonly countries: readonly string[];
  /** Sorted calendar years, `unknown` last (always present). */
  readonly years: readonly string[];
  /** Per country, the cities listed in by-city; every other report of the country is in `other`. */
  readonly listedCities: ReadonlyMap<string, readonly string[]>;
  /** Reports per (country, city bucket, month), month `unknown` allowed. */
  readonly places: ReadonlyArray<{ readonly country: string; readonly bucket: string; readonly month: string; readonly reports: number }>;
  readonly incidentTypes: ReadonlyMap<string, readonly MemberCell[]>;
  readonly organizations: ReadonlyMap<string, readonly MemberCell[]>;
  readonly organizationRoles: ReadonlyMap<string, OrganizationRole>;
}

/** How cities are chosen for by-city and whether values outside the reference data are errors. */
export type DomainRule =
  | { readonly kind: 'data'; readonly minCityReports: number }
  | { readonly kind: 'reference' };

const COUNTRY = /^[A-Z]{2}$/;
const MAX_LABEL = 200;

function invalid(message: string): never {
  throw new DisclosureError('DISCLOSURE.INVALID_INPUT', message);
}

/**
 * Field checks, remembering the values already accepted (a roll-up repeats a few hundred
 * countries, months and cities over its rows). Errors name the row (`what[index]`), never the value.
 */
class FieldChecks {
  private readonly countries = new Set<string>();
  private readonly months = new Set<string>();
  private readonly years = new Set<string>();
  private readonly keys = new Set<string>();

  count(reports: number, what: string, index: number): void {
    if (!Number.isSafeInteger(reports) || reports < 0) invalid(`${what}[${index}]: reports must be a non-negative integer`);
  }

  country(country: string | null, what: string, index: number): string {
    if (country === null) return UNKNOWN;
    if (!this.countries.has(country)) {
      if (!COUNTRY.test(country)) invalid(`${what}[${index}]: country must be an ISO 3166-1 alpha-2 code or null`);
      this.countries.add(country);
    }
    return country;
  }

  month(month: string | null, what: string, index: number): string {
    if (month === null) return UNKNOWN;
    if (!this.months.has(month)) {
      if (!isMonth(month)) invalid(`${what}[${index}]: month must be YYYY-MM or null`);
      this.months.add(month);
    }
    return month;
  }

  year(year: string | null, what: string, index: number): string {
    if (year === null) return UNKNOWN;
    if (!this.years.has(year)) {
      if (!isYear(year)) invalid(`${what}[${index}]: year must be YYYY or null`);
      this.years.add(year);
    }
    return year;
  }

  key(value: string, what: string, index: number, field: string): void {
    if (!this.keys.has(value)) {
      checkKey(value, `${what}[${index}].${field}`);
      this.keys.add(value);
    }
  }
}

function checkKey(value: string, where: string): void {
  if (value.length === 0 || value.length > MAX_LABEL || value.includes('\u0000')) invalid(`${where}: must be 1–${MAX_LABEL} characters`);
}

/** Validates the roll-ups and puts them on one domain (see DomainRule). */
export function normaliseInput(input: DisclosureInput, reference: ReferenceData, rule: DomainRule): NormalisedData {
  const strict = rule.kind === 'reference';
  const checks = new FieldChecks();
  const countrySet = new Set((reference.countries ?? []).map((c, i) => checks.country(c, 'reference.countries', i)));
  const yearSet = new Set<string>();
  if (reference.years) {
    const { from, to } = reference.years;
    if (!Number.isInteger(from) || !Number.isInteger(to) || from > to || from < 1900 || to > 2200) {
      throw new DisclosureError('DISCLOSURE.INVALID_CONFIG', 'reference.years must be integers with from ≤ to');
    }
    for (let y = from; y <= to; y++) yearSet.add(String(y));
  }
  const outOfDomain = (what: string): never => {
    throw new DisclosureError('DISCLOSURE.OUT_OF_DOMAIN', `a ${what} in the roll-ups is not in the reference data`);
  };

  // Pass 1: validate, collect the domain, the reports per city and per (country, year).
  const cityTotals = new Map<string, Map<string, number>>();
  const reportsPerCountryYear = new Map<string, number>();
  const rows: Array<{ country: string; city: string | null; month: string; reports: number }> = [];
  input.places.forEach((row: PlaceMonthCount, i) => {
    checks.count(row.reports, 'places', i);
    const country = checks.country(row.country, 'places', i);
    const month = checks.month(row.month, 'places', i);
    if (row.city !== null) checks.key(row.city, 'places', i, 'city');
    const year = yearOfPeriod(month);
    if (strict && ((country !== UNKNOWN && !countrySet.has(country)) || (year !== UNKNOWN && !yearSet.has(year)))) outOfDomain('country or year');
    if (row.reports === 0) return;
    if (country !== UNKNOWN) countrySet.add(country);
    if (year !== UNKNOWN) yearSet.add(year);
    // A city literally called "other" would collide with the bucket of unlisted cities.
    const city = country === UNKNOWN || row.city === OTHER_CITY ? null : row.city;
    rows.push({ country, city, month, reports: row.reports });
    if (city !== null) {
      const perCity = cityTotals.get(country) ?? new Map<string, number>();
      perCity.set(city, (perCity.get(city) ?? 0) + row.reports);
      cityTotals.set(country, perCity);
    }
    const cy = `${country}\u0000${year}`;
    reportsPerCountryYear.set(cy, (reportsPerCountryYear.get(cy) ?? 0) + row.reports);
  });

  // Pass 2: cities into buckets, merging rows that land in the same (country, bucket, month).
  const countries = [...countrySet, UNKNOWN].sort(compareValues);
  const years = [...yearSet, UNKNOWN].sort(compareValues);
  const listedCities = chooseCities(cityTotals, countries, reference, rule);
  const listed = new Map([...listedCities].map(([c, cities]) => [c, new Set(cities)]));
  const bucketed = new Map<string, { country: string; bucket: string; month: string; reports: number }>();
  for (const p of rows) {
    const bucket = p.city !== null && listed.get(p.country)?.has(p.city) ? p.city : OTHER_CITY;
    const key = `${p.country}\u0000${bucket}\u0000${p.month}`;
    const existing = bucketed.get(key);
    if (existing) existing.reports += p.reports;
    else bucketed.set(key, { country: p.country, bucket, month: p.month, reports: p.reports });
  }

  const roles = new Map<string, OrganizationRole>((reference.organizations ?? []).map((o) => [o.key, o.role]));
  const members = (memberRows: readonly MemberCount[], known: Iterable<string>, what: string): Map<string, MemberCell[]> =>
    normaliseMembers(memberRows, new Set(known), what, reportsPerCountryYear, checks, strict);

  return {
    countries,
    years,
    listedCities,
    places: [...bucketed.values()],
    incidentTypes: members(input.incidentTypes, reference.incidentTypes ?? [], 'incidentTypes'),
    organizations: members(input.organizations, roles.keys(), 'organizations'),
    organizationRoles: roles,
  };
}

function chooseCities(
  cityTotals: ReadonlyMap<string, ReadonlyMap<string, number>>,
  countries: readonly string[],
  reference: ReferenceData,
  rule: DomainRule,
): Map<string, string[]> {
  const listed = new Map<string, string[]>();
  for (const country of countries) {
    if (rule.kind === 'reference') {
      const cities = reference.cities?.[country] ?? [];
      cities.forEach((c) => checkKey(c, `reference.cities.${country}`));
      listed.set(country, [...new Set(cities)].filter((c) => c !== OTHER_CITY).sort(compareValues));
    } else {
      const perCity = cityTotals.get(country);
      const cities = perCity ? [...perCity].filter(([, n]) => n >= rule.minCityReports).map(([c]) => c) : [];
      listed.set(country, cities.sort(compareValues));
    }
  }
  return listed;
}

function normaliseMembers(
  rows: readonly MemberCount[],
  known: Set<string>,
  what: string,
  reportsPerCountryYear: ReadonlyMap<string, number>,
  checks: FieldChecks,
  strict: boolean,
): Map<string, MemberCell[]> {
  const cells = new Map<string, Map<string, MemberCell>>();
  [...known].forEach((member, i) => {
    checks.key(member, `reference.${what}`, i, 'key');
    cells.set(member, new Map());
  });
  rows.forEach((row, i) => {
    checks.count(row.reports, what, i);
    checks.key(row.member, what, i, 'member');
    const country = checks.country(row.country, what, i);
    const year = checks.year(row.year, what, i);
    if (strict && !known.has(row.member)) {
      throw new DisclosureError('DISCLOSURE.OUT_OF_DOMAIN', `a member of ${what} is not in the reference data`);
    }
    if (row.reports === 0) return;
    let perMember = cells.get(row.member);
    if (!perMember) cells.set(row.member, (perMember = new Map()));
    const key = `${country}\u0000${year}`;
    const existing = perMember.get(key);
    const reports = (existing?.reports ?? 0) + row.reports;
    // A report carries a member at most once, so no cell can exceed the reports of its (country, year).
    if (reports > (reportsPerCountryYear.get(key) ?? 0)) {
      throw new DisclosureError('DISCLOSURE.INCONSISTENT_INPUT', `${what} roll-up counts more reports than the places roll-up for some (country, year)`);
    }
    perMember.set(key, { country, year, reports });
  });
  const sorted = [...cells.keys()].sort(compareValues);
  return new Map(sorted.map((m) => [m, [...(cells.get(m) ?? new Map<string, MemberCell>()).values()]]));
}
