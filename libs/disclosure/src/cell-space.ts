import type { TableDefinition } from './catalogue';
import type { DimensionId } from './dimensions';
import { OTHER_CITY, UNKNOWN, monthsOfYear, quarterOfMonth, quartersOfYear } from './dimensions';
import { Tree, pairKey, productRelations, type PairKey } from './hierarchy';
import type { MemberCell, NormalisedData } from './normalise-input';

/** Which values a cell is about, e.g. `{ country: 'NL', quarter: '2021-Q1' }`. */
export type Coordinates = Readonly<Partial<Record<DimensionId, string>>>;

/** `total` = sum of `parts` (cell ids): an equation every reader of the release knows. */
export interface CellRelation {
  readonly total: number;
  readonly parts: readonly number[];
}

/** The cells of one published table, in a stable order. */
export interface TableCells {
  readonly definition: TableDefinition;
  readonly cells: ReadonlyArray<{ readonly coordinates: Coordinates; readonly cell: number }>;
}

/**
 * Every distinct number of a release, with the relations between them. A number that appears in
 * several tables (a margin, or an organization in by-organization and by-bureau) is one cell.
 * Cells fall into independent slices: the single-valued slice `G` (country, city, time) and
 * one slice per incident type and per organization. No linear relation links two slices: the
 * count of reports carrying type A is a different function of the reports than anything built
 * from G or from other types (see README.md, "Why slices are independent").
 */
export interface CellSpace {
  readonly keys: readonly string[];
  readonly values: readonly number[];
  readonly sliceOf: readonly number[];
  readonly slices: readonly string[];
  readonly relations: readonly CellRelation[];
  /**
   * Pairs (G cell, member cell) where the member cell counts a subset of the G cell's reports
   * at the same coordinates: `by-country` NL and `by-incident-type-country` (t, NL), or
   * `by-year` 2021 and `by-organization-year` (o, 2021). A published member cell bounds its G
   * cell (from below, and a published zero from above together with the member's total), so a
   * suppressed G cell must take those member cells with it.
   */
  readonly links: ReadonlyArray<readonly [number, number]>;
  readonly tables: readonly TableCells[];
}

interface Pattern {
  readonly table: TableDefinition;
  readonly geoLevel: string;
  readonly timeLevel: string;
  readonly member?: { readonly dimension: DimensionId; readonly value: string };
}

interface SliceSpec {
  readonly id: string;
  readonly geo: Tree;
  readonly time: Tree;
  /** Reports per (geo leaf, time leaf). */
  readonly finest: ReadonlyMap<PairKey, number>;
  readonly patterns: readonly Pattern[];
}

const SEP = '\u0000';

/** Builds the cells, relations and table layouts of the chosen tables. */
export function buildCellSpace(data: NormalisedData, tables: readonly TableDefinition[]): CellSpace {
  const builder = new CellSpaceBuilder(tables);
  builder.addSlice(placeSlice(data, tables));
  const typeTables = tables.filter((t) => family(t) === 'incidentType');
  for (const [type, cells] of data.incidentTypes) {
    builder.addSlice(memberSlice(`T:${type}`, data, cells, typeTables, { dimension: 'incidentType', value: type }));
  }
  const orgTables = tables.filter((t) => family(t) === 'organization');
  for (const [org, cells] of data.organizations) {
    const role = data.organizationRoles.get(org) ?? 'other';
    const own = orgTables.filter((t) => t.organizationRole === undefined || t.organizationRole === role);
    builder.addSlice(memberSlice(`O:${org}`, data, cells, own, { dimension: 'organization', value: org }));
  }
  return builder.build();
}

function family(table: TableDefinition): 'place' | 'incidentType' | 'organization' {
  if (table.dimensions.includes('incidentType')) return 'incidentType';
  if (table.dimensions.includes('organization')) return 'organization';
  return 'place';
}

function levels(table: TableDefinition): { geoLevel: string; timeLevel: string } {
  const has = (d: DimensionId): boolean => table.dimensions.includes(d);
  const geoLevel = has('city') ? 'city' : has('country') ? 'country' : 'all';
  const timeLevel = has('month') ? 'month' : has('quarter') ? 'quarter' : has('year') ? 'year' : 'all';
  return { geoLevel, timeLevel };
}

function placeSlice(data: NormalisedData, tables: readonly TableDefinition[]): SliceSpec {
  const geo = new Tree('*', 'all');
  for (const country of data.countries) {
    geo.add('*', `c:${country}`, 'country');
    for (const city of [...(data.listedCities.get(country) ?? []), OTHER_CITY]) geo.add(`c:${country}`, `b:${country}/${city}`, 'city');
  }
  const time = new Tree('*', 'all');
  for (const year of data.years) {
    time.add('*', `y:${year}`, 'year');
    if (year === UNKNOWN) {
      time.add(`y:${year}`, `q:${UNKNOWN}`, 'quarter');
      time.add(`q:${UNKNOWN}`, `m:${UNKNOWN}`, 'month');
      continue;
    }
    for (const quarter of quartersOfYear(year)) time.add(`y:${year}`, `q:${quarter}`, 'quarter');
    for (const month of monthsOfYear(year)) time.add(`q:${quarterOfMonth(month)}`, `m:${month}`, 'month');
  }
  const finest = new Map<PairKey, number>();
  for (const p of data.places) {
    const key = pairKey(`b:${p.country}/${p.bucket}`, `m:${p.month}`);
    finest.set(key, (finest.get(key) ?? 0) + p.reports);
  }
  const patterns = tables.filter((t) => family(t) === 'place').map((table) => ({ table, ...levels(table) }));
  return { id: 'G', geo, time, finest, patterns };
}

