import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { startPrivateSystem, type PrivateSystem } from '../helpers/private-system';
import { withProofOfWork } from '../helpers/proof-of-work';
import { waitFor } from '../helpers/wait-for';

/**
 * GET /v1/dashboard (issue 7): the admin UI's counts. A private database, so the counts are
 * exactly what this file submitted: reports by status, received and verified by month,
 * verified reports by incident type, by country, and by gazetteer city with coordinates
 * (the city the reporter named, in English or Chinese, or a confirmed city link).
 */
describe('staff dashboard counts (issue 7)', () => {
  let system: PrivateSystem;
  let token: string;
  const auth = () => ({ Authorization: `Bearer ${token}` });

  beforeAll(async () => {
    system = await startPrivateSystem({ RECONCILE_INTERVAL_MS: '600000' });
    const password = randomBytes(15).toString('base64url');
    await system.createStaff('dash-moderator', password, 'moderator');
    token = await system.login('dash-moderator', password);
  });
  afterAll(async () => {
    await system?.close();
  });

  async function submit(body: object): Promise<string> {
    const marker = `d${randomBytes(4).toString('hex')}`;
    const narrative = `${marker} ${(body as { narrative: string }).narrative}`;
    await request(system.intakeUrl).post('/v1/reports').send(await withProofOfWork(system.intakeUrl, { ...body, narrative })).expect(201);
    const found = await waitFor('the report to be processed', async () => {
      const res = await request(system.moderationUrl).get('/v1/reports').query({ q: marker, status: 'awaiting_review' }).set(auth()).expect(200);
      return res.body.items[0] as { id: string } | undefined;
    }, 30_000);
    return found.id;
  }

  it('counts reports by status, month, incident type, country and city', async () => {
    const empty = (await request(system.moderationUrl).get('/v1/dashboard').set(auth()).expect(200)).body;
    expect(empty).toMatchObject({ byStatus: [], byMonth: [], byCountry: [], byCity: [] });
    expect(empty.byIncidentType.length).toBeGreaterThanOrEqual(10);
    expect(empty.byIncidentType.every((t: { count: number }) => t.count === 0)).toBe(true);

    const rotterdam = await submit({ narrative: 'Men from the station followed me home.', country: 'NL', city: 'Rotterdam', incidentTypes: ['surveillance'] });
    const munich = await submit({ narrative: 'They called my parents.', country: 'DE', city: '慕尼黑', incidentTypes: ['coercion_by_proxy'] });
    await submit({ narrative: 'Still waiting.', country: 'FR' });
    for (const id of [rotterdam, munich]) await request(system.moderationUrl).post(`/v1/reports/${id}/decision`).set(auth()).send({ decision: 'verified' }).expect(200);
    await request(system.moderationUrl).put(`/v1/reports/${munich}/incident-types`).set(auth()).send({ types: ['coercion_by_proxy', 'harassment'] }).expect(200);

    const { body } = await request(system.moderationUrl).get('/v1/dashboard').set(auth()).expect(200);
    expect(body.byStatus).toEqual([
      { status: 'awaiting_review', count: 1 },
      { status: 'verified', count: 2 },
    ]);
    const month = new Date().toISOString().slice(0, 7);
    expect(body.byMonth).toEqual([{ month, received: 3, verified: 2 }]);
    const types = Object.fromEntries(body.byIncidentType.map((t: { id: string; count: number }) => [t.id, t.count]));
    expect(types).toMatchObject({ surveillance: 1, coercion_by_proxy: 1, harassment: 1, digital_threat: 0 });
    expect(body.byCountry).toEqual([
      { country: 'DE', count: 1 },
      { country: 'NL', count: 1 },
    ]);
    expect(body.byCity).toEqual([
      { key: 'loc_city_munich', name: 'Munich', nameZh: '慕尼黑', country: 'DE', lat: expect.any(Number), lon: expect.any(Number), count: 1 },
      { key: 'loc_city_rotterdam', name: 'Rotterdam', nameZh: expect.anything(), country: 'NL', lat: 51.9244, lon: expect.any(Number), count: 1 },
    ]);
    // Counts only: no report text, no ids.
    expect(JSON.stringify(body)).not.toMatch(/followed me home|called my parents|[0-9a-f]{8}-[0-9a-f]{4}-/);
  });

  it('is for staff with stats:read only', async () => {
    await request(system.moderationUrl).get('/v1/dashboard').expect(401);
    await request(system.moderationUrl).get('/v1/dashboard').set('X-Api-Key', await system.createNgoKey()).expect(401);
  });
});
