import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { startPrivateSystem, type PrivateSystem } from '../helpers/private-system';
import { withProofOfWork } from '../helpers/proof-of-work';
import { waitFor } from '../helpers/wait-for';

/** Issue 6, operations: Prometheus metrics, the staff API docs at /docs, and the admin-only queue dashboard. */
describe('operations: metrics, /docs and the queue dashboard', () => {
  let system: PrivateSystem;
  const names = { admin: `ops-admin-${randomBytes(3).toString('hex')}`, moderator: `ops-mod-${randomBytes(3).toString('hex')}` };
  const cookie = async (username: string) => `__Host-tnr_session=${await system.session(username)}`;

  beforeAll(async () => {
    system = await startPrivateSystem();
    await system.createStaff(names.admin, randomBytes(12).toString('base64url'), 'admin');
    await system.createStaff(names.moderator, randomBytes(12).toString('base64url'), 'moderator');
  });
  afterAll(async () => {
    await system?.close();
  });

  it('serves Prometheus metrics to the scraper token: reports by status, queue depth, job durations', async () => {
    await request(system.intakeUrl).post('/v1/reports').send(await withProofOfWork(system.intakeUrl, { narrative: 'The station in Prato called my father again.' })).expect(201);
    await waitFor('the report to be analysed', async () => ((await system.db.query(`SELECT count(*)::int AS n FROM reports WHERE status = 'awaiting_review'`)).rows[0].n === 1 ? true : undefined), 30_000);
    const metrics = await waitFor('a completed job in the metrics', async () => {
      const res = await request(system.moderationUrl).get('/metrics').set('Authorization', `Bearer ${system.env.METRICS_TOKEN}`).expect(200);
      return /tnr_job_duration_seconds\{queue="report-pipeline",quantile="0.5"\}/.test(res.text) ? res : undefined;
    });
    expect(metrics.headers['content-type']).toMatch(/^text\/plain/);
    expect(metrics.text).toMatch(/tnr_reports\{status="awaiting_review"\} 1/);
    expect(metrics.text).toMatch(/tnr_queue_up\{queue="report-pipeline"\} 1/);
    expect(metrics.text).toMatch(/tnr_queue_jobs\{queue="report-pipeline",state="completed"\} [1-9]/);
    expect(metrics.text).toMatch(/tnr_outbox_pending \d+/);
    expect(metrics.text).not.toContain('Prato');
    await request(system.moderationUrl).get('/metrics').expect(401);
    await request(system.moderationUrl).get('/metrics').set('Cookie', await cookie(names.moderator)).expect(403);
    await request(system.moderationUrl).get('/metrics').set('Cookie', await cookie(names.admin)).expect(200);
  });

  it('reports readiness of the database and the queue backend', async () => {
    const ready = await request(system.moderationUrl).get('/health/ready').expect(200);
    expect(ready.body).toEqual({ status: 'ok', database: 'up', queue: 'up' });
  });

  it('serves Swagger UI at /docs to staff, from our own origin under a same-origin script CSP', async () => {
    await request(system.moderationUrl).get('/docs').expect(401);
    const page = await request(system.moderationUrl).get('/docs').set('Cookie', await cookie(names.moderator)).expect(200);
    expect(page.text).toContain('<div id="swagger-ui">');
    expect(page.text).not.toMatch(/<script>(?!<)/); // no inline script
    expect(page.text).not.toMatch(/https?:\/\//);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    const bundle = await request(system.moderationUrl).get('/docs/assets/swagger-ui-bundle.js').set('Cookie', await cookie(names.moderator)).expect(200);
    expect(bundle.headers['content-type']).toMatch(/javascript/);
    expect(bundle.body.length ?? bundle.text.length).toBeGreaterThan(100_000);
    await request(system.moderationUrl).get('/docs/assets/..%2Fpackage.json').set('Cookie', await cookie(names.moderator)).expect(404);
    const init = await request(system.moderationUrl).get('/docs/init.js').set('Cookie', await cookie(names.moderator)).expect(200);
    expect(init.text).toContain("url: '/openapi.json'");
  });

  it('mounts the BullMQ dashboard for admins only', async () => {
    await request(system.moderationUrl).get('/admin/queues').expect(401);
    await request(system.moderationUrl).get('/admin/queues').set('Cookie', await cookie(names.moderator)).expect(403);
    const admin = await cookie(names.admin);
    const page = await request(system.moderationUrl).get('/admin/queues').set('Cookie', admin).expect(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    const queues = await request(system.moderationUrl).get('/admin/queues/api/queues').set('Cookie', admin).expect(200);
    expect(queues.body.queues.map((q: { name: string }) => q.name).sort()).toEqual(['gazetteer-maintenance', 'report-pipeline']);
    // A state-changing request from another site is refused even with the admin's cookie.
    await request(system.moderationUrl).put('/admin/queues/api/queues/report-pipeline/retry/failed').set('Cookie', admin).set('Sec-Fetch-Site', 'cross-site').expect(403);
  });
});
