import request from 'supertest';
import { startPrivateSystem, type PrivateSystem } from '../helpers/private-system';
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

  it('shows the status of the report, whatever the case, spacing or dashes typed', async () => {
    const { receipt } = (await request(system.intakeUrl).post('/v1/reports').send({ narrative: 'They photographed me at the protest.' }).expect(201)).body;
    const res = await waitFor('the report to reach review', async () => {
      const r = await status(receipt).expect(200);
      return r.body.status === 'under_review' ? r : undefined;
    });
    expect(res.body).toEqual({ status: 'under_review', receivedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    const sloppy = ` ${String(receipt).toLowerCase().replace(/-/g, ' ')} `;
    expect((await status(sloppy).expect(200)).body.status).toBe('under_review');
  });

  it('answers unknown, malformed and near-miss receipts identically', async () => {
    const { receipt } = (await request(system.intakeUrl).post('/v1/reports').send({ narrative: 'A near miss test.' }).expect(201)).body as { receipt: string };
    const last = receipt.slice(-1);
    const nearMiss = receipt.slice(0, -1) + (last === '0' ? '1' : '0');
    const answers = await Promise.all([status(nearMiss), status('0000-0000-0000-0000-0000-0000-0000'), status('not a receipt'), status('')]);
    for (const a of answers) {
      expect(a.status).toBe(401);
      expect(a.body).toEqual({ error: 'receipt_invalid', message: 'This receipt is not valid.' });
    }
    await status('x'.repeat(129)).expect(400);
  });

  it('never accepts a receipt in the URL', async () => {
    await request(system.intakeUrl).get('/v1/receipts/status').query({ receipt: '0000-0000-0000-0000-0000-0000-0000' }).expect(404);
  });

  it('throttles guessing for everyone while a right receipt keeps working', async () => {
    const { receipt } = (await request(system.intakeUrl).post('/v1/reports').send({ narrative: 'Flood test.' }).expect(201)).body;
    const codes: number[] = [];
    for (let i = 0; i < 70; i++) codes.push((await status(`ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-${String(i).padStart(4, '0')}`)).status);
    expect(codes.filter((c) => c === 429).length).toBeGreaterThan(0);
    expect(codes.every((c) => c === 401 || c === 429)).toBe(true);
    await status(receipt).expect(200);
  });
});
