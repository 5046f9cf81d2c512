/**
 * Login throttling held only in memory, keyed by the username typed (whether or not such an
 * account exists, so the answer never tells them apart). After `maxFailures` failures within
 * `windowMs` the name is locked for `lockMs`; a success clears it. The table is bounded: the
 * oldest entries are dropped first, and a dropped entry only forgets failures.
 *
 * A second, global limit caps how many password hashes run at once, so a flood of logins
 * cannot take the CPU (Argon2id is deliberately expensive).
 */
export interface LoginThrottleOptions {
  maxFailures: number;
  windowMs: number;
  lockMs: number;
  maxEntries: number;
  maxConcurrentChecks: number;
}

export const DEFAULT_LOGIN_THROTTLE: LoginThrottleOptions = {
  maxFailures: 5,
  windowMs: 15 * 60 * 1000,
  lockMs: 15 * 60 * 1000,
  maxEntries: 10_000,
  maxConcurrentChecks: 4,
};

interface Entry {
  failures: number;
  windowStart: number;
  lockedUntil: number;
}

export class LoginThrottle {
  private readonly entries = new Map<string, Entry>();
  private running = 0;

  constructor(private readonly options: LoginThrottleOptions = DEFAULT_LOGIN_THROTTLE) {}

  /** True when this username may try now. */
  allows(username: string, nowMs: number): boolean {
    const entry = this.entries.get(key(username));
    return !entry || entry.lockedUntil <= nowMs;
  }

  recordFailure(username: string, nowMs: number): void {
    const k = key(username);
    let entry = this.entries.get(k);
    if (!entry || nowMs - entry.windowStart > this.options.windowMs) entry = { failures: 0, windowStart: nowMs, lockedUntil: 0 };
    entry.failures += 1;
    if (entry.failures >= this.options.maxFailures) {
      entry.lockedUntil = nowMs + this.options.lockMs;
      entry.failures = 0;
      entry.windowStart = nowMs;
    }
    this.entries.delete(k);
    this.entries.set(k, entry);
    while (this.entries.size > this.options.maxEntries) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }

  recordSuccess(username: string): void {
    this.entries.delete(key(username));
  }

  /** Runs `check` if fewer than `maxConcurrentChecks` are running; otherwise returns null. */
  async withCheckSlot<T>(check: () => Promise<T>): Promise<T | null> {
    if (this.running >= this.options.maxConcurrentChecks) return null;
    this.running += 1;
    try {
      return await check();
    } finally {
      this.running -= 1;
    }
  }
}

function key(username: string): string {
  return username.normalize('NFKC').toLowerCase();
}
