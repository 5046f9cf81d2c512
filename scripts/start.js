'use strict';
// `npm start`: the whole system on one machine. Builds, resolves PostgreSQL (DATABASE_URL or
// embedded) and the queue (REDIS_URL or BullMQ on PostgreSQL), applies migrations and seed
// data, creates the first admin if there is none, then runs intake-api, moderation and the
// worker as child processes until Ctrl-C.
const { spawn } = require('node:child_process');
const path = require('node:path');
const { ROOT, build, loadSecrets, resolveDatabase, dist } = require('./lib/runtime');

const INTAKE_PORT = process.env.INTAKE_PORT || '3000';
const MODERATION_PORT = process.env.MODERATION_PORT || '3001';

async function main() {
  build({ force: !process.argv.includes('--no-build') });
  const secrets = loadSecrets();
  const db = await resolveDatabase(secrets);
  const queueMode = process.env.REDIS_URL ? `Redis (${new URL(process.env.REDIS_URL).host})` : 'PostgreSQL (BullMQ PostgreSQL backend; set REDIS_URL to use Redis)';
  console.log(`Database: ${db.mode === 'embedded' ? 'embedded PostgreSQL (./.data/pg)' : 'DATABASE_URL'}`);
  console.log(`Queue:    ${queueMode}`);

  const { createDataSource, migrateAndSeed } = dist('libs/database/src/index.js');
  const { bootstrapFirstAdmin } = dist('apps/moderation/src/auth/staff-accounts.js');
  const ds = createDataSource({ url: db.url, applicationName: 'start', poolSize: 2 });
  await ds.initialize();
  const { applied } = await migrateAndSeed(ds);
  console.log(`Migrations: ${applied.length ? applied.join(', ') : 'up to date'}; seed data applied.`);
  const admin = await bootstrapFirstAdmin(ds);
  await ds.destroy();

  const env = {
    ...process.env,
    DATABASE_URL: db.url,
    NARRATIVE_KEK: secrets.NARRATIVE_KEK,
    RECEIPT_PEPPER: secrets.RECEIPT_PEPPER,
    ALTCHA_HMAC_KEY: secrets.ALTCHA_HMAC_KEY,
  };
  const apps = [
    ['intake-api', { PORT: INTAKE_PORT }],
    ['moderation', { PORT: MODERATION_PORT }],
    ['worker', {}],
  ];
  const children = apps.map(([name, extra]) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'apps', name, 'src', 'main.js')], {
      env: { ...env, ...extra },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('exit', (code, signal) => {
      if (!shuttingDown) {
        console.error(`${name} stopped (${signal || `exit ${code}`}); stopping everything.`);
        void shutdown(1);
      }
    });
    return child;
  });

  let shuttingDown = false;
  async function shutdown(code) {
    if (shuttingDown) return;
    shuttingDown = true;
    for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
    await Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : undefined)));
    await db.stop();
    process.exit(code);
  }
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  console.log(`
TNR Watch is starting:
  Report form         http://127.0.0.1:${INTAKE_PORT}/report        (works with JavaScript off; ?lang=zh-Hans or zh-Hant)
  Public intake API   http://127.0.0.1:${INTAKE_PORT}/v1/reports   (POST JSON; docs: /openapi.json; health: /health/ready)
  Admin UI            http://127.0.0.1:${MODERATION_PORT}/admin      (staff: moderators' web app; English / 简体中文)
  Moderation API      http://127.0.0.1:${MODERATION_PORT}/v1/        (staff; POST /v1/auth/login)
  NGO statistics      http://127.0.0.1:${MODERATION_PORT}/v1/ngo/tables  (header X-Api-Key: a key an admin creates with POST /v1/ngo-keys)
${admin ? `\n  First admin created. Username: ${admin.username}   Password (shown once): ${admin.password}\n  The first login asks you to scan a QR code with an authenticator app (TOTP); every login after needs its 6-digit code.\n` : '\n  Staff log in with their accounts; create more with: npm run admin:create -- --username NAME --role moderator\n'}
Press Ctrl-C to stop.`);
}

main().catch((e) => {
  console.error(`start failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
