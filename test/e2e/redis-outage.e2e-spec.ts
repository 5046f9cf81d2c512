import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import request from 'supertest';
import { startPrivateSystem, type PrivateSystem } from '../helpers/private-system';
import { withProofOfWork } from '../helpers/proof-of-work';
import { waitFor } from '../helpers/wait-for';

/** A port nobody listens on now (another test run may be going on at the same time). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

let PORT = 0;

/** A real Redis of the test's own (no persistence, so a kill loses every queued job). */
function startRedis(): Promise<ChildProcess> {
  const child = spawn('redis-server', ['--port', String(PORT), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--maxmemory-policy', 'noeviction'], { stdio: ['ignore', 'pipe', 'ignore'] });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('redis-server did not start within 10 s')), 10_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Ready to accept connections')) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.once('exit', () => reject(new Error('redis-server exited')));
  });
}

function kill(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

/**
 * F1/F2 of SECURITY-TESTS.md with the real Redis binary: killed (losing every job it held),
 * submissions keep returning 201 through the outage, and once Redis is back every report
 * submitted before, during and after the outage is analysed.
 */
describe('Redis killed and restarted under submissions', () => {
  let system: PrivateSystem;
  let redis: ChildProcess;
  let db: Client;

  beforeAll(async () => {
    PORT = await freePort();
    redis = await startRedis();
    system = await startPrivateSystem({ REDIS_URL: `redis://127.0.0.1:${PORT}/0`, RECONCILE_INTERVAL_MS: '1000' });
    db = system.db;
  });
  afterAll(async () => {
    await system?.close();
    if (redis) await kill(redis);
  });

  async function submit(marker: string, i: number): Promise<void> {
    await request(system.intakeUrl).post('/v1/reports').send(await withProofOfWork(system.intakeUrl, { narrative: `${marker} report ${i}: the Fuzhou Police called my aunt.` })).expect(201);
  }

  async function analysed(marker: string): Promise<number> {
    const { rows } = await db.query(`SELECT count(*)::int AS n FROM reports WHERE status = 'awaiting_review' AND processed_revision = 1 AND redacted_narrative LIKE $1`, [`${marker}%`]);
    return rows[0].n;
  }

  it('accepts every submission during the outage and analyses all of them after it', async () => {
    const marker = `NARR-${randomUUID()}`;
    for (let i = 0; i < 5; i++) await submit(marker, i);
    await waitFor('the first reports to be analysed', async () => ((await analysed(marker)) === 5 ? true : undefined), 20_000);

    await kill(redis);
    for (let i = 5; i < 15; i++) await submit(marker, i);
    const { rows } = await db.query(`SELECT count(*)::int AS n FROM reports WHERE narrative_ciphertext IS NOT NULL`);
    expect(rows[0].n).toBeGreaterThanOrEqual(15);

    // Long enough for BullMQ's blocking client to notice (drainDelay is 5 s).
    await new Promise((r) => setTimeout(r, 7000));
    redis = await startRedis();
    for (let i = 15; i < 20; i++) await submit(marker, i);

    await waitFor('all 20 reports to be analysed after Redis came back', async () => ((await analysed(marker)) === 20 ? true : undefined), 60_000, 250);
    const links = await db.query(
      `SELECT r.id, count(l.id)::int AS n FROM reports r LEFT JOIN report_links l ON l.report_id = r.id WHERE r.redacted_narrative LIKE $1 GROUP BY r.id`,
      [`${marker}%`],
    );
    // One analysis per report: the same single bureau link, never duplicated.
    expect(links.rows.map((r: { n: number }) => r.n)).toEqual(Array(20).fill(links.rows[0].n));
    expect(links.rows[0].n).toBeGreaterThanOrEqual(1);
  });
});
