import type { CellRelation, ZeroShadows } from '../cell-space';

/**
 * Suppression state over the cells of a release, with the bookkeeping the line rule needs.
 * A "line" is one relation total = Σ parts.
 */
export class SuppressionState {
  readonly suppressed: Uint8Array;
  /** Relations each cell takes part in (as total or part). */
  readonly relationsOf: number[][];
  /** Suppressed members (total and parts) per relation. */
  private readonly suppressedIn: Int32Array;
  private readonly queue: number[] = [];
  private readonly queued: Uint8Array;

  /** Cells that must be suppressed with a cell (see CellSpace.links). */
  private readonly dependents: number[][];
  /** Zero-shadow groups already withheld. */
  private readonly shadowed = new Set<number>();
  /** Zero cells published after all because the published numbers determine them anyway. */
  private readonly revealed = new Set<number>();

  constructor(
    readonly values: readonly number[],
    readonly relations: readonly CellRelation[],
    links: ReadonlyArray<readonly [number, number]>,
    /** Zero member cells withheld with a G cell (CellSpace.zeroShadows). */
    private readonly zeroShadows: ZeroShadows,
    /** Cells no chosen table shows (CellSpace.hidden): unknowns from the start, with no lines to protect of their own. */
    readonly hidden: Uint8Array,
    readonly k: number,
  ) {
    this.suppressed = new Uint8Array(values.length);
    this.dependents = values.map(() => []);
    for (const [cell, dependent] of links) this.dependents[cell].push(dependent);
    this.relationsOf = values.map(() => []);
    relations.forEach((r, i) => {
      this.relationsOf[r.total].push(i);
      for (const p of r.parts) this.relationsOf[p].push(i);
    });
    this.suppressedIn = new Int32Array(relations.length);
    this.queued = new Uint8Array(relations.length);
    hidden.forEach((h, cell) => {
      if (!h) return;
      this.suppressed[cell] = 1;
      for (const r of this.relationsOf[cell]) this.suppressedIn[r]++;
    });
  }

  /**
   * Suppresses a cell and, transitively, the cells linked to it (zeros included: "no report of
   * type t in NL" bounds NL from above once the number of t reports is known); queues their lines.
   */
  suppress(cell: number): void {
    const pending = [cell];
    for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
      if (this.suppressed[next] || this.revealed.has(next)) continue;
      this.suppressed[next] = 1;
      for (const r of this.relationsOf[next]) {
        this.suppressedIn[r]++;
        if (!this.queued[r]) {
          this.queued[r] = 1;
          this.queue.push(r);
        }
      }
      pending.push(...this.dependents[next]);
      for (const g of this.zeroShadows.groupsOf.get(next) ?? []) {
        if (this.shadowed.has(g)) continue;
        this.shadowed.add(g);
        pending.push(...this.zeroShadows.groups[g]);
      }
      // Zeros under a suppressed total would show which of its parts hold the reports.
      for (const r of this.relationsOf[next]) {
        const relation = this.relations[r];
        if (relation.total === next) for (const p of relation.parts) if (this.values[p] === 0) pending.push(p);
      }
    }
  }

  /**
   * Publishes a suppressed zero again. Only for a zero that was suppressed as a linked cell,
   * that the published numbers determine and that no published cell can hide: publishing a
   * value the reader can already compute changes neither their equations nor their bounds.
   */
  reveal(cell: number): void {
    if (!this.suppressed[cell] || this.values[cell] !== 0 || this.hidden[cell]) throw new Error('only a suppressed zero can be revealed');
    this.suppressed[cell] = 0;
    this.revealed.add(cell);
    for (const r of this.relationsOf[cell]) this.suppressedIn[r]--;
  }

  /** Lines (other than `except`) that `cell` would open: they hold no suppressed cell yet. */
  cleanLinesOf(cell: number, except: number): number {
    let n = 0;
    for (const r of this.relationsOf[cell]) if (r !== except && this.suppressedIn[r] === 0) n++;
    return n;
  }

  /** Applies the line rule to every relation touched since the last call, until nothing changes. */
  protectLines(): void {
    for (let head = 0; head < this.queue.length; head++) {
      const r = this.queue[head];
      this.queued[r] = 0;
      protectLine(this, r);
    }
    this.queue.length = 0;
  }

  /**
   * The best published cell to suppress in relation `r`: prefer cells whose other lines already
   * hold suppressions (no cascade), then cells large enough to bring the suppressed mass to k,
   * the smallest such; ties by cell id, so the result is deterministic.
   */
  bestCandidate(r: number, needed: number, includeTotal: boolean): number | undefined {
    const relation = this.relations[r];
    let best: number | undefined;
    let bestScore: readonly number[] = [];
    for (const c of includeTotal ? [...relation.parts, relation.total] : relation.parts) {
      if (this.suppressed[c] || this.values[c] === 0) continue;
      const v = this.values[c];
      const fits = v >= needed ? 0 : 1;
      const score = [this.cleanLinesOf(c, r), fits, fits === 0 ? v : -v, c];
      if (best === undefined || lexLess(score, bestScore)) {
        best = c;
        bestScore = score;
      }
    }
    return best;
  }
}

function lexLess(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] < b[i];
  return false;
}

/**
 * The line rule, for one relation total = Σ parts. If any part is suppressed, or the total is:
 *  - at least two non-zero parts are suppressed, so no part is the only unknown of the line;
 *  - the suppressed parts hold at least k reports together, so each of them could be as large
 *    as k as far as this line tells (a primary cell's upper bound reaches k);
 * unless every non-zero part is already suppressed (then the total carries the protection, and
 * is suppressed too when it would equal a single suppressed part). Zero cells are published and
 * never chosen: a suppressed zero would hide nothing and let an interval collapse.
 */
function protectLine(state: SuppressionState, r: number): void {
  const { total, parts } = state.relations[r];
  let count = 0;
  let mass = 0;
  let publishedNonZero = 0;
  for (const p of parts) {
    const v = state.values[p];
    if (v === 0) continue;
    if (state.suppressed[p]) {
      count++;
      mass += v;
    } else publishedNonZero++;
  }
  // A hidden total is unknown by choice, not withheld: it needs no suppressed part to hide behind.
  if (count === 0 && (!state.suppressed[total] || state.hidden[total])) return;
  if (publishedNonZero === 0) {
    if (count === 1 && !state.suppressed[total]) state.suppress(total);
    return;
  }
  while ((count < 2 || mass < state.k) && publishedNonZero > 0) {
    const candidate = state.bestCandidate(r, state.k - mass, false);
    if (candidate === undefined) return;
    state.suppress(candidate);
    count++;
    mass += state.values[candidate];
    publishedNonZero--;
  }
}
