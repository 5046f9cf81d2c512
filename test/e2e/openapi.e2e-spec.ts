import { randomBytes } from 'node:crypto';
import { validate } from '@readme/openapi-parser';
import request from 'supertest';
import { startPrivateSystem, type PrivateSystem } from '../helpers/private-system';

describe('OpenAPI documents', () => {
  let system: PrivateSystem;

  beforeAll(async () => {
    system = await startPrivateSystem();
  });
  afterAll(async () => {
    await system?.close();
  });

  it('documents the public intake API, including the submission limits', async () => {
    const doc = (await request(system.intakeUrl).get('/openapi.json').expect(200)).body;
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/v1/reports', '/v1/challenge', '/v1/receipts/status']));
    const schema = doc.components.schemas.SubmitReportRequestDto;
    expect(schema.required).toEqual(['narrative', 'altcha']);
    expect(schema.properties.narrative.maxLength).toBe(20000);
    // The proof of work: where to get a challenge, how to send the solution, what errors mean.
    expect(schema.properties.altcha.description).toMatch(/GET \/v1\/challenge.*pow_required.*pow_already_used/s);
    expect(Object.keys(doc.paths['/v1/reports'].post.responses).sort()).toEqual(['201', '400', '409']);
    expect(doc.paths['/v1/challenge'].get.responses['200'].content['application/json'].schema.$ref).toBe('#/components/schemas/ChallengeResponseDto');
    expect(doc.components.schemas.ChallengeParametersDto.required).toEqual(expect.arrayContaining(['algorithm', 'nonce', 'salt', 'cost', 'keyPrefix', 'expiresAt']));
    // The receipt is never a URL parameter anywhere in the document.
    for (const path of Object.values(doc.paths) as Array<Record<string, { parameters?: Array<{ name: string; in: string }> }>>) {
      for (const op of Object.values(path)) expect((op.parameters ?? []).filter((p) => /receipt/i.test(p.name))).toEqual([]);
    }
  });

  it('shows the staff API document to logged-in staff only', async () => {
    await request(system.moderationUrl).get('/openapi.json').expect(401);
    const password = randomBytes(12).toString('base64url');
    await system.createStaff('docs-analyst', password, 'analyst');
    const token = await system.login('docs-analyst', password);
    const doc = (await request(system.moderationUrl).get('/openapi.json').set('Authorization', `Bearer ${token}`).expect(200)).body;
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/v1/reports', '/v1/reports/{id}', '/v1/reports/{id}/decision', '/v1/ngo/tables/{id}', '/v1/ngo/cities.geojson']));
    expect(doc.components.securitySchemes).toHaveProperty('staff-session');
  });

  it('both documents are valid OpenAPI 3 for a standard validator (@readme/openapi-parser)', async () => {
    const password = randomBytes(12).toString('base64url');
    await system.createStaff('docs-validator', password, 'analyst');
    const token = await system.login('docs-validator', password);
    const staffDoc = (await request(system.moderationUrl).get('/openapi.json').set('Authorization', `Bearer ${token}`).expect(200)).body;
    const publicDoc = (await request(system.intakeUrl).get('/openapi.json').expect(200)).body;
    for (const doc of [publicDoc, staffDoc]) {
      const result = await validate(structuredClone(doc));
      expect({ title: doc.info.title, valid: result.valid, errors: result.valid ? [] : result.errors }).toEqual({ title: doc.info.title, valid: true, errors: [] });
    }
    // The validator is not a rubber stamp: a broken reference is refused.
    const broken = structuredClone(publicDoc);
    broken.paths['/v1/reports'].post.requestBody.content['application/json'].schema = { $ref: '#/components/schemas/Nope' };
    expect((await validate(broken)).valid).toBe(false);
  });
});
