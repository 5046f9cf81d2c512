import type { Coordinates } from '../cell-space';
import { OTHER_CITY, UNKNOWN, monthsOfYear, quarterOfMonth, yearOfPeriod } from '../dimensions';
import type { ReportGroup } from '../input';
import type { Release } from '../release';

/** A published number as a function of the data: the reports at `points`, carrying `member` if set. */
export interface LinearForm {
  readonly points: readonly number[];
  readonly member: { readonly kind: 'type' | 'organization'; readonly index: number } | null;
}

/**
 * The attacker's unknowns. Every report has one single-valued "point" (country, city bucket,
 * month) and two member sets (incident types, organizations). A published number is the count
 * of reports whose point matches its coordinates (and, for a member table, whose set contains
 * the member): a linear form over the unknown counts of every possible (point, sets).
 *
 * The domain is every value the release mentions or the data holds; the attacker is assumed to
 * know it (the taxonomy, the gazetteer, the calendar), so zero counts are unknowns too unless a
 * published zero pins them.
 */
export class AttackerModel {
  readonly points: ReadonlyArray<{ country: string; bucket: string; month: string }>;
  readonly types: readonly string[];
  readonly organizations: readonly string[];
  private readonly pointIndex = new Map<string, number>();
  private readonly listedCities: ReadonlyMap<string, ReadonlySet<string>> | null;

  constructor(release: Release, groups: readonly ReportGroup[]) {
    const countries = new Set<string>([UNKNOWN]);
    const months = new Set<string>([UNKNOWN]);
    const types = new Set<string>();
    const orgs = new Set<string>();
    const listed = new Map<string, Set<string>>();
    let hasCityTable = false;
    for (const table of release.tables) {
      if (table.dimensions.includes('city')) hasCityTable = true;
      for (const { coordinates: c } of table.cells) {
        if (c.country) countries.add(c.country);
        if (c.city && c.country && c.city !== OTHER_CITY) listed.set(c.country, (listed.get(c.country) ?? new Set()).add(c.city));
        if (c.month) months.add(c.month);
        for (const period of [c.quarter, c.year]) {
          if (period && period !== UNKNOWN) monthsOfYear(yearOfPeriod(period)).forEach((m) => months.add(m));
        }
        if (c.incidentType) types.add(c.incidentType);
        if (c.organization) orgs.add(c.organization);
      }
    }
    for (const g of groups) {
      countries.add(g.country ?? UNKNOWN);
      months.add(g.month ?? UNKNOWN);
      g.incidentTypes.forEach((t) => types.add(t));
      g.organizations.forEach((o) => orgs.add(o));
    }
    this.listedCities = hasCityTable ? listed : null;
    const points: Array<{ country: string; bucket: string; month: string }> = [];
    for (const country of [...countries].sort()) {
      const buckets = this.listedCities ? [...(this.listedCities.get(country) ?? []), OTHER_CITY] : ['*'];
      for (const bucket of buckets) {
        for (const month of [...months].sort()) {
          this.pointIndex.set(`${country}\u0000${bucket}\u0000${month}`, points.push({ country, bucket, month }) - 1);
        }
      }
    }
    this.points = points;
    this.types = [...types].sort();
    this.organizations = [...orgs].sort();
  }

  /** The point of a group of reports. */
  pointOf(group: ReportGroup): number {
    const country = group.country ?? UNKNOWN;
    const city = group.city;
    const bucket = this.listedCities ? (city !== null && this.listedCities.get(country)?.has(city) ? city : OTHER_CITY) : '*';
    const index = this.pointIndex.get(`${country}\u0000${bucket}\u0000${group.month ?? UNKNOWN}`);
    if (index === undefined) throw new Error('a report group falls outside the audit domain');
    return index;
  }

  /** Which reports a cell counts: those at `points` (carrying `member`, for a member table). */
  formOf(c: Coordinates): LinearForm {
    const member =
      c.incidentType !== undefined
        ? { kind: 'type' as const, index: this.types.indexOf(c.incidentType) }
        : c.organization !== undefined
          ? { kind: 'organization' as const, index: this.organizations.indexOf(c.organization) }
          : null;
    return { points: this.pointsMatching(c), member };
  }

  /**
   * A form in the monomial basis of functions of the member sets: columns are point + P × block,
   * block 0 the monomial 1, then [t ∈ S] per type, then [o ∈ R] per organization.
   */
  monomialVector(form: LinearForm): Map<number, bigint> {
    const { member } = form;
    const block = member === null ? 0 : member.kind === 'type' ? 1 + member.index : 1 + this.types.length + member.index;
    const offset = block * this.points.length;
    return new Map(form.points.map((p) => [offset + p, 1n]));
  }

  /** Points whose values match the single-valued coordinates of a cell. */
  pointsMatching(c: Coordinates): number[] {
    const matches: number[] = [];
    this.points.forEach((p, i) => {
      if (c.country !== undefined && p.country !== c.country) return;
      if (c.city !== undefined && p.bucket !== c.city) return;
      if (c.month !== undefined && p.month !== c.month) return;
      if (c.quarter !== undefined && quarterOfMonth(p.month) !== c.quarter) return;
      if (c.year !== undefined && yearOfPeriod(p.month) !== c.year) return;
      matches.push(i);
    });
    return matches;
  }
}
