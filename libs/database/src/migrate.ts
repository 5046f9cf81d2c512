import type { DataSource } from 'typeorm';
import { seedReferenceData } from './seed/seed-reference-data';

// Any constant works; every process that migrates takes the same lock.
const MIGRATION_LOCK_KEY = 7_305_119_241;

/**
 * Applies pending migrations and the seed data under a PostgreSQL advisory lock, so that
 * several apps starting at once never race each other. Safe to run on every start.
 */
export async function migrateAndSeed(dataSource: DataSource): Promise<{ applied: string[]; seeded: Awaited<ReturnType<typeof seedReferenceData>> }> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    const seeded = await seedReferenceData(dataSource.manager);
    return { applied: applied.map((m) => m.name), seeded };
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await runner.release();
  }
}
