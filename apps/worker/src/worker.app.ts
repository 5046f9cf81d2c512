import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { QueueConnection } from '@tnr/queue-contracts';
import { Logger } from 'nestjs-pino';
import type { WorkerConfig } from './config/worker.config';
import { WorkerModule } from './worker.module';

/** The worker: an application context without HTTP (main.ts and the end-to-end tests). */
export async function createWorkerApp(config: WorkerConfig): Promise<INestApplicationContext> {
  const app = await NestFactory.createApplicationContext(WorkerModule.register(config), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  app.get(Logger).log({ queue: app.get(QueueConnection).describe() }, 'worker started');
  return app;
}
