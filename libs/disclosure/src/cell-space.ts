import { TABLE_CATALOGUE, type TableDefinition } from './catalogue';
import type { DimensionId } from './dimensions';
import { OTHER_CITY, UNKNOWN, monthsOfYear, quarterOfMonth, quartersOfYear, yearOfPeriod } from './dimensions';
import { Tree, pairKey, productRelations, type PairKey, type PairRelation } from './hierarchy';
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
  /**
   * For each G cell, the zero member cells at its country and at its year (an incident-type
   * or organization count of 0 there). "No report of type t in NL" bounds every NL cell once the
   * reports of type t elsewhere are known, so these zeros are withheld with a suppressed G cell.
   */
  readonly zeroShadows: ZeroShadows;
  readonly tables: readonly TableCells[];
  /**
   * 1 for a cell that no chosen table shows: a margin of the catalogue left out of this release.
   * It is still an unknown in the relations (so relations stay simple splits and span every
   * linear relation between the published numbers) but is neither published nor protected
   * unless small.
   */
  readonly hidden: Uint8Array;
}

/** Zero member cells per country or year (`groups`), and the groups of each G cell (`groupsOf`). */
export interface ZeroShadows {
  readonly groups: ReadonlyArray<readonly number[]>;
  readonly groupsOf: ReadonlyMap<number, readonly number[]>;
}

interface Pattern {
  readonly table: TableDefinition;
  readonly geoLevel: string;
  readonly timeLevel: string;
}

/**
 * The shape shared by slices of one kind: trees, the tables' cell patterns, the cells of each
 * pattern (pair key and coordinates, in table order) and the relations between them. Every
 * incident type has the same layout, and every organization of one role, so it is built once.
 */
interface Layout {
  readonly geoIndex: ReadonlyMap<string, number>;
  readonly timeIndex: ReadonlyMap<string, number>;
  readonly patterns: readonly LaidOutPattern[];
  readonly relations: readonly PairRelation[];
}

interface LaidOutPattern {
  readonly pattern: Pattern;
  /** The pattern's cells, geo-major, as in its table. */
  readonly cells: ReadonlyArray<{ readonly key: PairKey; readonly coordinates: Coordinates }>;
  /** Geo node index → position of its ancestor at the pattern's geo level (−1 if none); same for time. */
  readonly geoPosition: Int32Array;
  readonly timePosition: Int32Array;
  readonly timeCount: number;
}

interface SliceSpec {
  readonly id: string;
  readonly layout: Layout;
  /** Reports per (geo leaf index, time leaf index). */
  readonly finest: ReadonlyArray<readonly [number, number, number]>;
  readonly member?: { readonly dimension: DimensionId; readonly value: string };
}

const SEP = '\u0000';

/**
 * Builds the cells, relations and table layouts of the chosen tables. Cells of every catalogue
 * table are built (see CellSpace.hidden); only the chosen tables list them.
 */
export function buildCellSpace(data: NormalisedData, chosen: readonly TableDefinition[]): CellSpace {
  const tables = TABLE_CATALOGUE;
  const builder = new CellSpaceBuilder(chosen);
  builder.addSlice(placeSlice(data, tables));
  const memberTrees = memberTreesOf(data);
  const layouts = new Map<string, Layout>();
  const layoutFor = (own: readonly TableDefinition[]): Layout => {
    const signature = own.map((t) => t.id).join(',');
    let layout = layouts.get(signature);
    if (!layout) layouts.set(signature, (layout = makeLayout(memberTrees.geo, memberTrees.time, own)));
    return layout;
  };
  const typeTables = tables.filter((t) => family(t) === 'incidentType');
  for (const [type, cells] of data.incidentTypes) {
    builder.addSlice(memberSlice(`T:${type}`, layoutFor(typeTables), cells, { dimension: 'incidentType', value: type }));
  }
  const orgTables = tables.filter((t) => family(t) === 'organization');
  for (const [org, cells] of data.organizations) {
    const role = data.organizationRoles.get(org) ?? 'other';
    const own = orgTables.filter((t) => t.organizationRole === undefined || t.organizationRole === role);
    builder.addSlice(memberSlice(`O:${org}`, layoutFor(own), cells, { dimension: 'organization', value: org }));
  }
  return builder.build();
}

