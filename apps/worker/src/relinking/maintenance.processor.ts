import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { parsePayload, QUEUE_NAMES, QueueConnection, type JobName } from '@tnr/queue-contracts';
import type { Job } from 'bullmq';
import { startQueueWorker } from '../queue/queue-worker';
import { RelinkAllHandler, type RelinkProgress } from './relink-all.handler';

function isProgress(value: unknown): value is RelinkProgress {
  const v = value as RelinkProgress | null;
  return typeof v === 'object' && v !== null && typeof v.done === 'number' && (v.cursor === null || typeof v.cursor === 'string');
}

/** Consumes the gazetteer-maintenance queue, one job at a time. */
@Injectable()
export class MaintenanceProcessor implements OnApplicationBootstrap {
  private readonly logger = new Logger(MaintenanceProcessor.name);

  constructor(
    private readonly connection: QueueConnection,
    private readonly relink: RelinkAllHandler,
  ) {}

  onApplicationBootstrap(): void {
    startQueueWorker(this.connection, QUEUE_NAMES.maintenance, (job) => this.process(job), this.logger, 1);
  }

  async process(job: Job): Promise<string> {
    const name = job.name as JobName;
    switch (name) {
      case 'relink-all': {
        const outcome = await this.relink.handle(parsePayload(name, job.data), isProgress(job.progress) ? job.progress : null, (p) => job.updateProgress(p));
        return outcome.status;
      }
      default:
        throw new Error('unknown job name');
    }
  }
}
