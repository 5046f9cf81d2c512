/**
 * A small dense simplex solver for the attacker's linear programs: bounds of a suppressed cell
 * over all non-negative data consistent with the published numbers. Bland's rule (no cycling
 * on the highly degenerate systems tables produce); exact enough for counts, which are small
 * integers (tolerance 1e-7).
 */
const EPS = 1e-7;

export class FeasibleRegion {
  private readonly m: number;
  private readonly n: number;
  /** m rows × (n + 1) columns, right-hand side last. */
  private readonly rows: Float64Array;
  private readonly basis: Int32Array;

  /** { x ≥ 0 : A x = b } with b ≥ 0; A is dense, row-major. Throws if empty. */
  constructor(a: readonly (readonly number[])[], b: readonly number[], n: number) {
    const m = a.length;
    // Phase 1: artificial variables n..n+m−1, minimise their sum.
    const width = n + m + 1;
    let t = new Float64Array(m * width);
    const basis = new Int32Array(m);
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < n; j++) t[i * width + j] = a[i][j];
      t[i * width + n + i] = 1;
      t[i * width + width - 1] = b[i];
      basis[i] = n + i;
    }
    const cost = new Float64Array(n + m);
    for (let j = n; j < n + m; j++) cost[j] = -1;
    const phase1 = optimise(t, basis, m, width, cost, Infinity);
    if (phase1 < -EPS) throw new Error('the published numbers are inconsistent with the data');
    // Drive artificials out of the basis; a row where that fails is redundant and dropped.
    const keep: number[] = [];
    for (let i = 0; i < m; i++) {
      if (basis[i] >= n) {
        let entering = -1;
        for (let j = 0; j < n; j++) if (Math.abs(t[i * width + j]) > EPS) { entering = j; break; }
        if (entering < 0) continue;
        pivot(t, m, width, i, entering);
        basis[i] = entering;
      }
      keep.push(i);
    }
    this.m = keep.length;
    this.n = n;
    const rows = new Float64Array(this.m * (n + 1));
    keep.forEach((i, r) => {
      rows.set(t.subarray(i * width, i * width + n), r * (n + 1));
      rows[r * (n + 1) + n] = t[i * width + width - 1];
    });
    t = new Float64Array(0);
    this.rows = rows;
    this.basis = Int32Array.from(keep.map((i) => basis[i]));
  }

  /**
   * max c·x over the region, or a value ≥ `stopAt` as soon as one is reached (the caller only
   * needs to know the bound clears a threshold).
   */
  maximise(c: ArrayLike<number>, stopAt = Infinity): number {
    return optimise(this.rows.slice(), this.basis.slice(), this.m, this.n + 1, c, stopAt);
  }
}

function optimise(t: Float64Array, basis: Int32Array, m: number, width: number, c: ArrayLike<number>, stopAt: number): number {
  const n = width - 1;
  // Reduced costs r_j = c_B·B⁻¹A_j − c_j; the objective value is c_B·x_B.
  const reduced = new Float64Array(n);
  let value = 0;
  for (let j = 0; j < n; j++) reduced[j] = -(c[j] ?? 0);
  for (let i = 0; i < m; i++) {
    const cb = c[basis[i]] ?? 0;
    if (cb === 0) continue;
    for (let j = 0; j < n; j++) reduced[j] += cb * t[i * width + j];
    value += cb * t[i * width + n];
  }
  for (;;) {
    if (value >= stopAt - EPS) return value;
    let entering = -1;
    for (let j = 0; j < n; j++) if (reduced[j] < -EPS) { entering = j; break; }
    if (entering < 0) return value;
    let leaving = -1;
    let best = Infinity;
    for (let i = 0; i < m; i++) {
      const coef = t[i * width + entering];
      if (coef <= EPS) continue;
      const ratio = t[i * width + n] / coef;
      if (ratio < best - EPS || (Math.abs(ratio - best) <= EPS && basis[i] < basis[leaving])) {
        best = ratio;
        leaving = i;
      }
    }
    if (leaving < 0) return Infinity;
    pivot(t, m, width, leaving, entering);
    const factor = reduced[entering];
    for (let j = 0; j <= n; j++) {
      const v = t[leaving * width + j];
      if (v === 0) continue;
      if (j < n) reduced[j] -= factor * v;
      else value -= factor * v;
    }
    basis[leaving] = entering;
  }
}

function pivot(t: Float64Array, m: number, width: number, row: number, column: number): void {
  const p = t[row * width + column];
  for (let j = 0; j < width; j++) t[row * width + j] /= p;
  for (let i = 0; i < m; i++) {
    if (i === row) continue;
    const f = t[i * width + column];
    if (f === 0) continue;
    for (let j = 0; j < width; j++) t[i * width + j] -= f * t[row * width + j];
  }
}

/** The interval an attacker can prove for a cell, when it is too narrow. */
export interface NarrowInterval {
  readonly min: number;
  readonly max: number;
}

/**
 * Whether a withheld count is protected over a feasible region: its maximum reaches k (an
 * attacker cannot tell it is small) and it is not pinned to one value. Returns null when
 * protected, else the interval (computed only as far as needed). One or two LPs, each stopped
 * as soon as the bound in question clears its threshold.
 */
export function narrowInterval(region: FeasibleRegion, objective: readonly number[], value: number, k: number): NarrowInterval | null {
  const goal = Math.max(k, value + 1);
  const max = region.maximise(objective, goal);
  if (max >= goal - 1e-6) return null;
  const min = -region.maximise(objective.map((v) => -v), -(value - 1));
  return max < k - 1e-6 || max - min < 1e-6 ? { min, max } : null;
}
