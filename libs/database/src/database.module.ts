import { DynamicModule, Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { createDataSource } from './data-source';
import { DATA_SOURCE } from './database.tokens';
import { migrateAndSeed } from './migrate';
import { AuditRepository } from './repositories/audit.repository';
import { GazetteerRepository } from './repositories/gazetteer.repository';
import { GazetteerAdminRepository } from './repositories/gazetteer-admin.repository';
import { MessageRepository } from './repositories/message.repository';
import { NgoKeyRepository } from './repositories/ngo-key.repository';
import { ReportTriageRepository } from './repositories/report-triage.repository';
import { OutboxRepository } from './repositories/outbox.repository';
import { ReportRepository } from './repositories/report.repository';
import { SpentTokenRepository } from './repositories/spent-token.repository';
import { StaffRepository } from './repositories/staff.repository';

export interface DatabaseModuleOptions {
  url: string;
  applicationName: string;
  poolSize?: number;
  /** Apply migrations and seed data at start-up (under an advisory lock). */
  migrate: boolean;
}

const REPOSITORIES = [AuditRepository, GazetteerRepository, GazetteerAdminRepository, MessageRepository, NgoKeyRepository, OutboxRepository, ReportRepository, ReportTriageRepository, SpentTokenRepository, StaffRepository];

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
