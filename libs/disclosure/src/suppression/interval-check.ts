import type { CellSpace } from '../cell-space';
import { UNKNOWN, quarterOfMonth, yearOfPeriod } from '../dimensions';
import { FeasibleRegion, narrowInterval } from '../lp/simplex';

/** Dense LP tableaux above this many entries are not built (the check is skipped). */
export const INTERVAL_CHECK_BUDGET = 4_000_000;

/**
 * The attacker's linear program over the cell space, built from what the roll-ups give: the
 * reports per finest point (city bucket × month) and, per incident type or organization, the
 * reports carrying it per (country, year), bounded by the reports of that (country, year). No
 * table breaks a member down further, so these variables describe exactly the data an attacker
 * must consider consistent with the release (see auditRelease). Every withheld count (and every
 * hidden margin below k) must keep max ≥ k and max > min over that region.
 *
 * Returns the cells that fail, or null when the release is too large for a dense LP; the
 * release then relies on the line rule and the links, and says so (`intervalsVerified`).
 */
export function findNarrowIntervals(space: CellSpace, suppressed: Uint8Array, k: number): number[] | null {
  const model = modelOf(space);
  if (!model) return null;
  const { variableCount, variablesOf, capacities } = model;
  const published: number[] = [];
  const targets: number[] = [];
  space.values.forEach((v, cell) => {
    if (!suppressed[cell]) published.push(cell);
    else if (v > 0 && (!space.hidden[cell] || v < k)) targets.push(cell);
  });
  if (targets.length === 0) return [];

  const fixedAtZero = new Uint8Array(variableCount);
  for (const cell of published) if (space.values[cell] === 0) for (const v of variablesOf(cell)) fixedAtZero[v] = 1;
  const column = new Int32Array(variableCount).fill(-1);
  let n = 0;
  for (let v = 0; v < variableCount; v++) if (!fixedAtZero[v]) column[v] = n++;
  // A capacity whose member count is pinned at 0 constrains nothing.
  const live = capacities.filter((c) => column[c.member] >= 0);
  const rowsNeeded = published.filter((c) => space.values[c] > 0).length + live.length;
  const width = n + live.length;
  if (rowsNeeded * (width + 1) > INTERVAL_CHECK_BUDGET) return null;

  const rows: number[][] = [];
  const rhs: number[] = [];
  for (const cell of published) {
    if (space.values[cell] === 0) continue;
    const row = new Array<number>(width).fill(0);
    for (const v of variablesOf(cell)) if (column[v] >= 0) row[column[v]] += 1;
    rows.push(row);
    rhs.push(space.values[cell]);
  }
  live.forEach(({ member, points }, i) => {
    const row = new Array<number>(width).fill(0);
    if (column[member] >= 0) row[column[member]] = 1;
    row[n + i] = 1;
    for (const p of points) if (column[p] >= 0) row[column[p]] -= 1;
    rows.push(row);
    rhs.push(0);
  });
  const region = new FeasibleRegion(rows, rhs, width);
  return targets.filter((cell) => {
    const objective = new Array<number>(width).fill(0);
    for (const v of variablesOf(cell)) if (column[v] >= 0) objective[column[v]] += 1;
    return narrowInterval(region, objective, space.values[cell], k) !== null;
  });
}

interface LpModel {
  readonly variableCount: number;
  /** The LP variables a cell sums. */
  readonly variablesOf: (cell: number) => number[];
  /** member(country, year) ≤ Σ points of (country, year). */
  readonly capacities: ReadonlyArray<{ readonly member: number; readonly points: readonly number[] }>;
}

/**
 * Variables: one per (bucket, month) point of the G slice, then one per (member slice, country,
 * year). Cells are parsed back from their keys (`slice\0geo\0time`).
 */
function modelOf(space: CellSpace): LpModel | null {
  const parsed = space.keys.map((key) => key.split('\u0000') as [string, string, string]);
  const buckets: string[] = [];
  const months: string[] = [];
  const countries: string[] = [];
  const years: string[] = [];
  for (const [slice, g, t] of parsed) {
    if (slice !== 'G') continue;
    if (g.startsWith('b:') && t === '*') buckets.push(g);
    if (g === '*' && t.startsWith('m:')) months.push(t);
    if (g.startsWith('c:') && t === '*') countries.push(g);
    if (g === '*' && t.startsWith('y:')) years.push(t);
  }
  const P = buckets.length * months.length;
  const memberSlices = space.slices.map((s, i) => [s, i] as const).filter(([s]) => s !== 'G');
  const C = countries.length;
  const Y = years.length;
  const pointsVariables = P;
  const variableCount = pointsVariables + memberSlices.length * C * Y;
  if (variableCount > INTERVAL_CHECK_BUDGET / 100) return null;

  const countryOfBucket = buckets.map((b) => `c:${b.slice(2).split('/')[0]}`);
  const yearOfMonth = months.map((m) => `y:${yearOfPeriod(m.slice(2))}`);
  const matchGeo = (node: string, b: number): boolean => node === '*' || node === buckets[b] || node === countryOfBucket[b];
  const matchTime = (node: string, m: number): boolean => {
    if (node === '*' || node === months[m] || node === yearOfMonth[m]) return true;
    const month = months[m].slice(2);
    return node.startsWith('q:') && node.slice(2) === (month === UNKNOWN ? UNKNOWN : quarterOfMonth(month));
  };
  const memberIndex = new Map(memberSlices.map(([, slice], i) => [slice, i]));
  const memberVariable = (m: number, c: number, y: number): number => pointsVariables + (m * C + c) * Y + y;

  const variablesOf = (cell: number): number[] => {
    const [slice, g, t] = parsed[cell];
    const vars: number[] = [];
    if (slice === 'G') {
      for (let b = 0; b < buckets.length; b++) {
        if (!matchGeo(g, b)) continue;
        for (let m = 0; m < months.length; m++) if (matchTime(t, m)) vars.push(b * months.length + m);
      }
      return vars;
    }
    const member = memberIndex.get(space.sliceOf[cell]) as number;
    for (let c = 0; c < C; c++) {
      if (g !== '*' && g !== countries[c]) continue;
      for (let y = 0; y < Y; y++) if (t === '*' || t === years[y]) vars.push(memberVariable(member, c, y));
    }
    return vars;
  };
  const pointsOf = new Map<string, number[]>();
  for (let b = 0; b < buckets.length; b++) {
    for (let m = 0; m < months.length; m++) {
      const key = `${countryOfBucket[b]}|${yearOfMonth[m]}`;
      const list = pointsOf.get(key) ?? [];
      list.push(b * months.length + m);
      pointsOf.set(key, list);
    }
  }
  const capacities: Array<{ member: number; points: number[] }> = [];
  for (let m = 0; m < memberSlices.length; m++) {
    for (let c = 0; c < C; c++) {
      for (let y = 0; y < Y; y++) capacities.push({ member: memberVariable(m, c, y), points: pointsOf.get(`${countries[c]}|${years[y]}`) ?? [] });
    }
  }
  return { variableCount, variablesOf, capacities };
}
