import type { Queue } from 'bullmq';
import { JOB_QUEUE, jobIdFor, type JobName, type JobPayloads, type QueueName } from './jobs';
import type { QueueConnection } from './queue-connection';

/** The one typed way to enqueue: app code never touches a BullMQ Queue. */
export class JobProducer {
  private readonly queues = new Map<QueueName, Queue>();

  constructor(private readonly connection: QueueConnection) {}

  async enqueue<N extends JobName>(name: N, payload: JobPayloads[N]): Promise<string> {
    const jobId = jobIdFor(name, payload);
    await this.queue(JOB_QUEUE[name]).add(name, payload, { jobId });
    return jobId;
  }

  /** Whether a job with this id is still known to the backend (waiting, active, delayed, failed…). */
  async jobExists<N extends JobName>(name: N, payload: JobPayloads[N]): Promise<boolean> {
    const job = await this.queue(JOB_QUEUE[name]).getJob(jobIdFor(name, payload));
    return job !== undefined && job !== null;
  }

  private queue(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = this.connection.createQueue(name);
      this.queues.set(name, queue);
    }
    return queue;
  }
}
