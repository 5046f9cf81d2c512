import { testDatabaseUrl, testRedisUrl } from '../../../test/helpers/test-env';
import { randomUUID } from 'node:crypto';
import type { Job } from 'bullmq';
import { JobProducer } from './job-producer';
import { QUEUE_NAMES } from './jobs';
import { QueueConnection, type QueueConnectionOptions } from './queue-connection';

function waitFor<T>(what: string, probe: () => T | undefined, deadlineMs = 15_000): Promise<T> {
  const until = Date.now() + deadlineMs;
  return new Promise((resolve, reject) => {
    const tick = () => {
      const v = probe();
      if (v !== undefined) return resolve(v);
      if (Date.now() > until) return reject(new Error(`Timed out waiting for ${what}`));
      setTimeout(tick, 50);
    };
    tick();
  });
}

const backends: Array<[string, () => QueueConnectionOptions]> = [
  ['Redis', () => ({ redisUrl: testRedisUrl(), databaseUrl: testDatabaseUrl(), pgSchema: 'unused' })],
  ['PostgreSQL (embedded default)', () => ({ databaseUrl: testDatabaseUrl(), pgSchema: `bullmq_test_${randomUUID().slice(0, 8)}` })],
];

describe.each(backends)('BullMQ on %s', (_name, options) => {
  let connection: QueueConnection;

  beforeEach(() => {
    connection = new QueueConnection(options());
  });
  afterEach(async () => {
    await connection.close();
  });

  it('delivers a typed job once, even when it is enqueued twice with the same id', async () => {
    const producer = new JobProducer(connection);
    const payload = { v: 1 as const, reportId: randomUUID(), revision: 1 };
    const seen: Array<{ name: string; data: unknown; id: string | undefined }> = [];
    connection.createWorker(QUEUE_NAMES.reportPipeline, async (job: Job) => {
      if ((job.data as { reportId?: string }).reportId === payload.reportId) seen.push({ name: job.name, data: job.data, id: job.id });
      return 'ok';
    });
    const id1 = await producer.enqueue('analyse-report', payload);
    const id2 = await producer.enqueue('analyse-report', payload);
    expect(id1).toBe(`analyse-${payload.reportId}-r1`);
    expect(id2).toBe(id1);
    await waitFor('the job to run', () => (seen.length > 0 ? seen : undefined));
    // Give a duplicate the chance to show up before asserting there was none.
    await new Promise((r) => setTimeout(r, 500));
    expect(seen).toEqual([{ name: 'analyse-report', data: payload, id: id1 }]);
    expect(await producer.jobExists('analyse-report', payload)).toBe(true);
    expect(await producer.jobExists('analyse-report', { ...payload, revision: 2 })).toBe(false);
  });
});

