import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The id of the key-encryption key is the prefix of every wrapped data key (see
 * NarrativeCipher); a generated column exposes it so `npm run keys:rotate` can find the rows
 * still wrapped under an older key.
 */
export class NarrativeKeyId1764615600000 implements MigrationInterface {
  name = 'NarrativeKeyId1764615600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE reports ADD COLUMN narrative_key_id text
      GENERATED ALWAYS AS (encode(substring(narrative_wrapped_key FROM 2 FOR get_byte(narrative_wrapped_key, 0)), 'escape')) STORED`);
    await q.query(`CREATE INDEX ix_reports_narrative_key_id ON reports (narrative_key_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE reports DROP COLUMN narrative_key_id`);
  }
}
