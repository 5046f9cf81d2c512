import { randomBytes, randomUUID } from 'node:crypto';
import request from 'supertest';
import { startPrivateSystem, type PrivateSystem } from '../helpers/private-system';
import { withProofOfWork } from '../helpers/proof-of-work';
import { waitFor } from '../helpers/wait-for';

/**
 * A gazetteer change (here: a new organization and an alias added in SQL, as staff tools will
 * do) re-links reports that were already analysed, in the background, on BullMQ's PostgreSQL
 * backend (the embedded default mode).
 */
describe('re-linking after a gazetteer change', () => {
  let system: PrivateSystem;
  let token: string;

  beforeAll(async () => {
    system = await startPrivateSystem();
    const password = randomBytes(12).toString('base64url');
    await system.createStaff('relink-admin', password, 'admin');
    token = await system.login('relink-admin', password);
  });
  afterAll(async () => {
    await system?.close();
  });

  async function report(id: string): Promise<{ status: string; links: Array<{ key: string; evidence: string; status: string }> }> {
    return (await request(system.moderationUrl).get(`/v1/reports/${id}`).set('Authorization', `Bearer ${token}`).expect(200)).body;
  }

  it('links an already analysed report to an organization added afterwards', async () => {
    const marker = randomUUID();
    await request(system.intakeUrl)
      .post('/v1/reports')
      .send(await withProofOfWork(system.intakeUrl, { narrative: `${marker} People from the Zephyrton Friendship Society came to my door twice.` }))
      .expect(201);
    const [{ id }] = await waitFor('the report to be analysed', async () => {
      const { rows } = await system.db.query(`SELECT id FROM reports WHERE status = 'awaiting_review' AND redacted_narrative LIKE $1`, [`${marker}%`]);
      return rows.length === 1 ? (rows as Array<{ id: string }>) : undefined;
    });
    expect((await report(id)).links.map((l) => l.key)).not.toContain('org_zephyrton_friendship');
    const { rows: [{ version: before }] } = await system.db.query('SELECT version::int FROM gazetteer_state');

    await system.db.query(
      `INSERT INTO organizations (key, name_en, kind, country_code, origin) VALUES ('org_zephyrton_friendship', 'Zephyrton Friendship Society', 'hometown_association', 'NL', 'staff')`,
    );
    await system.db.query(`INSERT INTO entity_aliases (entity_type, entity_key, alias, origin) VALUES ('organization', 'org_zephyrton_friendship', 'Zephyrton Society', 'staff')`);
    const { rows: [{ version: after }] } = await system.db.query('SELECT version::int FROM gazetteer_state');
    expect(after).toBe(before + 2);

    const linked = await waitFor('the report to be re-linked', async () => {
      const r = await report(id);
      return r.links.some((l) => l.key === 'org_zephyrton_friendship') ? r : undefined;
    });
    const link = linked.links.find((l) => l.key === 'org_zephyrton_friendship');
    expect(link).toMatchObject({ status: 'suggested' });
    expect(linked.status).toBe('awaiting_review');

    // The job ran once per coalesced announcement and left no outbox backlog.
    await waitFor('the outbox to drain', async () => {
      const { rows } = await system.db.query(`SELECT count(*)::int AS n FROM outbox WHERE topic = 'relink-all'`);
      return rows[0].n === 0 ? true : undefined;
    });
  });
});
