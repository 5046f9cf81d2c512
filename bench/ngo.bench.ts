/**
 * NGO data API benchmark: 1,000,000 verified synthetic reports (countries skewed like real reporting:
 * a few countries hold most reports, many have a handful, so suppression has work to do), then the latency of every table
 * in every format through the real HTTP app, with a partner key.
 *
 *   npm run bench:ngo                  # print the figures
 *   npm run bench:ngo -- --write       # also replace the "NGO data API" section of BENCHMARKS.md
 *   npm run bench:ngo -- --reports 100000
 *
 * It creates a throw-away database on the PostgreSQL at TEST_PG_ADMIN_URL (default: the local
 * server as `postgres`), bulk-loads reports with the roll-up triggers switched off and rebuilds the
 * roll-ups once (stats_rebuild), then measures: the incremental trigger cost of verifying one
 * more report, the cold release build, and per table × format the p50/p95 of 30 requests.
 * Figures are measured, never asserted.
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { cpus } from 'node:os';
import { Client } from 'pg';
import { TABLE_IDS } from '../libs/disclosure/src';
import { NgoKeyRepository } from '../libs/database/src';
import { loadModerationConfig } from '../apps/moderation/src/config/moderation.config';
import { createModerationApp } from '../apps/moderation/src/moderation.app';
import { writeBenchmarkSection } from './benchmarks-file';

const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const REPORTS = Number(arg('reports', '1000000'));
const RUNS = 30;
const adminUrl = process.env.TEST_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function onAdmin(sql: string): Promise<void> {
  const c = new Client({ connectionString: adminUrl });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;

async function main(): Promise<void> {
  const name = `tnr_bench_ngo_${randomBytes(3).toString('hex')}`;
  await onAdmin(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const lines: string[] = [];
  const out = (s = '') => lines.push(s);
  let app: Awaited<ReturnType<typeof createModerationApp>> | undefined;
  const db = new Client({ connectionString: url.toString() });
  try {
    const config = loadModerationConfig({ DATABASE_URL: url.toString(), NARRATIVE_KEK: randomBytes(32).toString('base64'), LOG_LEVEL: 'silent', PORT: '0' });
    app = await createModerationApp(config); // runs the migrations and the seed
    await app.listen(0, '127.0.0.1');
    const address = app.getHttpServer().address() as { port: number };
    const base = `http://127.0.0.1:${address.port}`;
    await db.connect();

    // --- load ---------------------------------------------------------------------------------
    let t0 = process.hrtime.bigint();
    await db.query(`ALTER TABLE reports DISABLE TRIGGER tr_reports_stats`);
    await db.query(`ALTER TABLE report_links DISABLE TRIGGER tr_report_links_stats`);
    await db.query(`DROP INDEX IF EXISTS ix_reports_redacted_trgm`);
    await db.query(
      `WITH c AS (SELECT array_agg(country_code ORDER BY country_code) AS codes FROM locations WHERE kind = 'country' AND country_code IS NOT NULL),
            cities AS (SELECT array_agg(name_en ORDER BY key) AS names FROM locations WHERE kind = 'city'),
            t AS (SELECT array_agg(id ORDER BY id) AS ids FROM incident_types)
       INSERT INTO reports (id, proof_of_work, status, channel, country_code, city, incident_month, reported_incident_types,
                            narrative_ciphertext, narrative_wrapped_key, receipt_hash, created_on, decided_on)
       SELECT gen_random_uuid(), true, 'verified', 'api',
              CASE WHEN g % 50 = 0 THEN NULL ELSE c.codes[1 + floor(array_length(c.codes, 1) * power(((hashint4(g) & 2147483647) % 1000000) / 1000000.0, 4))::int] END,
              CASE WHEN g % 3 = 0 THEN cities.names[1 + (hashint4(g + 7) & 2147483647) % array_length(cities.names, 1)] ELSE NULL END,
              CASE WHEN g % 20 = 0 THEN NULL ELSE to_char(date '2015-01-01' + ((hashint4(g + 11) & 2147483647) % 3650), 'YYYY-MM') END,
              ARRAY[t.ids[1 + (hashint4(g + 13) & 2147483647) % array_length(t.ids, 1)], t.ids[1 + (hashint4(g + 17) & 2147483647) % array_length(t.ids, 1)]],
              '\\x00'::bytea, decode('026b31' || repeat('00', 60), 'hex'), md5(g::text || random()::text), current_date, current_date
         FROM generate_series(1, $1::int) g, c, cities, t`,
      [REPORTS],
    );
    const loadReports = ms(t0);
    t0 = process.hrtime.bigint();
    await db.query(
      `WITH o AS (SELECT array_agg(key ORDER BY key) AS keys FROM organizations)
       INSERT INTO report_links (report_id, entity_type, entity_key, kind, confidence, start_offset, end_offset, evidence, status, origin)
       SELECT r.id, 'organization', o.keys[1 + (hashint4(hashtext(r.id::text)) & 2147483647) % array_length(o.keys, 1)], 'k', 1, 0, 0, 'bench', 'confirmed', 'staff'
         FROM reports r, o WHERE (hashtext(r.id::text) & 3) = 0`,
    );
    const loadLinks = ms(t0);
    await db.query(`ALTER TABLE reports ENABLE TRIGGER tr_reports_stats`);
    await db.query(`ALTER TABLE report_links ENABLE TRIGGER tr_report_links_stats`);
    t0 = process.hrtime.bigint();
    await db.query(`SELECT stats_rebuild()`);
    const rebuild = ms(t0);
    await db.query('ANALYZE');
    const [{ n: links }] = (await db.query(`SELECT count(*)::int AS n FROM report_links`)).rows;
    const [{ places, members }] = (await db.query(`SELECT (SELECT count(*)::int FROM stats_place_month) AS places, (SELECT count(*)::int FROM stats_member_year) AS members`)).rows;

    // --- incremental maintenance: verify 200 more reports one at a time -------------------------
    await db.query(
      `INSERT INTO reports (id, proof_of_work, status, channel, country_code, incident_month, reported_incident_types, narrative_ciphertext, narrative_wrapped_key, receipt_hash, created_on)
       SELECT gen_random_uuid(), true, 'in_review', 'api', 'NL', '2024-05', '{}', '\\x00'::bytea, decode('026b31' || repeat('00', 60), 'hex'), md5(random()::text || g), current_date FROM generate_series(1, 200) g`,
    );
    const pending = (await db.query(`SELECT id FROM reports WHERE status = 'in_review'`)).rows as Array<{ id: string }>;
    const verifyTimes: number[] = [];
    for (const r of pending) {
      const t = process.hrtime.bigint();
      await db.query(`UPDATE reports SET status = 'verified' WHERE id = $1`, [r.id]);
      verifyTimes.push(ms(t));
    }
    verifyTimes.sort((a, b) => a - b);

    // --- HTTP ---------------------------------------------------------------------------------
    // Keys are rate-limited (120 requests a minute each): every measured URL gets a key of its own.
    const keys = app.get(NgoKeyRepository);
    const newKey = async () => ({ 'x-api-key': (await keys.create({ name: 'bench', scopes: ['statistics:read', 'metadata:read'], expiresOn: null }, null, new Date())).key });
    const headers = await newKey();
    t0 = process.hrtime.bigint();
    const cold = await fetch(`${base}/v1/ngo/tables`, { headers });
    if (!cold.ok) throw new Error(`catalogue: HTTP ${cold.status} ${await cold.text()}`);
    const catalogue = (await cold.json()) as { tables: Array<{ id: string; rows: number; suppressedRows: number }> };
    const coldMs = ms(t0);

    out(`Reproduce: \`npm run bench:ngo\` (add \`-- --write\` to refresh this section). Machine: ${cpus().length} cores, PostgreSQL on localhost, the moderation app in the same process as the client.`);
    out();
    out(`| load | figure |`);
    out(`|---|---|`);
    out(`| verified reports | ${REPORTS.toLocaleString('en')} (${links.toLocaleString('en')} confirmed organization links) |`);
    out(`| bulk insert (roll-up triggers off) | ${(loadReports / 1000).toFixed(1)} s reports, ${(loadLinks / 1000).toFixed(1)} s links |`);
    out(`| stats_rebuild() from scratch | ${(rebuild / 1000).toFixed(1)} s → ${places.toLocaleString('en')} place-month rows, ${members.toLocaleString('en')} member-year rows |`);
    out(`| incremental: verify one report (trigger included), 200 in a row | p50 ${percentile(verifyTimes, 0.5).toFixed(2)} ms, p95 ${percentile(verifyTimes, 0.95).toFixed(2)} ms |`);
    out(`| cold release (read roll-ups, suppress, cache) | ${coldMs.toFixed(0)} ms; ${catalogue.tables.reduce((n, t) => n + t.suppressedRows, 0).toLocaleString('en')} suppressed rows over ${catalogue.tables.length} tables |`);
    out();
    out(`Warm requests, ${RUNS} each (p95 target ≤ 100 ms):`);
    out();
    out(`| table | rows (suppressed) | JSON p50 / p95 ms | CSV p50 / p95 ms | HXL p50 / p95 ms |`);
    out(`|---|---|---|---|---|`);
    let worst = 0;
    const measure = async (path: string): Promise<[number, number]> => {
      const samples: number[] = [];
      const headers = await newKey();
      for (let i = 0; i < RUNS; i += 1) {
        const t = process.hrtime.bigint();
        const res = await fetch(`${base}${path}`, { headers });
        await res.arrayBuffer();
        if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
        samples.push(ms(t));
      }
      samples.sort((a, b) => a - b);
      worst = Math.max(worst, percentile(samples, 0.95));
      return [percentile(samples, 0.5), percentile(samples, 0.95)];
    };
    const fmt = ([p50, p95]: [number, number]) => `${p50.toFixed(1)} / ${p95.toFixed(1)}`;
    for (const id of TABLE_IDS) {
      const meta = catalogue.tables.find((t) => t.id === id);
      const cells = [await measure(`/v1/ngo/tables/${id}`), await measure(`/v1/ngo/tables/${id}?format=csv`), await measure(`/v1/ngo/tables/${id}?format=hxl`)];
      out(`| ${id} | ${meta?.rows ?? '?'} (${meta?.suppressedRows ?? '?'}) | ${cells.map(fmt).join(' | ')} |`);
    }
    out(`| cities.geojson | | ${fmt(await measure('/v1/ngo/cities.geojson'))} | | |`);
    out(`| metadata | | ${fmt(await measure('/v1/ngo/metadata'))} | | |`);
    out();
    out(`Worst p95 over all tables and formats: **${worst.toFixed(1)} ms** (target ≤ 100 ms: ${worst <= 100 ? 'met' : 'MISSED'}).`);
  } finally {
    await db.end().catch(() => undefined);
    await app?.close();
    if (!process.argv.includes('--keep')) await onAdmin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
  const markdown = lines.join('\n');
  console.log(markdown);
  if (process.argv.includes('--write')) console.log(`\nupdated the NGO data API section of ${writeBenchmarkSection('NGO data API', markdown)}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