function memberSlice(
  id: string,
  data: NormalisedData,
  cells: readonly MemberCell[],
  tables: readonly TableDefinition[],
  member: { dimension: DimensionId; value: string },
): SliceSpec {
  const geo = new Tree('*', 'all');
  for (const country of data.countries) geo.add('*', `c:${country}`, 'country');
  const time = new Tree('*', 'all');
  for (const year of data.years) time.add('*', `y:${year}`, 'year');
  const finest = new Map<PairKey, number>();
  for (const c of cells) finest.set(pairKey(`c:${c.country}`, `y:${c.year}`), c.reports);
  return { id, geo, time, finest, patterns: tables.map((table) => ({ table, ...levels(table), member })) };
}

/** `c:NL` → `{ country: 'NL' }`, `b:NL/Amsterdam` → `{ country, city }`, `q:2021-Q1` → `{ quarter }`. */
function nodeCoordinates(node: string): Partial<Record<DimensionId, string>> {
  if (node === '*') return {};
  const value = node.slice(2);
  switch (node[0]) {
    case 'c':
      return { country: value };
    case 'b': {
      const slash = value.indexOf('/');
      return { country: value.slice(0, slash), city: value.slice(slash + 1) };
    }
    case 'y':
      return { year: value };
    case 'q':
      return { quarter: value };
    case 'm':
      return { month: value };
    default:
      throw new Error(`unexpected node ${node}`);
  }
}

class CellSpaceBuilder {
  private readonly keys: string[] = [];
  private readonly values: number[] = [];
  private readonly sliceOf: number[] = [];
  private readonly slices: string[] = [];
  private readonly relations: CellRelation[] = [];
  private readonly links: Array<readonly [number, number]> = [];
  private readonly index = new Map<string, number>();
  private readonly tableCells: Map<string, Array<{ coordinates: Coordinates; cell: number }>>;

  constructor(private readonly tables: readonly TableDefinition[]) {
    this.tableCells = new Map(tables.map((t) => [t.id, []]));
  }

  addSlice(spec: SliceSpec): void {
    const slice = this.slices.push(spec.id) - 1;
    const published = new Set<PairKey>();
    for (const pattern of spec.patterns) {
      const sums = this.aggregate(spec, pattern);
      const rows = this.tableCells.get(pattern.table.id);
      for (const g of spec.geo.nodesAt(pattern.geoLevel)) {
        for (const t of spec.time.nodesAt(pattern.timeLevel)) {
          const key = pairKey(g, t);
          published.add(key);
          const cell = this.cell(`${spec.id}${SEP}${key}`, slice, sums.get(key) ?? 0);
          const parts = { ...nodeCoordinates(g), ...nodeCoordinates(t), ...(pattern.member ? { [pattern.member.dimension]: pattern.member.value } : {}) };
          const coordinates: Partial<Record<DimensionId, string>> = {};
          for (const d of pattern.table.dimensions) coordinates[d] = parts[d];
          rows?.push({ coordinates, cell });
          if (pattern.member) this.link(key, cell);
        }
      }
    }
    for (const r of productRelations(spec.geo, spec.time, published)) {
      const id = (k: PairKey): number => this.index.get(`${spec.id}${SEP}${k}`) as number;
      this.relations.push({ total: id(r.total), parts: r.parts.map(id) });
    }
  }

  build(): CellSpace {
    const tables = this.tables.map((definition) => ({ definition, cells: this.tableCells.get(definition.id) ?? [] }));
    return { keys: this.keys, values: this.values, sliceOf: this.sliceOf, slices: this.slices, relations: this.relations, links: this.links, tables };
  }

  /** Links a member cell at (country, all) or (all, year) to the G cell at the same coordinates, when published. */
  private link(key: PairKey, memberCell: number): void {
    if (key === pairKey('*', '*')) return;
    const gCell = this.index.get(`G${SEP}${key}`);
    if (gCell !== undefined) this.links.push([gCell, memberCell]);
  }

  private aggregate(spec: SliceSpec, pattern: Pattern): Map<PairKey, number> {
    const sums = new Map<PairKey, number>();
    for (const [key, reports] of spec.finest) {
      const [g, t] = key.split(SEP) as [string, string];
      const target = pairKey(spec.geo.ancestorAt(g, pattern.geoLevel), spec.time.ancestorAt(t, pattern.timeLevel));
      sums.set(target, (sums.get(target) ?? 0) + reports);
    }
    return sums;
  }

  private cell(key: string, slice: number, value: number): number {
    const existing = this.index.get(key);
    if (existing !== undefined) return existing;
    const id = this.keys.push(key) - 1;
    this.values.push(value);
    this.sliceOf.push(slice);
    this.index.set(key, id);
    return id;
  }
}
