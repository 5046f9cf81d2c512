import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { DATA_SOURCE } from '@tnr/database';
import { QUEUE_NAMES, QueueConnection } from '@tnr/queue-contracts';
import type { Queue } from 'bullmq';
import { Gauge, Registry, collectDefaultMetrics } from 'prom-client';
import type { DataSource } from 'typeorm';

const JOB_STATES = ['waiting', 'active', 'delayed', 'failed', 'completed', 'prioritized', 'waiting-children'] as const;
/** How many recently finished jobs the duration gauges summarise. */
const RECENT_JOBS = 200;

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

/**
 * Prometheus metrics, computed when scraped: reports by status, the outbox backlog, queue
 * depth by state, and the durations of recently finished jobs (quantiles over the last
 * completed jobs BullMQ keeps). Counts only: no ids, no text.
 */
@Injectable()
export class MetricsService implements OnModuleDestroy {
  readonly registry = new Registry();
  private readonly queues: Queue[];

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly connection: QueueConnection,
  ) {
    this.queues = Object.values(QUEUE_NAMES).map((name) => connection.createQueue(name));
    collectDefaultMetrics({ register: this.registry, prefix: 'tnr_moderation_' });
    // Gauge collect() callbacks get the gauge as `this`; they read the database and queues from here.
    const { queues } = this;
    const db = dataSource;
    new Gauge({
      name: 'tnr_reports',
      help: 'Reports by status',
      labelNames: ['status'],
      registers: [this.registry],
      async collect() {
        this.reset();
        const rows: Array<{ status: string; n: number }> = await db.query(`SELECT status, count(*)::int AS n FROM reports GROUP BY status`);
        for (const r of rows) this.set({ status: r.status }, r.n);
      },
    });
    new Gauge({
      name: 'tnr_outbox_pending',
      help: 'Outbox rows not yet handed to the queue',
      registers: [this.registry],
      async collect() {
        const [row]: Array<{ n: number }> = await db.query(`SELECT count(*)::int AS n FROM outbox`);
        this.set(row.n);
      },
    });
    new Gauge({
      name: 'tnr_queue_up',
      help: '1 when the queue backend answered this scrape',
      labelNames: ['queue'],
      registers: [this.registry],
      async collect() {
        for (const queue of queues) {
          const ok = await queue.getJobCounts('waiting').then(() => 1, () => 0);
          this.set({ queue: queue.name }, ok);
        }
      },
    });
    new Gauge({
      name: 'tnr_queue_jobs',
      help: 'Jobs by queue and state',
      labelNames: ['queue', 'state'],
      registers: [this.registry],
      async collect() {
        this.reset();
        for (const queue of queues) {
          const counts = await queue.getJobCounts(...JOB_STATES).catch(() => null);
          if (counts) for (const state of JOB_STATES) this.set({ queue: queue.name, state }, counts[state] ?? 0);
        }
      },
    });
    new Gauge({
      name: 'tnr_job_duration_seconds',
      help: `Processing time of the last ${RECENT_JOBS} completed jobs, by queue and quantile`,
      labelNames: ['queue', 'quantile'],
      registers: [this.registry],
      async collect() {
        this.reset();
        for (const queue of queues) {
          const jobs = await queue.getJobs(['completed'], 0, RECENT_JOBS - 1).catch(() => []);
          const seconds = jobs
            .filter((j) => j?.processedOn && j.finishedOn)
            .map((j) => ((j.finishedOn as number) - (j.processedOn as number)) / 1000)
            .sort((a, b) => a - b);
          if (seconds.length === 0) continue;
          for (const q of [0.5, 0.95, 0.99]) this.set({ queue: queue.name, quantile: String(q) }, quantile(seconds, q));
          this.set({ queue: queue.name, quantile: '1' }, seconds[seconds.length - 1]);
        }
      },
    });
  }

  /** True when the queue backend answers within a second. */
  async queueAnswers(): Promise<boolean> {
    const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 1000).unref());
    return Promise.race([this.queues[0].getJobCounts('waiting').then(() => true, () => false), timeout]);
  }

  queuesForDashboard(): readonly Queue[] {
    return this.queues;
  }

  async onModuleDestroy(): Promise<void> {
    await this.connection.close();
  }
}
