'use strict';
// `npm run keys:rotate`: re-wraps every report's data key under the current NARRATIVE_KEK
// (id NARRATIVE_KEK_ID). Older keys come from NARRATIVE_PREVIOUS_KEKS ("id:base64;…").
// Only the 60-odd-byte wrapped keys change; narrative ciphertexts are not touched.
// Steps: put the old key in NARRATIVE_PREVIOUS_KEKS, the new one in NARRATIVE_KEK with a new
// NARRATIVE_KEK_ID, restart the apps, run this, then drop the old key.
const { build, loadSecrets, resolveDatabase, dist } = require('./lib/runtime');

async function main() {
  build();
  const secrets = process.env.DATABASE_URL ? {} : loadSecrets();
  const db = await resolveDatabase(secrets);
  const env = { ...process.env, NARRATIVE_KEK: process.env.NARRATIVE_KEK || secrets.NARRATIVE_KEK };
  const { loadConfig, NarrativeKeyConfig, NarrativeCipher, narrativeKeyRing } = dist('libs/platform/src/index.js');
  const { createDataSource, migrateAndSeed, ReportRepository, AuditRepository, rewrapSealedKeys } = dist('libs/database/src/index.js');
  const cipher = new NarrativeCipher(narrativeKeyRing(loadConfig(NarrativeKeyConfig, env)));
  const ds = createDataSource({ url: db.url, applicationName: 'keys-rotate', poolSize: 2 });
  await ds.initialize();
  try {
    await migrateAndSeed(ds);
    const reports = new ReportRepository(ds, new AuditRepository(ds));
    let rewrapped = 0;
    for (;;) {
      const batch = await reports.wrappedKeysNotUnder(cipher.currentKeyId, 500);
      if (batch.length === 0) break;
      for (const row of batch) {
        if (await reports.replaceWrappedKey(row.id, row.wrappedKey, cipher.rewrap(row.id, row.wrappedKey))) rewrapped += 1;
      }
    }
    const others = await rewrapSealedKeys(ds, cipher.currentKeyId, (aadId, wrappedKey) => cipher.rewrap(aadId, wrappedKey));
    await new AuditRepository(ds).appendStandalone({ actorId: null, action: 'keys.rotated', details: { keyId: cipher.currentKeyId, rewrapped, ...others } }, new Date());
    console.log(`Re-wrapped under "${cipher.currentKeyId}": ${rewrapped} report keys, ${others.report_messages} message keys, ${others.staff_users} staff TOTP secrets. Nothing is left under older keys.`);
  } finally {
    await ds.destroy();
    await db.stop();
  }
}

main().catch((e) => {
  console.error(`keys:rotate failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
