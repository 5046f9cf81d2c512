import type { TableId } from '../catalogue';
import type { Coordinates } from '../cell-space';
import { DisclosureError } from '../errors';
import type { ReportGroup } from '../input';
import type { Release } from '../release';
import { yearOfPeriod } from '../dimensions';
import { AttackerModel, type LinearForm } from './attacker-model';
import { RationalSpan } from './rational-span';
import { FeasibleRegion, narrowInterval } from '../lp/simplex';

/** Something an attacker can learn about a suppressed cell, or a published number that is wrong. */
export interface AuditFinding {
  readonly kind: 'derivable' | 'narrow-interval' | 'wrong-value';
  readonly table: TableId;
  readonly coordinates: Coordinates;
  /** The true count. */
  readonly value: number;
  /** For narrow intervals: what the attacker can prove about the cell. */
  readonly interval?: { readonly min: number; readonly max: number };
}

export interface AuditReport {
  readonly publishedNumbers: number;
  readonly suppressedCells: number;
  readonly findings: readonly AuditFinding[];
}

export interface AuditOptions {
  /**
   * Also bound every suppressed non-zero cell by linear programming over non-negative counts and
   * require max ≥ k (an attacker cannot tell it is small) and max > min (not a single value).
   * Costs one or two LPs per suppressed cell; meant for small data sets.
   */
  readonly intervals?: boolean;
}

interface CellForm extends LinearForm {
  readonly table: TableId;
  readonly coordinates: Coordinates;
  readonly published: number | null;
}

/**
 * Plays the attacker against a suppression release, knowing the true data (report groups):
 * 1. Exact derivability. Every published number is a linear equation over the unknown counts of
 *    every possible (point, type set, organization set). A suppressed cell is derivable iff its
 *    linear form lies in the span of the published forms; decided exactly with BigInt
 *    elimination. Functions of a set are written in the monomial basis (1, [t ∈ S], [t ∈ S]·[u ∈ S]…);
 *    cell forms only use the monomials 1, [t ∈ S] and [o ∈ R], so the columns are
 *    (point, monomial) and the test is exact over the full space of sets.
 * 2. Intervals (optional): max and min of the cell over all non-negative data consistent with
 *    the published numbers, by linear programming (see buildLp for the exact compact form).
 */
export function auditRelease(release: Release, groups: readonly ReportGroup[], options: AuditOptions = {}): AuditReport {
  if (release.protection.method !== 'suppression') {
    throw new DisclosureError('DISCLOSURE.INVALID_CONFIG', 'the audit applies to suppression releases');
  }
  const model = new AttackerModel(release, groups);
  const forms = cellForms(release, model);
  const findings: AuditFinding[] = [];
  const truth = trueValues(forms, model, groups);
  forms.forEach((f, i) => {
    if (f.published !== null && f.published !== truth[i]) findings.push(finding('wrong-value', f, truth[i]));
  });

  const span = new RationalSpan();
  const published = forms.filter((f) => f.published !== null);
  for (const f of published) span.add(model.monomialVector(f));
  const suppressed = forms.map((f, i) => ({ f, value: truth[i] })).filter(({ f }) => f.published === null);
  for (const { f, value } of suppressed) {
    if (span.contains(model.monomialVector(f))) findings.push(finding('derivable', f, value));
  }

  if (options.intervals && suppressed.length > 0) {
    findings.push(...intervalFindings(model, published, suppressed, release.protection.k));
  }
  return { publishedNumbers: published.length, suppressedCells: suppressed.length, findings };
}

/** LP optima are exact up to rounding; `|| 0` also turns −0 into 0. */
const tidy = (x: number): number => Math.round(x * 1e6) / 1e6 || 0;

function finding(kind: AuditFinding['kind'], f: CellForm, value: number, interval?: { min: number; max: number }): AuditFinding {
  return { kind, table: f.table, coordinates: f.coordinates, value, ...(interval ? { interval } : {}) };
}

function cellForms(release: Release, model: AttackerModel): CellForm[] {
  const forms: CellForm[] = [];
  for (const table of release.tables) {
    for (const cell of table.cells) {
      forms.push({ table: table.id, coordinates: cell.coordinates, ...model.formOf(cell.coordinates), published: cell.count });
    }
  }
  return forms;
}

