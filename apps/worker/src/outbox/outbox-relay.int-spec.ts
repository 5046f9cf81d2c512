import { OutboxRepository, type ReportRepository } from '@tnr/database';
import { JobProducer, QueueConnection } from '@tnr/queue-contracts';
import type { DataSource } from 'typeorm';
import { openMigratedDatabase } from '../../../../test/helpers/database';
import { newReportRow } from '../../../../test/helpers/factories';
import { testDatabaseUrl, testRedisUrl } from '../../../../test/helpers/test-env';
import type { WorkerConfig } from '../config/worker.config';
import { OutboxRelayService } from './outbox-relay.service';

const tuning = { tuning: { concurrency: 1, outboxPollMs: 50, reconcileIntervalMs: 60_000 } } as unknown as WorkerConfig;

describe('outbox relay (real PostgreSQL and Redis)', () => {
  let ds: DataSource;
  let reports: ReportRepository;
  let outbox: OutboxRepository;

  beforeAll(async () => {
    ({ ds, reports } = await openMigratedDatabase());
    outbox = new OutboxRepository(ds);
  });
  afterAll(async () => {
    await ds.destroy();
  });

  async function submit(): Promise<string> {
    const report = newReportRow({ countryCode: null, language: null, incidentMonth: null });
    await reports.createWithOutbox(report);
    return report.id;
  }

  it('keeps a report announced while Redis is unreachable, then publishes it once Redis is back', async () => {
    const id = await submit();
    const down = new QueueConnection({ redisUrl: 'redis://127.0.0.1:1/0', databaseUrl: testDatabaseUrl(), pgSchema: 'unused' });
    try {
      const relay = new OutboxRelayService(outbox, new JobProducer(down), tuning);
      await expect(relay.drain()).rejects.toThrow();
      const rows = await ds.query(`SELECT attempts FROM outbox WHERE payload->>'reportId' = $1`, [id]);
      expect(rows).toEqual([{ attempts: 1 }]);
    } finally {
      await down.close();
    }

    const up = new QueueConnection({ redisUrl: testRedisUrl(), databaseUrl: testDatabaseUrl(), pgSchema: 'unused' });
    try {
      const producer = new JobProducer(up);
      const relay = new OutboxRelayService(outbox, producer, tuning);
      expect(await relay.drain()).toBeGreaterThanOrEqual(1);
      expect(await ds.query(`SELECT 1 FROM outbox WHERE payload->>'reportId' = $1`, [id])).toHaveLength(0);
      expect(await producer.jobExists('analyse-report', { v: 1, reportId: id, revision: 1 })).toBe(true);
    } finally {
      await up.close();
    }
  });
});
