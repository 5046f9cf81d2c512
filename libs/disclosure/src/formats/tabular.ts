import type { Release, ReleasedTable } from '../release';
import { columnsOf, type Labels } from './columns';
import { csvDocument } from './csv';

const text = (v: string | number | boolean | null): string => (v === null ? '' : String(v));

/** A table as RFC 4180 CSV: one header row, one row per cell. */
export function toCsv(table: ReleasedTable, labels: Labels = {}): string {
  const columns = columnsOf(table);
  return csvDocument([columns.map((c) => c.name), ...table.cells.map((cell) => columns.map((c) => text(c.value(cell, labels))))]);
}

/** The same CSV with HXL hashtags as a second header row (Humanitarian Exchange Language). */
export function toHxlCsv(table: ReleasedTable, labels: Labels = {}): string {
  const columns = columnsOf(table);
  return csvDocument([
    columns.map((c) => c.name),
    columns.map((c) => c.hxl),
    ...table.cells.map((cell) => columns.map((c) => text(c.value(cell, labels)))),
  ]);
}

/** A table as JSON rows keyed by column name; a suppressed count is `null` with `suppressed: true`. */
export interface JsonTable {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly columns: ReadonlyArray<{ readonly name: string; readonly hxl: string }>;
  readonly rows: ReadonlyArray<Readonly<Record<string, string | number | boolean | null>>>;
}

export function toJsonTable(table: ReleasedTable, labels: Labels = {}): JsonTable {
  const columns = columnsOf(table);
  return {
    id: table.id,
    title: table.title,
    description: table.description,
    columns: columns.map(({ name, hxl }) => ({ name, hxl })),
    rows: table.cells.map((cell) => Object.fromEntries(columns.map((c) => [c.name, c.value(cell, labels)]))),
  };
}

/** A whole release as one JSON document. */
export function toJsonRelease(release: Release, labels: Labels = {}): { releaseId: string; protection: Release['protection']; tables: JsonTable[] } {
  return { releaseId: release.releaseId, protection: release.protection, tables: release.tables.map((t) => toJsonTable(t, labels)) };
}
