import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { parsePayload, QUEUE_NAMES, QueueConnection, type JobName } from '@tnr/queue-contracts';
import type { Job } from 'bullmq';
import type { WorkerConfig } from '../config/worker.config';
import { WORKER_CONFIG } from '../worker.tokens';
import { startQueueWorker } from '../queue/queue-worker';
import { AnalyseReportHandler } from './analyse-report.handler';

/** Consumes the report-pipeline queue. Closed by QueueLifecycle on shutdown. */
@Injectable()
export class PipelineProcessor implements OnApplicationBootstrap {
  private readonly logger = new Logger(PipelineProcessor.name);

  constructor(
    private readonly connection: QueueConnection,
    private readonly analyse: AnalyseReportHandler,
    @Inject(WORKER_CONFIG) private readonly config: WorkerConfig,
  ) {}

  onApplicationBootstrap(): void {
    startQueueWorker(this.connection, QUEUE_NAMES.reportPipeline, (job) => this.process(job), this.logger, this.config.tuning.concurrency);
  }

  async process(job: Job): Promise<string> {
    const name = job.name as JobName;
    switch (name) {
      case 'analyse-report':
        return this.analyse.handle(parsePayload(name, job.data));
      default:
        throw new Error('unknown job name');
    }
  }
}
