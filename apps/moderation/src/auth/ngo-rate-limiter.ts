/**
 * Per-key token bucket, in memory: `perMinute` requests a minute with bursts up to the same
 * number. Keyed by the API key's id (never by client address).
 */
export class NgoRateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(private readonly perMinute = 120) {}

  take(keyId: string, nowMs: number): boolean {
    const bucket = this.buckets.get(keyId) ?? { tokens: this.perMinute, at: nowMs };
    bucket.tokens = Math.min(this.perMinute, bucket.tokens + ((nowMs - bucket.at) * this.perMinute) / 60_000);
    bucket.at = nowMs;
    const allowed = bucket.tokens >= 1;
    if (allowed) bucket.tokens -= 1;
    this.buckets.set(keyId, bucket);
    return allowed;
  }
}
