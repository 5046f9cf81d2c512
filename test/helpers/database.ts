import { AuditRepository, createDataSource, migrateAndSeed, ReportRepository } from '@tnr/database';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { testDatabaseUrl } from './test-env';

/** The run's throw-away database with migrations and seed applied, for integration specs. */
export async function openMigratedDatabase(): Promise<{ ds: DataSource; reports: ReportRepository; audit: AuditRepository }> {
  const ds = createDataSource({ url: testDatabaseUrl(), poolSize: 4 });
  await ds.initialize();
  await migrateAndSeed(ds);
  const audit = new AuditRepository(ds);
  return { ds, reports: new ReportRepository(ds, audit), audit };
}

/**
 * A database of its own (migrated and seeded), for specs that assert exact totals over whole
 * tables; `close()` drops it.
 */
export async function openPrivateMigratedDatabase(): Promise<{ ds: DataSource; url: string; close: () => Promise<void> }> {
  const admin = new URL(process.env.TEST_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  const name = `tnr_test_${randomBytes(4).toString('hex')}_own`;
  const run = async (sql: string) => {
    const client = new Client({ connectionString: admin.toString() });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await run(`CREATE DATABASE ${name}`);
  const url = new URL(admin.toString());
  url.pathname = `/${name}`;
  const ds = createDataSource({ url: url.toString(), poolSize: 4 });
  await ds.initialize();
  await migrateAndSeed(ds);
  return {
    ds,
    url: url.toString(),
    close: async () => {
      await ds.destroy();
      await run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}
