import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../../../migrations';
import { ENTITIES } from './entities';

export interface DataSourceOptions {
  url: string;
  poolSize?: number;
  applicationName?: string;
  /**
   * A database role every connection switches to at start-up (`SET ROLE` via the startup
   * `options`), e.g. `tnr_ngo_reader`, so a partner-facing module can only read what that role
   * is granted, whatever the query.
   */
  role?: 'tnr_ngo_reader';
}

/**
 * The one way to build a DataSource. `synchronize` is off everywhere: the schema changes only
 * through migrations. Query logging is off so that parameters (which may hold report text)
 * never reach a log; errors reach our exception filters instead.
 */
export function createDataSource({ url, poolSize = 10, applicationName = 'tnr-watch', role }: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    logging: false,
    applicationName,
    extra: { max: poolSize, connectionTimeoutMillis: 5000, idleTimeoutMillis: 30000, ...(role ? { options: `-c role=${role}` } : {}) },
  });
}
