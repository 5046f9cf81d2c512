import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every change to the gazetteer (organizations, locations, aliases) — by staff, by the seed or
 * by hand in SQL — bumps a version and announces one `relink-all` job through the outbox, in
 * the same transaction. Pending announcements are coalesced into one for the newest version.
 */
export class GazetteerRelinking1764529200000 implements MigrationInterface {
  name = 'GazetteerRelinking1764529200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE gazetteer_state (id int PRIMARY KEY CHECK (id = 1), version bigint NOT NULL)`);
    await q.query(`INSERT INTO gazetteer_state (id, version) VALUES (1, 1)`);
    await q.query(`
      CREATE FUNCTION gazetteer_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE v bigint;
      BEGIN
        UPDATE gazetteer_state SET version = version + 1 WHERE id = 1 RETURNING version INTO v;
        DELETE FROM outbox WHERE topic = 'relink-all';
        INSERT INTO outbox (topic, payload) VALUES ('relink-all', jsonb_build_object('v', 1, 'gazetteerVersion', v));
        RETURN NULL;
      END $$`);
    for (const table of ['organizations', 'locations', 'entity_aliases']) {
      await q.query(`CREATE TRIGGER tr_${table}_gazetteer_changed AFTER INSERT OR UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION gazetteer_changed()`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['organizations', 'locations', 'entity_aliases']) {
      await q.query(`DROP TRIGGER tr_${table}_gazetteer_changed ON ${table}`);
    }
    await q.query(`DROP FUNCTION gazetteer_changed`);
    await q.query(`DROP TABLE gazetteer_state`);
  }
}
