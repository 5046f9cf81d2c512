import type { OrganizationRole } from './dimensions';
import { yearOfPeriod } from './dimensions';

/**
 * The roll-ups a release is computed from. Each is one cheap GROUP BY over verified reports
 * (or over roll-up tables the worker keeps current, adding and subtracting a report's
 * contribution when it is verified or un-verified):
 *
 * ```sql
 * -- places: verified reports per (country, city, incident month)
 * SELECT country_code AS country, city, incident_month AS month, count(*)::int AS reports
 *   FROM reports WHERE status = 'verified' GROUP BY 1, 2, 3;
 * -- incidentTypes: reports carrying each type, per (country, incident year)
 * SELECT t AS member, country_code AS country, left(incident_month, 4) AS year, count(*)::int AS reports
 *   FROM reports, unnest(reported_incident_types) AS t WHERE status = 'verified' GROUP BY 1, 2, 3;
 * -- organizations: the same over DISTINCT (report_id, entity_key) of report_links WHERE status = 'confirmed'
 * ```
 *
 * A report counts once per distinct type or organization. With 1,000,000 reports the three
 * results have at most (countries × cities × months) and (members × countries × years) rows —
 * in practice tens of thousands — whatever the number of reports.
 */
export interface DisclosureInput {
  readonly places: readonly PlaceMonthCount[];
  readonly incidentTypes: readonly MemberCount[];
  readonly organizations: readonly MemberCount[];
}

/** Verified reports per (country, city, incident month). */
export interface PlaceMonthCount {
  /** ISO 3166-1 alpha-2, or null when the report gives no country. */
  readonly country: string | null;
  /** City as normalised by the gazetteer, or null. */
  readonly city: string | null;
  /** `YYYY-MM`, or null when the report gives no month. */
  readonly month: string | null;
  readonly reports: number;
}

/** Verified reports carrying `member` (an incident type id or an organization key) per (country, incident year). */
export interface MemberCount {
  readonly member: string;
  readonly country: string | null;
  /** `YYYY`, or null when the report gives no month. */
  readonly year: string | null;
  readonly reports: number;
}

/**
 * Reference data from the taxonomy and the gazetteer, independent of the reports. Members listed
 * here appear in the tables even with no reports (as true zeros). Differential privacy needs
 * all of it, because there the list of rows must not depend on the data.
 */
export interface ReferenceData {
  readonly countries?: readonly string[];
  readonly incidentTypes?: readonly string[];
  readonly organizations?: ReadonlyArray<{ readonly key: string; readonly role: OrganizationRole }>;
  /** The years of the time axis (inclusive); the years found in the data are always added in suppression mode. */
  readonly years?: { readonly from: number; readonly to: number };
  /** Differential privacy only: the cities that are listed, per country (others count as `other`). */
  readonly cities?: Readonly<Record<string, readonly string[]>>;
}

/** A group of verified reports that share every attribute: the finest grain the audit reasons about. */
export interface ReportGroup {
  readonly country: string | null;
  readonly city: string | null;
  readonly month: string | null;
  readonly incidentTypes: readonly string[];
  readonly organizations: readonly string[];
  readonly reports: number;
}

/**
 * The roll-ups of a set of report groups, computed exactly as the SQL above does. Tests and the
 * benchmark use it; it also serves as the executable definition of the input.
 */
export function rollUpGroups(groups: readonly ReportGroup[]): DisclosureInput {
  const places = new Map<string, PlaceMonthCount>();
  const types = new Map<string, MemberCount>();
  const orgs = new Map<string, MemberCount>();
  const bump = <T extends { reports: number }>(map: Map<string, T>, key: string, row: T): void => {
    const existing = map.get(key);
    map.set(key, existing ? { ...existing, reports: existing.reports + row.reports } : row);
  };
  for (const g of groups) {
    bump(places, JSON.stringify([g.country, g.city, g.month]), { country: g.country, city: g.city, month: g.month, reports: g.reports });
    const year = g.month === null ? null : yearOfPeriod(g.month);
    for (const member of new Set(g.incidentTypes)) {
      bump(types, JSON.stringify([member, g.country, year]), { member, country: g.country, year, reports: g.reports });
    }
    for (const member of new Set(g.organizations)) {
      bump(orgs, JSON.stringify([member, g.country, year]), { member, country: g.country, year, reports: g.reports });
    }
  }
  return { places: [...places.values()], incidentTypes: [...types.values()], organizations: [...orgs.values()] };
}
