import { mulberry32 } from '../../../scripts/lib/seeded-random';
import type { Coordinates, RandomSource, Release, ReleasedCell, ReportGroup, TableId } from '../src';

/** A report group in one line: country, city, month, incident types, organizations, reports. */
export function group(
  country: string | null,
  city: string | null,
  month: string | null,
  incidentTypes: readonly string[],
  organizations: readonly string[],
  reports: number,
): ReportGroup {
  return { country, city, month, incidentTypes, organizations, reports };
}

/** The released cell of a table at exactly these coordinates. */
export function cellAt(release: Release, table: TableId, coordinates: Coordinates): ReleasedCell {
  const t = release.tables.find((x) => x.id === table);
  const cell = t?.cells.find((c) => JSON.stringify(c.coordinates) === JSON.stringify(coordinates));
  if (!cell) throw new Error(`no cell ${JSON.stringify(coordinates)} in ${table}`);
  return cell;
}

/** Ids of suppressed cells of a table, as `value/value` strings, for compact assertions. */
export function suppressedIn(release: Release, table: TableId): string[] {
  const t = release.tables.find((x) => x.id === table);
  return (t?.cells ?? []).filter((c) => c.suppressed).map((c) => Object.values(c.coordinates).join('/'));
}

/** A seeded, non-cryptographic RandomSource for tests (the corpus generators' mulberry32). */
export function seededRandom(seed: number): RandomSource {
  const random = mulberry32(seed);
  return { uniformInt: (bound) => Math.floor(random() * bound) };
}
