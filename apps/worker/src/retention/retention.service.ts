import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { coarseDate } from '@tnr/domain';
import { AuditRepository, ReportRepository } from '@tnr/database';
import type { WorkerConfig } from '../config/worker.config';
import { startPeriodic } from '../queue/periodic';
import { WORKER_CONFIG } from '../worker.tokens';

/**
 * Deletes raw narratives RAW_RETENTION_DAYS days after a report was decided, keeping the
 * redacted version, links and statistics. Runs at start and then every RETENTION_INTERVAL_MS.
 */
@Injectable()
export class RetentionService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(RetentionService.name);
  private stop: (() => void) | null = null;

  constructor(
    private readonly reports: ReportRepository,
    private readonly audit: AuditRepository,
    @Inject(WORKER_CONFIG) private readonly config: WorkerConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.stop = startPeriodic(() => this.purge(new Date()), this.config.tuning.retentionIntervalMs, this.logger, 'retention run', true);
  }

  onApplicationShutdown(): void {
    this.stop?.();
  }

  async purge(now: Date): Promise<number> {
    const purged = await this.reports.purgeRawNarratives(coarseDate(now), this.config.tuning.rawRetentionDays);
    if (purged > 0) {
      await this.audit.appendStandalone({ actorId: null, action: 'retention.raw_purged', details: { reports: purged, retentionDays: this.config.tuning.rawRetentionDays } }, now);
      this.logger.log({ purged }, 'raw narratives deleted under the retention rule');
    }
    return purged;
  }
}