function trueValues(forms: readonly CellForm[], model: AttackerModel, groups: readonly ReportGroup[]): number[] {
  const byPoint = new Map<number, ReportGroup[]>();
  for (const g of groups) {
    const p = model.pointOf(g);
    byPoint.set(p, [...(byPoint.get(p) ?? []), g]);
  }
  return forms.map((f) => {
    let sum = 0;
    for (const p of f.points) {
      for (const g of byPoint.get(p) ?? []) {
        if (f.member === null) sum += g.reports;
        else if (f.member.kind === 'type' && g.incidentTypes.includes(model.types[f.member.index])) sum += g.reports;
        else if (f.member.kind === 'organization' && g.organizations.includes(model.organizations[f.member.index])) sum += g.reports;
      }
    }
    return sum;
  });
}

function intervalFindings(
  model: AttackerModel,
  published: readonly CellForm[],
  suppressed: ReadonlyArray<{ f: CellForm; value: number }>,
  k: number,
): AuditFinding[] {
  const lp = buildLp(model, published);
  const findings: AuditFinding[] = [];
  for (const { f, value } of suppressed) {
    // A suppressed zero only withholds a bound (see CellSpace.links); publishing it would tell
    // the attacker more than any interval, so zeros have no interval requirement.
    if (value === 0) continue;
    const narrow = narrowInterval(lp.region, lp.objective(f), value, k);
    if (narrow) findings.push(finding('narrow-interval', f, value, { min: tidy(narrow.min), max: tidy(narrow.max) }));
  }
  return findings;
}

/**
 * The attacker's LP in a compact, exact form. No table breaks a member down below (country,
 * year), so the published numbers depend on the data only through the reports per point, g(p),
 * and per member m the reports carrying m per (country, year), x(m, c, y). Any g ≥ 0 and
 * 0 ≤ x(m, c, y) ≤ Σ_{p in (c, y)} g(p) is realised by some reports (give m to the first x of
 * the reports of (c, y), independently per member), so these constraints describe exactly the
 * data consistent with the release. Variables inside a published zero are dropped.
 */
function buildLp(model: AttackerModel, published: readonly CellForm[]): { region: FeasibleRegion; objective: (f: CellForm) => number[] } {
  const P = model.points.length;
  const countries = [...new Set(model.points.map((p) => p.country))];
  const years = [...new Set(model.points.map((p) => yearOfPeriod(p.month)))];
  const cy = (p: number): number => countries.indexOf(model.points[p].country) * years.length + years.indexOf(yearOfPeriod(model.points[p].month));
  const members = model.types.length + model.organizations.length;
  const memberVar = (m: number, cyIndex: number): number => P + m * countries.length * years.length + cyIndex;
  const memberOf = (f: CellForm): number => (f.member === null ? -1 : f.member.kind === 'type' ? f.member.index : model.types.length + f.member.index);
  const variablesOf = (f: CellForm): number[] => {
    const m = memberOf(f);
    if (m < 0) return [...f.points];
    return [...new Set(f.points.map((p) => memberVar(m, cy(p))))];
  };
  const total = P + members * countries.length * years.length;
  const zero = new Uint8Array(total);
  for (const f of published) if (f.published === 0) for (const v of variablesOf(f)) zero[v] = 1;
  const column = new Int32Array(total).fill(-1);
  let n = 0;
  for (let v = 0; v < total; v++) if (!zero[v]) column[v] = n++;
  const capacities = members * countries.length * years.length;
  const width = n + capacities; // one slack variable per capacity constraint

  const rows: number[][] = [];
  const rhs: number[] = [];
  for (const f of published) {
    if (f.published === null || f.published === 0) continue;
    const row = new Array<number>(width).fill(0);
    for (const v of variablesOf(f)) if (column[v] >= 0) row[column[v]] += 1;
    rows.push(row);
    rhs.push(f.published);
  }
  // x(m, c, y) + slack = Σ g(p) over the points of (c, y).
  for (let m = 0; m < members; m++) {
    for (let i = 0; i < countries.length * years.length; i++) {
      const row = new Array<number>(width).fill(0);
      const x = column[memberVar(m, i)];
      if (x >= 0) row[x] = 1;
      row[n + m * countries.length * years.length + i] = 1;
      for (let p = 0; p < P; p++) if (cy(p) === i && column[p] >= 0) row[column[p]] -= 1;
      rows.push(row);
      rhs.push(0);
    }
  }
  const region = new FeasibleRegion(rows, rhs, width);
  return {
    region,
    objective: (f) => {
      const c = new Array<number>(width).fill(0);
      for (const v of variablesOf(f)) if (column[v] >= 0) c[column[v]] += 1;
      return c;
    },
  };
}
