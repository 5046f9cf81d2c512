import { createPostgresBackend, Queue, Worker, type DefaultJobOptions, type Processor, type WorkerOptions } from 'bullmq';
import IORedis, { type RedisOptions } from 'ioredis';

export type QueueMode = 'redis' | 'postgres';

export interface QueueConnectionOptions {
  redisUrl?: string;
  databaseUrl: string;
  /** Schema for BullMQ's tables in PostgreSQL mode. */
  pgSchema: string;
}

/** Retries with exponential backoff; finished jobs expire so the backend does not fill up. */
export const DEFAULT_JOB_OPTIONS: DefaultJobOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 5000, jitter: 0.5 },
  removeOnComplete: { age: 3600, count: 1000 },
  removeOnFail: { age: 7 * 24 * 3600 },
};

/**
 * Builds BullMQ queues and workers on Redis when `REDIS_URL` is set (production), otherwise
 * on BullMQ's PostgreSQL backend in the application database (embedded single-machine mode).
 * Nothing else in the code base constructs a Queue or a Worker.
 */
export class QueueConnection {
  readonly mode: QueueMode;
  private readonly closers: Array<() => Promise<unknown>> = [];
  /** BullMQ does not close connections it was handed, so we close our own clients last. */
  private readonly clients = new Set<IORedis>();

  constructor(private readonly options: QueueConnectionOptions) {
    this.mode = options.redisUrl ? 'redis' : 'postgres';
  }

  describe(): string {
    return this.mode === 'redis' ? 'BullMQ on Redis' : `BullMQ on PostgreSQL (schema "${this.options.pgSchema}")`;
  }

  /** Producers fail fast when Redis is unreachable: the outbox keeps the message. */
  createQueue(name: string): Queue {
    const queue =
      this.mode === 'redis'
        ? new Queue(name, { connection: this.redis({ enableOfflineQueue: false, maxRetriesPerRequest: 1 }), defaultJobOptions: DEFAULT_JOB_OPTIONS })
        : (new Queue(name, { connection: this.pgConnection(), defaultJobOptions: DEFAULT_JOB_OPTIONS }, createPostgresBackend) as unknown as Queue);
    // Connection errors reach callers as rejected add() calls; the event needs a listener.
    queue.on('error', () => undefined);
    this.closers.push(() => queue.close());
    return queue;
  }

  /** Workers wait for the backend indefinitely (`maxRetriesPerRequest: null`). */
  createWorker<D, R>(name: string, processor: Processor<D, R>, opts: Omit<WorkerOptions, 'connection'> = {}): Worker<D, R> {
    const worker =
      this.mode === 'redis'
        ? new Worker<D, R>(name, processor, { ...opts, connection: this.redis({ maxRetriesPerRequest: null }) })
        : (new Worker(name, processor as Processor, { ...opts, connection: this.pgConnection() } as never, createPostgresBackend) as unknown as Worker<D, R>);
    this.closers.unshift(() => worker.close());
    return worker;
  }

  /**
   * Redis must never evict keys: an evicted lock means a job processed twice or lost.
   * Returns the policy so start-up can refuse anything else.
   */
  async redisEvictionPolicy(): Promise<string | null> {
    if (this.mode !== 'redis') return null;
    const client = this.redis({ maxRetriesPerRequest: 1, lazyConnect: true });
    try {
      await client.connect();
      const reply = (await client.config('GET', 'maxmemory-policy')) as string[];
      return reply[1] ?? null;
    } finally {
      client.disconnect();
      this.clients.delete(client);
    }
  }

  async close(): Promise<void> {
    for (const close of this.closers.splice(0)) await close().catch(() => undefined);
    for (const client of this.clients) client.disconnect();
    this.clients.clear();
  }

  private redis(extra: RedisOptions): IORedis {
    const client = new IORedis(this.options.redisUrl as string, { ...extra, retryStrategy: (times) => Math.min(times * 200, 2000) });
    // Connection errors surface through the operations that fail; don't crash on 'error'.
    client.on('error', () => undefined);
    this.clients.add(client);
    return client;
  }

  private pgConnection(): { connectionString: string; schema: string; migrate: boolean; max: number } {
    return { connectionString: this.options.databaseUrl, schema: this.options.pgSchema, migrate: true, max: 5 };
  }
}
