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

function checkCount(reports: number, where: string): void {
  if (!Number.isSafeInteger(reports) || reports < 0) invalid(`${where}: reports must be a non-negative integer`);
}

function checkCountry(country: string | null, where: string): string {
  if (country === null) return UNKNOWN;
  if (!COUNTRY.test(country)) invalid(`${where}: country must be an ISO 3166-1 alpha-2 code or null`);
  return country;
}

function checkKey(value: string, where: string): void {
  if (value.length === 0 || value.length > MAX_LABEL || value.includes('\u0000')) invalid(`${where}: must be 1–${MAX_LABEL} characters`);
}

/** Validates the roll-ups and puts them on one domain (see DomainRule). */
export function normaliseInput(input: DisclosureInput, reference: ReferenceData, rule: DomainRule): NormalisedData {
  const strict = rule.kind === 'reference';
  const countrySet = new Set(reference.countries ?? []);
  for (const c of countrySet) checkCountry(c, 'reference.countries');
  const yearSet = new Set<string>();
  if (reference.years) {
    const { from, to } = reference.years;
    if (!Number.isInteger(from) || !Number.isInteger(to) || from > to || from < 1900 || to > 2200) {
      throw new DisclosureError('DISCLOSURE.INVALID_CONFIG', 'reference.years must be integers with from ≤ to');
    }
    for (let y = from; y <= to; y++) yearSet.add(String(y));
  }
  const inDomain = (what: string, known: boolean): void => {
    if (strict && !known) throw new DisclosureError('DISCLOSURE.OUT_OF_DOMAIN', `a ${what} in the roll-ups is not in the reference data`);
  };

  const places = new Map<string, { country: string; city: string | null; month: string; reports: number }>();
  input.places.forEach((row: PlaceMonthCount, i) => {
    const where = `places[${i}]`;
    checkCount(row.reports, where);
    const country = checkCountry(row.country, where);
    if (row.month !== null && !isMonth(row.month)) invalid(`${where}: month must be YYYY-MM or null`);
    if (row.city !== null) checkKey(row.city, `${where}.city`);
    const month = row.month ?? UNKNOWN;
    // A city literally called "other" would collide with the bucket of unlisted cities.
    const city = country === UNKNOWN || row.city === OTHER_CITY ? null : row.city;
    if (country !== UNKNOWN) inDomain('country', countrySet.has(country));
    if (month !== UNKNOWN) inDomain('year', yearSet.has(yearOfPeriod(month)));
    if (row.reports === 0) return;
    if (country !== UNKNOWN) countrySet.add(country);
    if (month !== UNKNOWN) yearSet.add(yearOfPeriod(month));
    const key = `${country}\u0000${city ?? ''}\u0000${month}`;
    const existing = places.get(key);
    places.set(key, { country, city, month, reports: (existing?.reports ?? 0) + row.reports });
  });

  const countries = [...countrySet, UNKNOWN].sort(compareValues);
  const years = [...yearSet, UNKNOWN].sort(compareValues);
  const listedCities = chooseCities([...places.values()], countries, reference, rule);
  const bucketed = new Map<string, { country: string; bucket: string; month: string; reports: number }>();
  for (const p of places.values()) {
    const bucket = p.city !== null && listedCities.get(p.country)?.includes(p.city) ? p.city : OTHER_CITY;
    const key = `${p.country}\u0000${bucket}\u0000${p.month}`;
    const existing = bucketed.get(key);
    bucketed.set(key, { country: p.country, bucket, month: p.month, reports: (existing?.reports ?? 0) + p.reports });
  }

  const reportsPerCountryYear = new Map<string, number>();
  for (const p of places.values()) {
    const key = `${p.country}\u0000${yearOfPeriod(p.month)}`;
    reportsPerCountryYear.set(key, (reportsPerCountryYear.get(key) ?? 0) + p.reports);
  }
  const roles = new Map<string, OrganizationRole>((reference.organizations ?? []).map((o) => [o.key, o.role]));
  const members = (rows: readonly MemberCount[], known: Iterable<string>, what: string): Map<string, MemberCell[]> =>
    normaliseMembers(rows, new Set(known), what, reportsPerCountryYear, { strict, countrySet, yearSet });

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
  places: ReadonlyArray<{ country: string; city: string | null; reports: number }>,
  countries: readonly string[],
  reference: ReferenceData,
  rule: DomainRule,
): Map<string, string[]> {
  const listed = new Map<string, string[]>();
  if (rule.kind === 'reference') {
    for (const country of countries) {
      const cities = reference.cities?.[country] ?? [];
      cities.forEach((c) => checkKey(c, `reference.cities.${country}`));
      listed.set(country, [...new Set(cities)].filter((c) => c !== OTHER_CITY).sort(compareValues));
    }
    return listed;
  }
  const totals = new Map<string, Map<string, number>>();
  for (const p of places) {
    if (p.city === null) continue;
    const perCity = totals.get(p.country) ?? new Map<string, number>();
    perCity.set(p.city, (perCity.get(p.city) ?? 0) + p.reports);
    totals.set(p.country, perCity);
  }
  for (const country of countries) {
    const perCity = totals.get(country);
    const cities = perCity ? [...perCity].filter(([, n]) => n >= rule.minCityReports).map(([c]) => c) : [];
    listed.set(country, cities.sort(compareValues));
  }
  return listed;
}

function normaliseMembers(
  rows: readonly MemberCount[],
  known: Set<string>,
  what: string,
  reportsPerCountryYear: ReadonlyMap<string, number>,
  domain: { strict: boolean; countrySet: ReadonlySet<string>; yearSet: ReadonlySet<string> },
): Map<string, MemberCell[]> {
  const cells = new Map<string, Map<string, MemberCell>>();
  for (const member of known) {
    checkKey(member, `${what} reference`);
    cells.set(member, new Map());
  }
  rows.forEach((row, i) => {
    const where = `${what}[${i}]`;
    checkCount(row.reports, where);
    checkKey(row.member, `${where}.member`);
    const country = checkCountry(row.country, where);
    if (row.year !== null && !isYear(row.year)) invalid(`${where}: year must be YYYY or null`);
    const year = row.year ?? UNKNOWN;
    if (domain.strict && !known.has(row.member)) {
      throw new DisclosureError('DISCLOSURE.OUT_OF_DOMAIN', `a member of ${what} is not in the reference data`);
    }
    if (row.reports === 0) return;
    const perMember = cells.get(row.member) ?? new Map<string, MemberCell>();
    cells.set(row.member, perMember);
    const key = `${country}\u0000${year}`;
    const reports = (perMember.get(key)?.reports ?? 0) + row.reports;
    // A report carries a member at most once, so no cell can exceed the reports of its (country, year).
    if (reports > (reportsPerCountryYear.get(key) ?? 0)) {
      throw new DisclosureError('DISCLOSURE.INCONSISTENT_INPUT', `${what} roll-up counts more reports than the places roll-up for some (country, year)`);
    }
    perMember.set(key, { country, year, reports });
  });
  const sorted = [...cells.keys()].sort(compareValues);
  return new Map(sorted.map((m) => [m, [...(cells.get(m) ?? new Map<string, MemberCell>()).values()]]));
}
