/**
 * Sparse Gaussian elimination modulo a prime below 2^26 (so every product fits exactly in a
 * double). Used to decide which suppressed cells the published numbers determine; see
 * derivability.ts for why a random null vector answers that question.
 */

/** A sparse row: column → coefficient in [1, p). */
export type SparseRow = Map<number, number>;

/** Two primes just below 2^26; a cell counts as free only if it is free modulo both. */
export const PRIMES = [67108859, 67108837] as const;

export function modInverse(a: number, p: number): number {
  let [r0, r1] = [a % p, p];
  let [s0, s1] = [1, 0];
  while (r1 !== 0) {
    const q = Math.floor(r0 / r1);
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  if (r0 !== 1) throw new Error('not invertible');
  return ((s0 % p) + p) % p;
}

const mulMod = (a: number, b: number, p: number): number => (a * b) % p;

/** Deterministic pseudo-random values in [1, p) (xorshift32); not used for anything secret. */
export function* pseudoRandom(seed: number, p: number): Generator<number, never> {
  let x = seed >>> 0 || 1;
  for (;;) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    yield 1 + (x % (p - 1));
  }
}

/**
 * A random vector d of the null space of the rows (A·d = 0 mod p) over `columns` unknowns:
 * free columns get random values, pivot columns follow by back substitution. A column that
 * every null vector leaves at 0 is determined by the rows; any other is 0 here only with
 * probability about 1/p.
 */
export function randomNullVector(rows: readonly SparseRow[], columns: number, p: number, seed: number): number[] {
  const ordered = [...rows].sort((a, b) => a.size - b.size);
  // How many not-yet-processed rows use each column: pivoting on rare columns limits fill-in.
  const remaining = new Int32Array(columns);
  for (const row of ordered) for (const c of row.keys()) remaining[c]++;
  const pivotIndexOf = new Int32Array(columns).fill(-1);
  const pivots: Array<{ column: number; row: SparseRow }> = [];

  for (const original of ordered) {
    for (const c of original.keys()) remaining[c]--;
    const row = reduce(new Map(original), pivots, pivotIndexOf, p);
    if (row.size === 0) continue;
    let column = -1;
    for (const c of row.keys()) {
      if (column < 0 || remaining[c] < remaining[column] || (remaining[c] === remaining[column] && c < column)) column = c;
    }
    const inverse = modInverse(row.get(column) as number, p);
    for (const [c, v] of row) row.set(c, mulMod(v, inverse, p));
    pivotIndexOf[column] = pivots.push({ column, row }) - 1;
  }

  const d = new Array<number>(columns).fill(0);
  const random = pseudoRandom(seed, p);
  for (let c = 0; c < columns; c++) if (pivotIndexOf[c] < 0) d[c] = random.next().value;
  for (let i = pivots.length - 1; i >= 0; i--) {
    const { column, row } = pivots[i];
    let sum = 0;
    for (const [c, v] of row) if (c !== column) sum = (sum + mulMod(v, d[c], p)) % p;
    d[column] = (p - sum) % p;
  }
  return d;
}

/**
 * Eliminates every pivot column from `row`, oldest pivot first: a pivot row holds no column
 * of an older pivot, so one pass in that order leaves no pivot column behind.
 */
function reduce(row: SparseRow, pivots: ReadonlyArray<{ column: number; row: SparseRow }>, pivotIndexOf: Int32Array, p: number): SparseRow {
  for (;;) {
    let oldest = -1;
    for (const c of row.keys()) {
      const i = pivotIndexOf[c];
      if (i >= 0 && (oldest < 0 || i < oldest)) oldest = i;
    }
    if (oldest < 0) return row;
    const pivot = pivots[oldest];
    const factor = row.get(pivot.column) as number;
    for (const [c, v] of pivot.row) {
      const next = ((row.get(c) ?? 0) - mulMod(factor, v, p) + p) % p;
      if (next === 0) row.delete(c);
      else row.set(c, next);
    }
  }
}
