import { AuditRepository, createDataSource, migrateAndSeed, ReportRepository } from '@tnr/database';
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