function family(table: TableDefinition): 'place' | 'incidentType' | 'organization' {
  if (table.dimensions.includes('incidentType')) return 'incidentType';
  if (table.dimensions.includes('organization')) return 'organization';
  return 'place';
}

function levels(table: TableDefinition): Pattern {
  const has = (d: DimensionId): boolean => table.dimensions.includes(d);
  const geoLevel = has('city') ? 'city' : has('country') ? 'country' : 'all';
  const timeLevel = has('month') ? 'month' : has('quarter') ? 'quarter' : has('year') ? 'year' : 'all';
  return { table, geoLevel, timeLevel };
}

function makeLayout(geo: Tree, time: Tree, tables: readonly TableDefinition[]): Layout {
  const published = new Set<PairKey>();
  const geoNodes = geo.nodes();
  const timeNodes = time.nodes();
  const positions = (tree: Tree, nodes: readonly string[], level: string): Int32Array => {
    const at = new Map(tree.nodesAt(level).map((n, i) => [n, i]));
    const up = tree.ancestorsAt(level);
    return Int32Array.from(nodes, (n) => at.get(up.get(n) ?? '') ?? -1);
  };
  const patterns = tables.map(levels).map((pattern) => {
    const cells: Array<{ key: PairKey; coordinates: Coordinates }> = [];
    for (const g of geo.nodesAt(pattern.geoLevel)) {
      for (const t of time.nodesAt(pattern.timeLevel)) {
        const key = pairKey(g, t);
        published.add(key);
        cells.push({ key, coordinates: { ...nodeCoordinates(g), ...nodeCoordinates(t) } });
      }
    }
    return {
      pattern,
      cells,
      geoPosition: positions(geo, geoNodes, pattern.geoLevel),
      timePosition: positions(time, timeNodes, pattern.timeLevel),
      timeCount: time.nodesAt(pattern.timeLevel).length,
    };
  });
  return {
    geoIndex: new Map(geoNodes.map((n, i) => [n, i])),
    timeIndex: new Map(timeNodes.map((n, i) => [n, i])),
    patterns,
    relations: productRelations(geo, time, published),
  };
}

/** A slice's finest counts with its leaves as node indices of the layout. */
function finestOf(layout: Layout, rows: ReadonlyArray<readonly [string, string, number]>): Array<[number, number, number]> {
  return rows.map(([g, t, reports]) => [layout.geoIndex.get(g) as number, layout.timeIndex.get(t) as number, reports]);
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
  const layout = makeLayout(geo, time, tables.filter((t) => family(t) === 'place'));
  const finest = finestOf(layout, data.places.map((p) => [`b:${p.country}/${p.bucket}`, `m:${p.month}`, p.reports] as const));
  return { id: 'G', layout, finest };
}

function memberTreesOf(data: NormalisedData): { geo: Tree; time: Tree } {
  const geo = new Tree('*', 'all');
  for (const country of data.countries) geo.add('*', `c:${country}`, 'country');
  const time = new Tree('*', 'all');
  for (const year of data.years) time.add('*', `y:${year}`, 'year');
  return { geo, time };
}

