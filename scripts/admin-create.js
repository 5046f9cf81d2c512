'use strict';
// `npm run admin:create -- [--username NAME] [--role admin|moderator|analyst]`
// Creates a staff account and prints its generated password once.
const { build, loadSecrets, resolveDatabase, dist } = require('./lib/runtime');

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

async function main() {
  build();
  const db = await resolveDatabase(process.env.DATABASE_URL ? {} : loadSecrets());
  const { createDataSource, migrateAndSeed } = dist('libs/database/src/index.js');
  const { createStaffAccount } = dist('apps/moderation/src/auth/staff-accounts.js');
  const ds = createDataSource({ url: db.url, applicationName: 'admin-create', poolSize: 2 });
  await ds.initialize();
  try {
    await migrateAndSeed(ds);
    const username = arg('username', 'admin');
    const role = arg('role', 'admin');
    const password = await createStaffAccount(ds, username, role);
    console.log(`Created ${role} "${username}". Password (shown once, store it in a password manager):\n\n  ${password}\n\nThe first login asks for a code from an authenticator app (TOTP): have one ready to scan the QR code.\n`);
  } finally {
    await ds.destroy();
    await db.stop();
  }
}

main().catch((e) => {
  console.error(`admin:create failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
