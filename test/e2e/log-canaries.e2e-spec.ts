import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { createDataSource } from '@tnr/database';
import { createStaffAccount } from '../../apps/moderation/src/auth/staff-accounts';
import { loginStaff } from '../helpers/staff';
import { startAppProcesses, type AppProcesses } from '../helpers/app-processes';
import { formToken, withProofOfWork } from '../helpers/proof-of-work';
import { waitFor } from '../helpers/wait-for';

/**
 * P2 of SECURITY-TESTS.md: the three apps run as real processes at the most verbose log level;
 * after a reporter submits, follows up and answers, and staff log in, read, message and decide,
 * nothing any process printed contains the reporter's IP, user agent, language header,
 * narrative, message, receipt, or the staff password.
 */
describe('what the apps print', () => {
  let apps: AppProcesses;

  beforeAll(async () => {
    apps = await startAppProcesses();
  }, 120_000);
  afterAll(async () => {
    await apps?.close();
  });

  it('never contains a canary after the whole path at log level trace', async () => {
    const canary = {
      ip: '203.0.113.77',
      ua: `UA-${randomUUID()}`,
      lang: `xx-${randomUUID().slice(0, 8)}`,
      narrative: `NARR-${randomUUID()}`,
      reply: `REPLY-${randomUUID()}`,
    };
    const hostile = { 'X-Forwarded-For': canary.ip, 'X-Real-IP': canary.ip, Forwarded: `for=${canary.ip}`, 'User-Agent': canary.ua, 'Accept-Language': canary.lang };

    const submitted = await request(apps.intakeUrl).post('/v1/reports').set(hostile).send(await withProofOfWork(apps.intakeUrl, { narrative: `${canary.narrative} The Fuzhou police phoned my mother.`, country: 'NL' })).expect(201);
    const receipt: string = submitted.body.receipt;
    await request(apps.intakeUrl).post('/report').set(hostile).type('form').send({ narrative: `${canary.narrative} via the form`, lang: 'en', submissionToken: await formToken(apps.intakeUrl) }).expect(200);
    await request(apps.intakeUrl).post('/v1/reports').set(hostile).send({ narrative: `${canary.narrative}`, nope: 1 }).expect(400);
    // Refusals of the abuse controls: no proof of work, a replayed one, a form body too large.
    await request(apps.intakeUrl).post('/v1/reports').set(hostile).send({ narrative: `${canary.narrative} without proof` }).expect(400);
    await request(apps.intakeUrl).post('/report?lang=en').set(hostile).type('form').send({ narrative: `${canary.narrative} ${'x'.repeat(300_000)}` }).expect(413);
    await request(apps.intakeUrl).post('/v1/reports').set(hostile).set('content-type', 'application/json').send(`{"narrative": ${canary.narrative}`).expect(400);

    const ds = createDataSource({ url: apps.databaseUrl, poolSize: 1 });
    await ds.initialize();
    const password = await createStaffAccount(ds, 'canary-mod', 'moderator');
    await ds.destroy();
    // Password + TOTP enrolment with the hostile headers: the enrolment and login paths log too.
    const { token } = await loginStaff(apps.moderationUrl, 'canary-mod', password, hostile);
    await request(apps.moderationUrl).post('/v1/auth/login').set(hostile).send({ username: 'canary-mod', password: `${password}x` }).expect(401);

    const list = await waitFor('the report to be analysed', async () => {
      const r = await request(apps.moderationUrl).get('/v1/reports').query({ status: 'awaiting_review' }).set('Authorization', `Bearer ${token}`).expect(200);
      return r.body.items.length >= 2 ? r.body.items as Array<{ id: string }> : undefined;
    }, 30_000);
    await request(apps.moderationUrl).post(`/v1/reports/${list[0].id}/messages`).set('Authorization', `Bearer ${token}`).send({ body: 'Which city?' }).expect(201);
    await request(apps.intakeUrl).post('/v1/receipts/status').set(hostile).send({ receipt }).expect(200);
    await request(apps.intakeUrl).post('/v1/receipts/messages').set(hostile).send({ receipt, message: canary.reply }).expect(201);
    await request(apps.moderationUrl).post(`/v1/reports/${list[0].id}/decision`).set('Authorization', `Bearer ${token}`).send({ decision: 'verified' }).expect(200);
    await new Promise((r) => setTimeout(r, 500));

    const printed = apps.output();
    // The test can fail: the processes did log, at trace level, including the worker's analysis.
    expect(printed).toContain('report analysed');
    expect(printed.split('\n').length).toBeGreaterThan(50);
    for (const [name, value] of Object.entries({ ...canary, receipt, receiptCompact: receipt.replace(/-/g, ''), password, token })) {
      expect({ name, found: printed.includes(value) }).toEqual({ name, found: false });
    }
  });
});