function memberSlice(id: string, layout: Layout, cells: readonly MemberCell[], member: { dimension: DimensionId; value: string }): SliceSpec {
  return { id, layout, finest: finestOf(layout, cells.map((c) => [`c:${c.country}`, `y:${c.year}`, c.reports] as const)), member };
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
  /** Member cells per country node (`c:NL`) and per year node (`y:2021`). */
  private readonly memberCellsAt = new Map<string, number[]>();
  /** G cell → its country node and year node, where it has them. */
  private readonly gCoordinates = new Map<number, string[]>();
  private readonly index = new Map<string, number>();
  private readonly tableCells: Map<string, Array<{ coordinates: Coordinates; cell: number }>>;
  private readonly shown: number[] = [];

  constructor(private readonly tables: readonly TableDefinition[]) {
    this.tableCells = new Map(tables.map((t) => [t.id, []]));
  }

  addSlice(spec: SliceSpec): void {
    const slice = this.slices.push(spec.id) - 1;
    const { layout, member } = spec;
    const local = new Map<PairKey, number>();
    for (const laidOut of layout.patterns) {
      const { pattern, cells } = laidOut;
      const sums = aggregate(spec.finest, laidOut);
      const rows = this.tableCells.get(pattern.table.id);
      for (let i = 0; i < cells.length; i++) {
        const { key, coordinates } = cells[i];
        let cell = local.get(key);
        if (cell === undefined) {
          cell = this.cell(`${spec.id}${SEP}${key}`, slice, sums[i]);
          local.set(key, cell);
          if (member) this.link(key, cell);
          else this.placeCoordinates(key, cell);
        }
        if (!rows) continue;
        this.shown.push(cell);
        const all: Partial<Record<DimensionId, string>> = member ? { ...coordinates, [member.dimension]: member.value } : coordinates;
        const ordered: Partial<Record<DimensionId, string>> = {};
        for (const d of pattern.table.dimensions) ordered[d] = all[d];
        rows.push({ coordinates: ordered, cell });
      }
    }
    for (const r of layout.relations) {
      this.relations.push({ total: local.get(r.total) as number, parts: r.parts.map((p) => local.get(p) as number) });
    }
  }

  build(): CellSpace {
    const tables = this.tables.map((definition) => ({ definition, cells: this.tableCells.get(definition.id) ?? [] }));
    const hidden = new Uint8Array(this.keys.length).fill(1);
    for (const cell of this.shown) hidden[cell] = 0;
    const links = this.links.filter(([g]) => !hidden[g]);
    const groupIndex = new Map<string, number>();
    const groups: number[][] = [];
    for (const [node, cells] of this.memberCellsAt) {
      const zeros = cells.filter((m) => this.values[m] === 0);
      if (zeros.length > 0) groupIndex.set(node, groups.push(zeros) - 1);
    }
    const groupsOf = new Map<number, number[]>();
    for (const [cell, nodes] of this.gCoordinates) {
      const ids = hidden[cell] ? [] : nodes.map((n) => groupIndex.get(n)).filter((g): g is number => g !== undefined);
      if (ids.length > 0) groupsOf.set(cell, ids);
    }
    const zeroShadows = { groups, groupsOf };
    return { keys: this.keys, values: this.values, sliceOf: this.sliceOf, slices: this.slices, relations: this.relations, links, zeroShadows, tables, hidden };
  }

  /** Remembers the country and year nodes of a G cell (`b:NL/Delft` → `c:NL`, `m:2021-03` → `y:2021`). */
  private placeCoordinates(key: PairKey, cell: number): void {
    const [g, t] = key.split(SEP) as [string, string];
    const nodes: string[] = [];
    if (g !== '*') nodes.push(`c:${g.slice(2).split('/')[0]}`);
    if (t !== '*') nodes.push(`y:${yearOfPeriod(t.slice(2))}`);
    this.gCoordinates.set(cell, nodes);
  }

  /** Links a member cell at (country, all) or (all, year) to the G cell at the same coordinates, when published. */
  private link(key: PairKey, memberCell: number): void {
    if (key === pairKey('*', '*')) return;
    const [g, t] = key.split(SEP) as [string, string];
    const node = g !== '*' ? g : t;
    const list = this.memberCellsAt.get(node);
    if (list) list.push(memberCell);
    else this.memberCellsAt.set(node, [memberCell]);
    const gCell = this.index.get(`G${SEP}${key}`);
    if (gCell !== undefined) this.links.push([gCell, memberCell]);
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

/** Reports per cell of one pattern (in the pattern's cell order), summed from the finest counts. */
function aggregate(finest: SliceSpec['finest'], laidOut: LaidOutPattern): Float64Array {
  const sums = new Float64Array(laidOut.cells.length);
  const { geoPosition, timePosition, timeCount } = laidOut;
  for (const [g, t, reports] of finest) sums[geoPosition[g] * timeCount + timePosition[t]] += reports;
  return sums;
}
