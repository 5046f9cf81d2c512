'use strict';
// `npm run migrate`: applies pending migrations and the seed data, under the same advisory
// lock the apps take at start-up. Uses DATABASE_URL, or the embedded PostgreSQL.
const { build, loadSecrets, resolveDatabase, dist } = require('./lib/runtime');

async function main() {
  build();
  // Secrets are only needed (and only written to .data/) for the embedded database.
  const db = await resolveDatabase(process.env.DATABASE_URL ? {} : loadSecrets());
  const { createDataSource, migrateAndSeed } = dist('libs/database/src/index.js');
  const ds = createDataSource({ url: db.url, applicationName: 'migrate', poolSize: 2 });
  await ds.initialize();
  try {
    const { applied, seeded } = await migrateAndSeed(ds);
    console.log(`Migrations applied: ${applied.length ? applied.join(', ') : 'none pending'}`);
    console.log(`Seed data inserted: ${seeded.organizations} organizations, ${seeded.locations} locations, ${seeded.aliases} aliases, ${seeded.incidentTypes} incident types (existing rows kept)`);
  } finally {
    await ds.destroy();
    await db.stop();
  }
}

main().catch((e) => {
  console.error(`migrate failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
