import type { CellSpace } from '../cell-space';
import { PRIMES, randomNullVector, type SparseRow } from './modular-elimination';

/**
 * The suppressed cells whose exact value follows from the published numbers by linear algebra.
 *
 * Within a slice, every relation "total = Σ parts" is an equation; moving the published cells
 * to the right-hand side leaves a homogeneous system A·x = b over the suppressed cells. A
 * suppressed cell x is determined exactly when every solution of A·d = 0 has d_x = 0 (otherwise
 * x can be shifted along d while every published number stays the same). So one random null
 * vector per prime decides it: a determined cell is 0 in every null vector, a free cell is 0
 * in a random one with probability about 1/p. A cell is reported as determined when either
 * prime says so; the only error in that direction is an extra suppression.
 *
 * Slices never share an equation (see cell-space.ts), so each slice is solved on its own.
 */
export function findDerivable(space: CellSpace, suppressed: Uint8Array): number[] {
  const bySlice = new Map<number, number[]>();
  space.relations.forEach((r, i) => {
    if (!suppressed[r.total] && !r.parts.some((c) => suppressed[c])) return;
    const slice = space.sliceOf[r.total];
    const list = bySlice.get(slice);
    if (list) list.push(i);
    else bySlice.set(slice, [i]);
  });

  const derivable: number[] = [];
  for (const [slice, relationIds] of [...bySlice].sort((a, b) => a[0] - b[0])) {
    const local = new Map<number, number>();
    const cells: number[] = [];
    const column = (cell: number): number => {
      let c = local.get(cell);
      if (c === undefined) {
        c = cells.push(cell) - 1;
        local.set(cell, c);
      }
      return c;
    };
    const rows: SparseRow[] = relationIds.map((i) => {
      const r = space.relations[i];
      const row: SparseRow = new Map();
      if (suppressed[r.total]) row.set(column(r.total), 1);
      for (const part of r.parts) if (suppressed[part]) row.set(column(part), PRIMES[0] - 1);
      return row;
    });
    const vectors = PRIMES.map((p, i) => {
      const modRows = p === PRIMES[0] ? rows : rows.map((row) => new Map([...row].map(([c, v]) => [c, v === 1 ? 1 : p - 1])));
      return randomNullVector(modRows, cells.length, p, 0x9e3779b9 ^ (slice * 31 + i));
    });
    cells.forEach((cell, c) => {
      if (vectors.some((d) => d[c] === 0)) derivable.push(cell);
    });
  }
  return derivable;
}
