import { randomBytes } from 'node:crypto';

/** The run's throw-away database (created by jest's globalSetup). */
export function testDatabaseUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set: run through jest (globalSetup creates it)');
  return url;
}

export function testRedisUrl(): string {
  return process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/13';
}

/** Environment for apps under test: the run's throw-away database, the test Redis, fresh keys. */
export function testEnv(overrides: Record<string, string | undefined> = {}): Record<string, string | undefined> {
  return {
    DATABASE_URL: testDatabaseUrl(),
    REDIS_URL: testRedisUrl(),
    NARRATIVE_KEK: randomBytes(32).toString('base64'),
    RECEIPT_PEPPER: randomBytes(32).toString('base64'),
    METRICS_TOKEN: randomBytes(32).toString('base64url'),
    ALTCHA_HMAC_KEY: randomBytes(32).toString('base64'),
    // Proof of work that tests solve in a few milliseconds (the defaults take about a second).
    ALTCHA_COST: '1',
    ALTCHA_MAX_COUNTER: '20',
    NO_POW_REPORTS_PER_HOUR: '1000',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    PORT: '0',
    OUTBOX_POLL_MS: '50',
    RECONCILE_INTERVAL_MS: '1000',
    ...overrides,
  };
}
