import { Inject, Injectable, type OnApplicationShutdown, type Provider } from '@nestjs/common';
import { JobProducer, QueueConnection } from '@tnr/queue-contracts';
import type { WorkerConfig } from '../config/worker.config';
import { WORKER_CONFIG } from '../worker.tokens';

/** Closes every queue and worker on shutdown (SIGTERM lets the active job finish). */
@Injectable()
export class QueueLifecycle implements OnApplicationShutdown {
  constructor(@Inject(QueueConnection) private readonly connection: QueueConnection) {}

  async onApplicationShutdown(): Promise<void> {
    await this.connection.close();
  }
}

export const queueProviders: Provider[] = [
  {
    provide: QueueConnection,
    inject: [WORKER_CONFIG],
    useFactory: async (config: WorkerConfig) => {
      const connection = new QueueConnection({ redisUrl: config.common.redisUrl, databaseUrl: config.common.databaseUrl, pgSchema: config.common.queuePgSchema });
      const policy = await connection.redisEvictionPolicy();
      if (policy !== null && policy !== 'noeviction') {
        throw new Error(`Redis maxmemory-policy is "${policy}"; BullMQ needs "noeviction" or jobs can be lost.`);
      }
      return connection;
    },
  },
  { provide: JobProducer, inject: [QueueConnection], useFactory: (connection: QueueConnection) => new JobProducer(connection) },
  QueueLifecycle,
];
