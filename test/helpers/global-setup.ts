import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import IORedis from 'ioredis';

/**
 * Creates a throw-away PostgreSQL database for this run on the server named by
 * TEST_PG_ADMIN_URL (default: the local server) and empties the test Redis database.
 * Tests use real PostgreSQL and Redis; nothing is faked.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.TEST_DATABASE_URL) return;
  const adminUrl = process.env.TEST_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `tnr_test_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  process.env.TEST_DATABASE_URL = url.toString();
  process.env.TEST_DATABASE_NAME = name;

  const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/13';
  process.env.TEST_REDIS_URL = redisUrl;
  const redis = new IORedis(redisUrl, { maxRetriesPerRequest: 1, lazyConnect: true });
  await redis.connect();
  await redis.flushdb();
  await redis.quit();
}
