import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ANALYSE_REPORT_TOPIC, OutboxRepository } from '@tnr/database';
import { JobProducer } from '@tnr/queue-contracts';
import type { WorkerConfig } from '../config/worker.config';
import { startPeriodic } from '../queue/periodic';
import { WORKER_CONFIG } from '../worker.tokens';

/**
 * Re-drives reports from durable state: a report still waiting for analysis whose job the
 * queue no longer knows (Redis crashed, was flushed, lost its last second of AOF) gets a new
 * outbox row, and so a new job with the same deterministic id.
 */
@Injectable()
export class ReconcilerService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ReconcilerService.name);
  private stop: (() => void) | null = null;

  constructor(
    private readonly outbox: OutboxRepository,
    private readonly producer: JobProducer,
    @Inject(WORKER_CONFIG) private readonly config: WorkerConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.stop = startPeriodic(() => this.reconcile(), this.config.tuning.reconcileIntervalMs, this.logger, 'reconcile');
  }

  onApplicationShutdown(): void {
    this.stop?.();
  }

  async reconcile(): Promise<number> {
    const pending = await this.outbox.unannouncedPendingReports(500);
    const missing: Array<{ v: 1; reportId: string; revision: number }> = [];
    for (const p of pending) {
      const payload = { v: 1 as const, reportId: p.reportId, revision: p.revision };
      if (!(await this.producer.jobExists('analyse-report', payload))) missing.push(payload);
    }
    await this.outbox.reannounce(ANALYSE_REPORT_TOPIC, missing);
    if (missing.length > 0) this.logger.warn({ count: missing.length }, 're-announced reports whose job was lost');
    return missing.length;
  }
}
