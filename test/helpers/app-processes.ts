import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { Client } from 'pg';
import { testDatabaseUrl } from './test-env';
import { waitFor } from './wait-for';

const ROOT = path.resolve(__dirname, '..', '..');

export interface AppProcesses {
  env: Record<string, string>;
  intakeUrl: string;
  moderationUrl: string;
  databaseUrl: string;
  /** Everything the three processes wrote to stdout and stderr so far. */
  output(): string;
  close(): Promise<void>;
}

/**
 * Runs the three apps as separate processes from their real entry points (main.ts through
 * ts-node), each on a database of its own with the queue on PostgreSQL, and records their
 * output, for tests about what the apps print.
 */
export async function startAppProcesses(overrides: Record<string, string> = {}): Promise<AppProcesses> {
  const name = `tnr_proc_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: process.env.TEST_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres' });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(testDatabaseUrl());
  url.pathname = `/${name}`;
  const intakePort = 20000 + Math.floor(Math.random() * 20000);
  const moderationPort = intakePort + 1;
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    DATABASE_URL: url.toString(),
    NARRATIVE_KEK: randomBytes(32).toString('base64'),
    RECEIPT_PEPPER: randomBytes(32).toString('base64'),
    ALTCHA_HMAC_KEY: randomBytes(32).toString('base64'),
    ALTCHA_COST: '1',
    ALTCHA_MAX_COUNTER: '20',
    LOG_LEVEL: 'trace',
    OUTBOX_POLL_MS: '50',
    ...overrides,
  };
  let output = '';
  const children: ChildProcess[] = [];
  const launch = (app: string, extra: Record<string, string>) => {
    const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', `apps/${app}/src/main.ts`], {
      cwd: ROOT,
      env: { ...env, ...extra },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    children.push(child);
  };
  launch('worker', {});
  launch('intake-api', { PORT: String(intakePort) });
  launch('moderation', { PORT: String(moderationPort) });
  const intakeUrl = `http://127.0.0.1:${intakePort}`;
  const moderationUrl = `http://127.0.0.1:${moderationPort}`;
  const close = async () => {
    await Promise.all(children.map((c) => (c.exitCode !== null ? undefined : new Promise<void>((resolve) => { c.once('exit', () => resolve()); c.kill('SIGTERM'); }))));
    const cleanup = new Client({ connectionString: process.env.TEST_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres' });
    await cleanup.connect();
    await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await cleanup.end();
  };
  try {
    for (const base of [intakeUrl, moderationUrl]) {
      await waitFor(`${base} to answer`, async () => ((await fetch(`${base}/health/ready`).then((r) => r.ok, () => false)) ? true : undefined), 60_000, 250);
    }
    await waitFor('the worker to start', async () => (output.includes('worker started') ? true : undefined), 60_000, 250);
  } catch (e) {
    await close();
    throw new Error(`${(e as Error).message}\n${output.slice(-2000)}`);
  }
  return { env, intakeUrl, moderationUrl, databaseUrl: url.toString(), output: () => output, close };
}
