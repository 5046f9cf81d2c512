import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { OutboxRepository } from '@tnr/database';
import { isJobName, JobProducer, parsePayload } from '@tnr/queue-contracts';
import type { WorkerConfig } from '../config/worker.config';
import { WORKER_CONFIG } from '../worker.tokens';

const BATCH = 100;
const MAX_BACKOFF_MS = 10_000;
/** A publish that takes longer than this counts as failed (a slow or half-open backend). */
const PUBLISH_TIMEOUT_MS = 5_000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('queue publish timed out')), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Moves outbox rows into the queue. Intake never talks to the queue: a report is safe once
 * its transaction commits, and reaches the queue when the backend is reachable. Delivery is
 * at least once; deterministic job ids and idempotent handlers absorb duplicates.
 */
@Injectable()
export class OutboxRelayService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelayService.name);
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
  private failures = 0;

  constructor(
    private readonly outbox: OutboxRepository,
    private readonly producer: JobProducer,
    @Inject(WORKER_CONFIG) private readonly config: WorkerConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.schedule(0);
  }

  onApplicationShutdown(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
  }

  /** Relays until the outbox is empty; returns how many messages were published. */
  async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const n = await this.outbox.relayBatch(BATCH, async (messages) => {
        for (const m of messages) {
          if (!isJobName(m.topic)) throw new Error('outbox row with unknown topic');
          await withTimeout(this.producer.enqueue(m.topic, parsePayload(m.topic, m.payload)), PUBLISH_TIMEOUT_MS);
        }
      });
      total += n;
      if (n < BATCH) return total;
    }
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => void this.tick(), delay);
  }

  private async tick(): Promise<void> {
    try {
      const n = await this.drain();
      if (this.failures > 0) this.logger.log({ afterFailures: this.failures }, 'outbox relay recovered');
      this.failures = 0;
      if (n > 0) this.logger.debug({ published: n }, 'outbox relayed');
      this.schedule(this.config.tuning.outboxPollMs);
    } catch (e) {
      this.failures += 1;
      if (this.failures === 1 || this.failures % 20 === 0) {
        this.logger.warn({ errorType: e instanceof Error ? e.name : typeof e, failures: this.failures }, 'outbox relay cannot publish yet; will retry');
      }
      this.schedule(Math.min(this.config.tuning.outboxPollMs * 2 ** Math.min(this.failures, 6), MAX_BACKOFF_MS));
    }
  }
}
