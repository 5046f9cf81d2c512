import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { coarseDate } from '@tnr/domain';
import { AuditRepository, MessageRepository, ReportRepository, SpentTokenRepository } from '@tnr/database';
import type { WorkerConfig } from '../config/worker.config';
import { startPeriodic } from '../queue/periodic';
import { WORKER_CONFIG } from '../worker.tokens';

export interface RetentionRun {
  rawNarratives: number;
  messageBodies: number;
  spentTokens: number;
}

/**
 * Deletes raw narratives RAW_RETENTION_DAYS days after a report was decided, and message
 * bodies MESSAGE_RETENTION_DAYS (default: the same) after it, keeping the redacted version,
 * links, statistics and the fact that a message was written. Also forgets expired one-time
 * intake tokens. Runs at start and then every RETENTION_INTERVAL_MS.
 */
@Injectable()
export class RetentionService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(RetentionService.name);
  private stop: (() => void) | null = null;

  constructor(
    private readonly reports: ReportRepository,
    private readonly messages: MessageRepository,
    private readonly spentTokens: SpentTokenRepository,
    private readonly audit: AuditRepository,
    @Inject(WORKER_CONFIG) private readonly config: WorkerConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.stop = startPeriodic(() => this.purge(new Date()), this.config.tuning.retentionIntervalMs, this.logger, 'retention run', true);
  }

  onApplicationShutdown(): void {
    this.stop?.();
  }

  async purge(now: Date): Promise<RetentionRun> {
    const today = coarseDate(now);
    const rawDays = this.config.tuning.rawRetentionDays;
    const messageDays = this.config.tuning.messageRetentionDays ?? rawDays;
    const run: RetentionRun = {
      rawNarratives: await this.reports.purgeRawNarratives(today, rawDays),
      messageBodies: await this.messages.purgeBodies(today, messageDays),
      spentTokens: await this.spentTokens.purgeExpired(now),
    };
    if (run.rawNarratives > 0) {
      await this.audit.appendStandalone({ actorId: null, action: 'retention.raw_purged', details: { reports: run.rawNarratives, retentionDays: rawDays } }, now);
    }
    if (run.messageBodies > 0) {
      await this.audit.appendStandalone({ actorId: null, action: 'retention.message_bodies_purged', details: { messages: run.messageBodies, retentionDays: messageDays } }, now);
    }
    if (run.rawNarratives + run.messageBodies > 0) this.logger.log(run, 'raw text deleted under the retention rule');
    return run;
  }
}
