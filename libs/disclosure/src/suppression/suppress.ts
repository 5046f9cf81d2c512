import type { CellSpace } from '../cell-space';
import { findDerivable } from './derivability';
import { findNarrowIntervals } from './interval-check';
import { SuppressionState } from './line-protection';

/** Which cells to withhold, and whether the interval check ran (it is skipped for large releases). */
export interface SuppressionResult {
  readonly suppressed: Uint8Array;
  readonly rounds: number;
  readonly intervalsVerified: boolean;
}

/**
 * Primary and complementary suppression over every table of a release at once.
 *
 * 1. Primary: every cell with 1 ≤ count < k. True zeros are published.
 * 2. Line rule (line-protection.ts) on every relation, repeated until no line changes.
 * 3. Exact check (derivability.ts): if the published numbers still determine a suppressed cell
 *    (a combination of several lines can, even when each line looks protected), suppress one
 *    more cell in one of its lines and go back to 2. A determined zero that was suppressed only
 *    because it is linked to a suppressed total, and that nothing can hide, is published
 *    instead (its value is known anyway).
 * 4. Interval check (interval-check.ts), when the release is small enough for a dense LP: if an
 *    attacker can bound a withheld count below k or pin it to one value using non-negativity,
 *    suppress one more cell near it and go back to 2.
 * Each round changes at least one cell in one direction only, so this ends.
 *
 * Everything iterates in cell and relation order, so the same input gives the same result.
 */
export function suppressCells(space: CellSpace, k: number): SuppressionResult {
  const state = new SuppressionState(space.values, space.relations, space.links, space.zeroShadows, space.hidden, k);
  space.values.forEach((v, cell) => {
    if (v > 0 && v < k && !space.hidden[cell]) state.suppress(cell);
  });
  state.protectLines();
  let rounds = 0;
  for (;;) {
    rounds++;
    // A hidden margin may be computable (that is why it is no table's business), unless it is small.
    const derivable = findDerivable(space, state.suppressed).filter((cell) => !space.hidden[cell] || (space.values[cell] > 0 && space.values[cell] < k));
    if (derivable.length > 0) {
      repair(space, state, derivable);
      continue;
    }
    const narrow = findNarrowIntervals(space, state.suppressed, k);
    if (narrow === null || narrow.length === 0) return { suppressed: state.suppressed, rounds, intervalsVerified: narrow !== null };
    repair(space, state, narrow);
  }
}

/** Gives each exposed cell one more degree of freedom (see freeCell), then re-applies the line rule. */
function repair(space: CellSpace, state: SuppressionState, exposed: readonly number[]): void {
  const touched = new Set<number>();
  let changed = false;
  for (const cell of exposed) {
    if (state.relationsOf[cell].some((r) => touched.has(r))) continue; // may be freed already; the next check tells
    const added = freeCell(state, cell) ?? coordinateCell(space, state, cell);
    if (added !== null) {
      changed = true;
      for (const r of state.relationsOf[added]) touched.add(r);
    } else if (space.values[cell] === 0 && !space.hidden[cell]) {
      // A linked zero in a slice with nothing left to hide it behind: its value is known anyway.
      state.reveal(cell);
      changed = true;
    }
    // Otherwise an earlier suppression of this round took the last candidate; the next check tells.
  }
  if (!changed) throw new Error('a withheld count is exposed and no published cell is left to hide it behind');
  state.protectLines();
}

/**
 * For an incident-type or organization cell at a country (or year) whose own slice has nothing
 * left to suppress: the country (or year) total, whose published value bounds it.
 */
function coordinateCell(space: CellSpace, state: SuppressionState, cell: number): number | null {
  const [slice, g, t] = space.keys[cell].split('\u0000');
  if (slice === 'G') return null;
  const target = space.keys.indexOf(`G\u0000${g}\u0000${t}`);
  if (target < 0 || state.suppressed[target] || space.values[target] === 0) return null;
  state.suppress(target);
  return target;
}

/**
 * Suppresses one more cell to give `cell` a degree of freedom: the best published cell of the
 * least protected line through it, or failing that the nearest published non-zero cell of the
 * slice, found by walking the relations outwards. Null when the slice has none left.
 */
function freeCell(state: SuppressionState, cell: number): number | null {
  const seen = new Set<number>([cell]);
  let frontier = [cell];
  while (frontier.length > 0) {
    const lines = [...new Set(frontier.flatMap((c) => state.relationsOf[c]))].sort(
      (a, b) => suppressedShare(state, a) - suppressedShare(state, b) || a - b,
    );
    for (const r of lines) {
      const candidate = state.bestCandidate(r, 1, true);
      if (candidate !== undefined) {
        state.suppress(candidate);
        return candidate;
      }
    }
    const next: number[] = [];
    for (const r of lines) {
      const { total, parts } = state.relations[r];
      for (const c of [total, ...parts]) {
        if (!seen.has(c)) {
          seen.add(c);
          next.push(c);
        }
      }
    }
    frontier = next;
  }
  return null;
}

function suppressedShare(state: SuppressionState, r: number): number {
  const { total, parts } = state.relations[r];
  let n = state.suppressed[total];
  for (const p of parts) n += state.suppressed[p];
  return n / (parts.length + 1);
}
