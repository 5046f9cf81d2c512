import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { startSystem, type RunningSystem } from './system';

/**
 * A system with a database of its own, for specs that count rows or scan every table:
 * Jest runs spec files in parallel workers, and with one shared database another file's
 * submissions would move the counts. The queue runs on BullMQ's PostgreSQL backend inside
 * that same private database (REDIS_URL unset, the embedded mode), so no other file's worker
 * can take this system's jobs, nor this one theirs, and no Redis connection is left open.
 */
export interface PrivateSystem extends RunningSystem {
  /** Connected to the private database; closed by `close()`. */
  db: Client;
  databaseName: string;
}

function adminUrl(): string {
  return process.env.TEST_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
}

async function onAdmin<T>(run: (admin: Client) => Promise<T>): Promise<T> {
  const admin = new Client({ connectionString: adminUrl() });
  await admin.connect();
  try {
    return await run(admin);
  } finally {
    await admin.end();
  }
}

export async function startPrivateSystem(overrides: Record<string, string | undefined> = {}): Promise<PrivateSystem> {
  if (!process.env.TEST_DATABASE_URL) throw new Error('TEST_DATABASE_URL is not set: run through jest (globalSetup creates it)');
  const databaseName = `tnr_test_${randomBytes(4).toString('hex')}_private`;
  await onAdmin((admin) => admin.query(`CREATE DATABASE ${databaseName}`));
  const url = new URL(adminUrl());
  url.pathname = `/${databaseName}`;
  const drop = () => onAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`));

  let system: RunningSystem;
  try {
    system = await startSystem({ DATABASE_URL: url.toString(), REDIS_URL: undefined, ...overrides });
  } catch (e) {
    await drop();
    throw e;
  }
  const db = new Client({ connectionString: url.toString() });
  try {
    await db.connect();
  } catch (e) {
    await system.close();
    await drop();
    throw e;
  }
  return {
    ...system,
    db,
    databaseName,
    close: async () => {
      try {
        await db.end();
        await system.close();
      } finally {
        if (!process.env.KEEP_TEST_DATABASE) await drop();
      }
    },
  };
}

/**
 * Rows written to `reports` and `outbox` so far. The outbox relay deletes rows once they are
 * queued, so outbox rows are counted by the identity sequence (every row ever inserted),
 * not by `count(*)`, which would drop as the relay drains.
 */
export async function writtenRows(db: Client): Promise<{ reports: number; outbox: number }> {
  const { rows } = await db.query<{ reports: number; last_value: string; is_called: boolean }>(
    'SELECT (SELECT count(*)::int FROM reports) AS reports, last_value::text AS last_value, is_called FROM outbox_id_seq',
  );
  const [row] = rows;
  return { reports: row.reports, outbox: row.is_called ? Number(row.last_value) : 0 };
}

/** Every table of every non-system schema, each row cast to text, joined (for canary scans). */
export async function dumpAllTables(db: Client): Promise<{ tables: string[]; text: string }> {
  const { rows: tables } = await db.query<{ schema: string; name: string }>(
    `SELECT table_schema AS schema, table_name AS name FROM information_schema.tables
      WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')
      ORDER BY 1, 2`,
  );
  const parts: string[] = [];
  for (const t of tables) {
    const ident = `${quoteIdent(t.schema)}.${quoteIdent(t.name)}`;
    const { rows } = await db.query<{ row: string }>(`SELECT t::text AS row FROM ${ident} t`);
    for (const r of rows) parts.push(`${ident}: ${r.row}`);
  }
  return { tables: tables.map((t) => `${t.schema}.${t.name}`), text: parts.join('\n') };
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
