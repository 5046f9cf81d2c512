'use strict';
// `npm run audit:verify [-- --expect-head HASH]`: re-computes the audit hash chain and exits
// non-zero when a row was edited, inserted or deleted. Prints the head hash: record it
// outside the database (a ticket, a signed message) and pass it later as --expect-head to
// also detect that the newest rows were cut off.
const { build, loadSecrets, resolveDatabase, dist } = require('./lib/runtime');

function arg(name) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main() {
  build();
  const db = await resolveDatabase(process.env.DATABASE_URL ? {} : loadSecrets());
  const { createDataSource, AuditRepository } = dist('libs/database/src/index.js');
  const ds = createDataSource({ url: db.url, applicationName: 'audit-verify', poolSize: 2 });
  await ds.initialize();
  try {
    const expectHead = arg('expect-head');
    const r = await new AuditRepository(ds).verifyChain({ expectHead });
    if (r.brokenAt !== null) {
      console.error(`Audit chain BROKEN at event id ${r.brokenAt} (checked ${r.checked} events): a row was edited, inserted or an earlier row deleted.`);
      process.exitCode = 2;
    } else if (r.expectedHeadFound === false) {
      console.error(`Audit chain intact for ${r.checked} events, but the recorded head ${expectHead} is missing: events were cut off or the chain was rebuilt.`);
      process.exitCode = 2;
    } else {
      console.log(`Audit chain intact: ${r.checked} events. Head: ${r.head}`);
    }
  } finally {
    await ds.destroy();
    await db.stop();
  }
}

main().catch((e) => {
  console.error(`audit:verify failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
