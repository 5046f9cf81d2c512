import { DynamicModule, Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { createDataSource } from './data-source';
import { DATA_SOURCE } from './database.tokens';
import { migrateAndSeed } from './migrate';
import { AuditRepository } from './repositories/audit.repository';
import { GazetteerRepository } from './repositories/gazetteer.repository';
import { MessageRepository } from './repositories/message.repository';
import { OutboxRepository } from './repositories/outbox.repository';
import { ReportRepository } from './repositories/report.repository';
import { SpentTokenRepository } from './repositories/spent-token.repository';
import { StaffRepository } from './repositories/staff.repository';
import { StatisticsRepository } from './repositories/statistics.repository';

export interface DatabaseModuleOptions {
  url: string;
  applicationName: string;
  poolSize?: number;
  /** Apply migrations and seed data at start-up (under an advisory lock). */
  migrate: boolean;
}

const REPOSITORIES = [AuditRepository, GazetteerRepository, MessageRepository, OutboxRepository, ReportRepository, SpentTokenRepository, StaffRepository, StatisticsRepository];

@Global()
@Module({})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  static forRoot(options: DatabaseModuleOptions): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [
        {
          provide: DATA_SOURCE,
          useFactory: async () => {
            const ds = createDataSource(options);
            await ds.initialize();
            if (options.migrate) await migrateAndSeed(ds);
            return ds;
          },
        },
        ...REPOSITORIES,
      ],
      exports: [DATA_SOURCE, ...REPOSITORIES],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}
