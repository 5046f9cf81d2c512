/**
 * Aho–Corasick automaton over UTF-16 code units. Search is one left-to-right pass: its cost is
 * the text length plus the number of matches, whatever the number of patterns. Transitions live
 * in one Map keyed by `state * 65536 + codeUnit` (compact for tens of thousands of patterns).
 */
export interface AutomatonMatch {
  /** Index of the pattern in the array given to the constructor. */
  pattern: number;
  start: number;
  end: number;
}

export class AhoCorasick {
  private readonly goto = new Map<number, number>();
  private readonly fail: Int32Array;
  /** Pattern ending at this state, or -1. */
  private readonly terminal: Int32Array;
  /** Nearest state on the failure chain that ends a pattern, or 0. */
  private readonly outputLink: Int32Array;
  private readonly depth: Int32Array;
  readonly stateCount: number;

  constructor(patterns: readonly string[]) {
    const terminal: number[] = [-1];
    const depth: number[] = [0];
    patterns.forEach((pattern, index) => {
      if (pattern.length === 0) return;
      let state = 0;
      for (let i = 0; i < pattern.length; i++) {
        const key = state * 65536 + pattern.charCodeAt(i);
        let next = this.goto.get(key);
        if (next === undefined) {
          next = terminal.length;
          terminal.push(-1);
          depth.push(depth[state] + 1);
          this.goto.set(key, next);
        }
        state = next;
      }
      if (terminal[state] === -1) terminal[state] = index;
    });
    this.stateCount = terminal.length;
    this.terminal = Int32Array.from(terminal);
    this.depth = Int32Array.from(depth);
    this.fail = new Int32Array(this.stateCount);
    this.outputLink = new Int32Array(this.stateCount);

    // Children per state, for the breadth-first pass that sets failure links.
    const children: Array<Array<[number, number]>> = Array.from({ length: this.stateCount }, () => []);
    for (const [key, child] of this.goto) {
      children[Math.floor(key / 65536)].push([key % 65536, child]);
    }
    const queue: number[] = [];
    for (const [, child] of children[0]) queue.push(child);
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head];
      for (const [code, child] of children[state]) {
        let f = this.fail[state];
        let target = this.goto.get(f * 65536 + code);
        while (target === undefined && f !== 0) {
          f = this.fail[f];
          target = this.goto.get(f * 65536 + code);
        }
        const failState = target !== undefined && target !== child ? target : 0;
        this.fail[child] = failState;
        this.outputLink[child] = this.terminal[failState] >= 0 ? failState : this.outputLink[failState];
        queue.push(child);
      }
    }
  }

  /** Every occurrence of every pattern, overlapping ones included, ordered by end offset. */
  search(text: string): AutomatonMatch[] {
    const matches: AutomatonMatch[] = [];
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      let next = this.goto.get(state * 65536 + code);
      while (next === undefined && state !== 0) {
        state = this.fail[state];
        next = this.goto.get(state * 65536 + code);
      }
      state = next ?? 0;
      let out = this.terminal[state] >= 0 ? state : this.outputLink[state];
      while (out !== 0) {
        matches.push({ pattern: this.terminal[out], start: i + 1 - this.depth[out], end: i + 1 });
        out = this.outputLink[out];
      }
    }
    return matches;
  }
}
