import { DynamicModule, Module } from '@nestjs/common';
import { DatabaseModule } from '@tnr/database';
import { loggerOptions, NarrativeCipher, narrativeKeyRing } from '@tnr/platform';
import { LoggerModule } from 'nestjs-pino';
import type { WorkerConfig } from './config/worker.config';
import { OutboxRelayService } from './outbox/outbox-relay.service';
import { ReconcilerService } from './outbox/reconciler.service';
import { AnalyseReportHandler } from './pipeline/analyse-report.handler';
import { GazetteerService } from './pipeline/gazetteer.service';
import { PipelineProcessor } from './pipeline/pipeline.processor';
import { queueProviders } from './queue/queue.providers';
import { MaintenanceProcessor } from './relinking/maintenance.processor';
import { RelinkAllHandler } from './relinking/relink-all.handler';
import { RetentionService } from './retention/retention.service';
import { WORKER_CONFIG } from './worker.tokens';

@Module({})
export class WorkerModule {
  static register(config: WorkerConfig, options: { background?: boolean } = {}): DynamicModule {
    const background = options.background ?? true;
    return {
      module: WorkerModule,
      imports: [
        LoggerModule.forRoot(loggerOptions('worker', config.common.logLevel)),
        DatabaseModule.forRoot({ url: config.common.databaseUrl, applicationName: 'worker', migrate: true }),
      ],
      providers: [
        { provide: WORKER_CONFIG, useValue: config },
        { provide: NarrativeCipher, useFactory: () => new NarrativeCipher(narrativeKeyRing(config.narrative)) },
        ...queueProviders,
        GazetteerService,
        AnalyseReportHandler,
        RelinkAllHandler,
        ...(background ? [PipelineProcessor, MaintenanceProcessor, OutboxRelayService, ReconcilerService, RetentionService] : []),
      ],
      exports: [AnalyseReportHandler, RelinkAllHandler, GazetteerService],
    };
  }
}
