/**
 * Exact linear algebra over the rationals (BigInt, fraction-free): the span of a set of sparse
 * integer vectors, and whether another vector lies in it.
 */
export type IntegerVector = ReadonlyMap<number, bigint>;

const abs = (a: bigint): bigint => (a < 0n ? -a : a);
function gcd(a: bigint, b: bigint): bigint {
  a = abs(a);
  b = abs(b);
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

export class RationalSpan {
  /** Basis rows in insertion order; each has a pivot column absent from every older row. */
  private readonly rows: Array<{ pivot: number; row: Map<number, bigint> }> = [];
  private readonly pivotIndex = new Map<number, number>();

  get rank(): number {
    return this.rows.length;
  }

  /** Adds a vector; returns false when it was already in the span. */
  add(vector: IntegerVector): boolean {
    const row = this.reduce(vector);
    if (row.size === 0) return false;
    let pivot = Infinity;
    for (const c of row.keys()) if (c < pivot) pivot = c;
    this.pivotIndex.set(pivot, this.rows.push({ pivot, row }) - 1);
    return true;
  }

  contains(vector: IntegerVector): boolean {
    return this.reduce(vector).size === 0;
  }

  /** Eliminates every pivot column, oldest pivot first (one pass suffices in that order). */
  private reduce(vector: IntegerVector): Map<number, bigint> {
    let row = new Map(vector);
    for (;;) {
      let oldest = -1;
      for (const c of row.keys()) {
        const i = this.pivotIndex.get(c);
        if (i !== undefined && (oldest < 0 || i < oldest)) oldest = i;
      }
      if (oldest < 0) return row;
      const { pivot, row: basis } = this.rows[oldest];
      const a = basis.get(pivot) as bigint;
      const b = row.get(pivot) as bigint;
      // row := a·row − b·basis cancels the pivot column exactly.
      const next = new Map<number, bigint>();
      for (const [c, v] of row) next.set(c, a * v);
      for (const [c, v] of basis) {
        const value = (next.get(c) ?? 0n) - b * v;
        if (value === 0n) next.delete(c);
        else next.set(c, value);
      }
      let g = 0n;
      for (const v of next.values()) g = gcd(g, v);
      if (g > 1n) for (const [c, v] of next) next.set(c, v / g);
      row = next;
    }
  }
}
