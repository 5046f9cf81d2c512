import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { startPrivateSystem, type PrivateSystem } from '../helpers/private-system';
import { withProofOfWork } from '../helpers/proof-of-work';
import { waitFor } from '../helpers/wait-for';

describe('following up a report with its receipt', () => {
  let system: PrivateSystem;

  beforeAll(async () => {
    system = await startPrivateSystem();
  });
  afterAll(async () => {
    await system?.close();
  });

  const status = (receipt: unknown) => request(system.intakeUrl).post('/v1/receipts/status').send({ receipt });
  const submit = async (body: object) => request(system.intakeUrl).post('/v1/reports').send(await withProofOfWork(system.intakeUrl, body)).expect(201);

  it('shows the status of the report, whatever the case, spacing or dashes typed', async () => {
    const { receipt } = (await submit({ narrative: 'They photographed me at the protest.' })).body;
    const res = await waitFor('the report to reach review', async () => {
      const r = await status(receipt).expect(200);
      return r.body.status === 'under_review' ? r : undefined;
    });
    expect(res.body).toEqual({ status: 'under_review', receivedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), messages: [] });
    const sloppy = ` ${String(receipt).toLowerCase().replace(/-/g, ' ')} `;
    expect((await status(sloppy).expect(200)).body.status).toBe('under_review');
  });

  it('answers unknown, malformed and near-miss receipts identically', async () => {
    const { receipt } = (await submit({ narrative: 'A near miss test.' })).body as { receipt: string };
    const last = receipt.slice(-1);
    const nearMiss = receipt.slice(0, -1) + (last === '0' ? '1' : '0');
    const answers = await Promise.all([status(nearMiss), status('0000-0000-0000-0000-0000-0000-0000'), status('not a receipt'), status('')]);
    for (const a of answers) {
      expect(a.status).toBe(401);
      expect(a.body).toEqual({ error: 'receipt_invalid', message: 'This receipt is not valid.' });
    }
    await status('x'.repeat(129)).expect(400);
  });

  it('carries a conversation: moderators write, the reporter reads and answers, staff see the answer redacted', async () => {
    const city = `Town-${randomUUID().slice(0, 8)}`;
    const { receipt } = (await submit({ narrative: 'My cousin was visited by two men.', city, wantsReplies: true })).body;
    const { rows: [{ id: reportId }] } = await system.db.query('SELECT id FROM reports WHERE city = $1', [city]);
    const password = randomUUID();
    await system.createStaff('msg-moderator', password, 'moderator');
    const token = await system.login('msg-moderator', password);

    await request(system.moderationUrl).post(`/v1/reports/${reportId}/messages`).set('Authorization', `Bearer ${token}`).send({ body: 'Thank you. Which city did this happen in?' }).expect(201);
    expect((await status(receipt).expect(200)).body.messages).toEqual([{ from: 'moderator', body: 'Thank you. Which city did this happen in?', on: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) }]);

    await request(system.intakeUrl).post('/v1/receipts/messages').send({ receipt, message: 'In Rotterdam. Call me on +31 6 12345678.' }).expect(201);
    expect((await status(receipt).expect(200)).body.messages.map((m: { from: string }) => m.from)).toEqual(['moderator', 'you']);
    const staffView = (await request(system.moderationUrl).get(`/v1/reports/${reportId}/messages`).set('Authorization', `Bearer ${token}`).expect(200)).body;
    expect(staffView.map((m: { from: string }) => m.from)).toEqual(['moderator', 'reporter']);
    expect(staffView[1]).toMatchObject({ from: 'reporter', redacted: true });
    expect(staffView[1].body).not.toContain('12345678');
    expect(staffView[1].body).toContain('[PHONE_1]');

    // Bodies are encrypted at rest; a wrong receipt cannot post; an audit row records the staff message.
    const raw = await system.db.query(`SELECT encode(body_ciphertext, 'escape') AS ct FROM report_messages WHERE report_id = $1`, [reportId]);
    expect(raw.rows).toHaveLength(2);
    for (const r of raw.rows as Array<{ ct: string }>) expect(r.ct).not.toMatch(/Rotterdam|Which city/);
    await request(system.intakeUrl).post('/v1/receipts/messages').send({ receipt: '0000-0000-0000-0000-0000-0000-0000', message: 'x' }).expect(401);
    // Staff actions are audited (sending, and reading the reporter's words); the reporter's are not.
    const audit = await system.db.query(`SELECT DISTINCT action FROM audit_events WHERE target_id = $1 ORDER BY action`, [reportId]);
    expect(audit.rows.map((r: { action: string }) => r.action)).toEqual(['report.message.sent', 'report.messages.viewed']);

    // Once the moderator's message body is deleted under the retention rule (the worker's
    // job, done here directly), the reporter still sees that it existed; staff lists skip it.
    await system.db.query(`UPDATE report_messages SET body_ciphertext = NULL, body_wrapped_key = NULL, body_purged_on = CURRENT_DATE WHERE report_id = $1 AND author = 'staff'`, [reportId]);
    const day = expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/);
    expect((await status(receipt).expect(200)).body.messages).toEqual([
      { from: 'moderator', body: null, on: day },
      { from: 'you', body: 'In Rotterdam. Call me on +31 6 12345678.', on: day },
    ]);
    const afterPurge = (await request(system.moderationUrl).get(`/v1/reports/${reportId}/messages`).set('Authorization', `Bearer ${token}`).expect(200)).body;
    expect(afterPurge.map((m: { from: string }) => m.from)).toEqual(['reporter']);
  });

  it('never accepts a receipt in the URL', async () => {
    await request(system.intakeUrl).get('/v1/receipts/status').query({ receipt: '0000-0000-0000-0000-0000-0000-0000' }).expect(404);
  });

  it('throttles guessing for everyone while a right receipt keeps working', async () => {
    const { receipt } = (await submit({ narrative: 'Flood test.' })).body;
    const codes: number[] = [];
    for (let i = 0; i < 70; i++) codes.push((await status(`ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-${String(i).padStart(4, '0')}`)).status);
    expect(codes.filter((c) => c === 429).length).toBeGreaterThan(0);
    expect(codes.every((c) => c === 401 || c === 429)).toBe(true);
    await status(receipt).expect(200);
  });
});
