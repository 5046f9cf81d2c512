import type { Logger } from '@nestjs/common';
import type { QueueConnection, QueueName } from '@tnr/queue-contracts';
import type { Job, Worker } from 'bullmq';

/**
 * Starts a BullMQ worker on `queue` with failure logging that carries ids and error types
 * only (a third-party error message could quote input). Closed by QueueLifecycle.
 */
export function startQueueWorker(connection: QueueConnection, queue: QueueName, process: (job: Job) => Promise<string>, logger: Logger, concurrency: number): Worker {
  const worker = connection.createWorker(queue, process, { concurrency });
  worker.on('failed', (job, err) => logger.warn({ jobId: job?.id, attempts: job?.attemptsMade, errorType: err.name }, 'job failed'));
  worker.on('error', (err) => logger.error({ errorType: err.name }, 'worker error'));
  return worker;
}
