import { randomBytes } from 'node:crypto';

/** Environment for apps under test: the run's throw-away database, the test Redis, fresh keys. */
export function testEnv(overrides: Record<string, string | undefined> = {}): Record<string, string | undefined> {
  const databaseUrl = process.env.TEST_DATABASE_URL;
  if (!databaseUrl) throw new Error('TEST_DATABASE_URL is not set: run through jest (globalSetup creates it)');
  return {
    DATABASE_URL: databaseUrl,
    REDIS_URL: process.env.TEST_REDIS_URL,
    NARRATIVE_KEK: randomBytes(32).toString('base64'),
    RECEIPT_PEPPER: randomBytes(32).toString('base64'),
    NGO_API_KEY: randomBytes(32).toString('base64url'),
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    PORT: '0',
    OUTBOX_POLL_MS: '50',
    RECONCILE_INTERVAL_MS: '1000',
    ...overrides,
  };
}
