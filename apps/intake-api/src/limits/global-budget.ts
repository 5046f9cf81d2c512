/**
 * A token bucket shared by everyone (receipt guesses, reports sent without proof of work):
 * throttled globally, so no per-person state (no IP, no fingerprint) is ever kept. Held in
 * memory only, per process.
 */
export class GlobalBudget {
  private tokens: number;
  private updatedAt: number;

  constructor(
    private readonly capacity: number,
    private readonly refillPerSecond: number,
    now: number,
  ) {
    this.tokens = capacity;
    this.updatedAt = now;
  }

  /** Takes one token; false when the budget is spent. */
  take(now: number): boolean {
    this.tokens = Math.min(this.capacity, this.tokens + ((now - this.updatedAt) / 1000) * this.refillPerSecond);
    this.updatedAt = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
