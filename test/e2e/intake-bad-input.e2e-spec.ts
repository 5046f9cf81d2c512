import { randomUUID } from 'node:crypto';
import { NarrativeCipher } from '@tnr/platform';
import { withProofOfWork } from '../helpers/proof-of-work';
import { postRaw, rawRequest, type RawResponse } from '../helpers/raw-http';
import { startPrivateSystem, writtenRows, type PrivateSystem } from '../helpers/private-system';

/**
 * C3 bad input against the public intake API: every malformed, oversized or hostile
 * submission gets a clear 4xx JSON error that names the field but never quotes the value,
 * nothing reaches `reports` or `outbox`, and the process keeps answering.
 *
 * A test marked `it.failing` asserts the behaviour SECURITY-TESTS.md asks for and documents a
 * defect the app still has; it starts to "fail" (and must become `it`) once fixed.
 */
describe('intake-api: bad input is refused with a clear 4xx and nothing is stored (C3)', () => {
  let system: PrivateSystem;

  beforeAll(async () => {
    // The reconciler is not under test here; keep it from adding outbox rows mid-count.
    system = await startPrivateSystem({ RECONCILE_INTERVAL_MS: '600000' });
  });

  afterAll(async () => {
    await system?.close();
  });

  const post = (body: Buffer | string, headers: Record<string, string> = {}) => postRaw(system.intakeUrl, '/v1/reports', body, headers);
  const json = (value: unknown) => JSON.stringify(value);
  const canary = (label: string) => `${label}-${randomUUID()}`;

  /** Runs `act` and proves it added no row to `reports` and none to `outbox`. */
  async function storesNothing(act: () => Promise<RawResponse>): Promise<RawResponse> {
    const before = await writtenRows(system.db);
    const res = await act();
    expect(await writtenRows(system.db)).toEqual(before);
    return res;
  }

  /** A JSON error body with an error code, and none of `secrets` quoted anywhere in it. */
  function expectJsonError(res: RawResponse, status: number, error: string | RegExp, secrets: string[] = []): void {
    expect({ status: res.status, error: (res.body as { error?: unknown } | undefined)?.error }).toEqual({ status, error: typeof error === 'string' ? error : expect.stringMatching(error) });
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    for (const secret of secrets) expect(res.text).not.toContain(secret);
  }

  function expectFieldError(res: RawResponse, field: string, secrets: string[]): void {
    expectJsonError(res, 400, 'validation_failed', secrets);
    const fields = (res.body as { fields?: Record<string, string[]> }).fields ?? {};
    expect(Object.keys(fields)).toContain(field);
    expect(fields[field].length).toBeGreaterThan(0);
  }

  describe('validation errors name the field and never echo its value', () => {
    const unknownValue = canary('UNKNOWN');
    const massId = randomUUID();
    const cases: Array<[name: string, body: Record<string, unknown> | string, field: string, secrets: string[]]> = [
      ['an unknown field', { narrative: 'It happened.', nickname: unknownValue }, 'nickname', [unknownValue]],
      ['mass assignment of status', { narrative: 'It happened.', status: 'verified' }, 'status', ['"verified"']],
      ['mass assignment of id', { narrative: 'It happened.', id: massId }, 'id', [massId]],
      ['mass assignment of createdOn', { narrative: 'It happened.', createdOn: '1999-12-31' }, 'createdOn', ['1999-12-31']],
      ['mass assignment of verified', { narrative: 'It happened.', verified: true }, 'verified', []],
      ['a missing narrative', { country: 'NL' }, 'narrative', []],
      ['an empty narrative', { narrative: '' }, 'narrative', []],
      ['a whitespace-only narrative', { narrative: ' \t\n\u00a0  \r\n ' }, 'narrative', []],
      ['a narrative of 20,001 characters', { narrative: `NARR${'x'.repeat(19_997)}` }, 'narrative', ['NARRxxxx']],
      // Escaped in the JSON text, so the bytes are valid UTF-8 and the validator must catch them.
      ['a lone surrogate in the narrative', '{"narrative":"SURROGATE-CANARY \\uD800 tail"}', 'narrative', ['SURROGATE-CANARY']],
      ['a NUL character in the narrative', '{"narrative":"NUL-CANARY \\u0000 tail"}', 'narrative', ['NUL-CANARY']],
      ['a narrative that is a number', { narrative: 987654321 }, 'narrative', ['987654321']],
      ['a narrative that is an array', { narrative: ['ARRAY-CANARY'] }, 'narrative', ['ARRAY-CANARY']],
      ['an unknown incident type', { narrative: 'It happened.', incidentTypes: ['made_up_type_canary'] }, 'incidentTypes', ['made_up_type_canary']],
      ['a country name instead of an ISO code', { narrative: 'It happened.', country: 'Netherlands' }, 'country', ['Netherlands']],
      ['an impossible incident month', { narrative: 'It happened.', incidentMonth: '2024-13' }, 'incidentMonth', ['2024-13']],
    ];

    it.each(cases)('%s → 400 validation_failed naming the field', async (_name, body, field, secrets) => {
      const res = await storesNothing(() => post(typeof body === 'string' ? body : json(body)));
      expectFieldError(res, field, secrets);
    });
  });

  describe('sizes', () => {
    it('accepts a narrative of exactly 20,000 characters (201) and stores one report with its outbox row', async () => {
      const before = await writtenRows(system.db);
      const res = await post(json(await withProofOfWork(system.intakeUrl, { narrative: 'y'.repeat(20_000) })));
      expect(res.status).toBe(201);
      expect(await writtenRows(system.db)).toEqual({ reports: before.reports + 1, outbox: before.outbox + 1 });
    });

    // 256 kB = 262,144 bytes (the `bytes` package counts 1 kB as 1,024 bytes).
    const overLimit = (() => {
      const shell = json({ narrative: '' }).length;
      return json({ narrative: 'z'.repeat(262_144 - shell + 1) });
    })();
    it.each([
      ['one byte over the 256 kB limit', overLimit],
      ['a 1 MB narrative', json({ narrative: 'z'.repeat(1_000_000) })],
    ])('a JSON body %s → 413 payload_too_large', async (_name, body) => {
      if (body === overLimit) expect(Buffer.byteLength(body)).toBe(262_145);
      const res = await storesNothing(() => post(body));
      expectJsonError(res, 413, 'payload_too_large', ['zzzzzzzz']);
    });
  });

  describe('encoding', () => {
    const wrap = (bytes: number[]) => Buffer.concat([Buffer.from('{"narrative":"ENC-CANARY '), Buffer.from(bytes), Buffer.from(' tail"}')]);
    // SECURITY-TESTS B2 asks for `invalid_encoding`; today the app answers 400
    // {"error":"bad_request","message":"invalid_encoding"}. Any 4xx with a JSON error code passes.
    it.each([
      ['C3 28 (truncated two-byte sequence)', [0xc3, 0x28]],
      ['C0 AF (overlong encoding of "/")', [0xc0, 0xaf]],
      ['ED A0 80 (UTF-8-encoded lone surrogate)', [0xed, 0xa0, 0x80]],
    ])('invalid UTF-8 %s sent raw as application/json → 4xx, nothing stored', async (_name, bytes) => {
      const res = await storesNothing(() => post(wrap(bytes)));
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expectJsonError(res, res.status, /^[a-z][a-z_]*$/, ['ENC-CANARY']);
    });
  });

  describe('malformed JSON and content types', () => {
    const malformed = '{"narrative": "It happened.", "country": "NL",';

    it('malformed JSON → 400 with a JSON error body, nothing stored', async () => {
      const res = await storesNothing(() => post(malformed));
      expectJsonError(res, 400, /^[a-z][a-z_]*$/);
    });

    // Body-parser errors are answered by the parsers' own error handler (libs/platform
    // json-body.ts), before Nest turns them into a generic BadRequestException.
    it('malformed JSON is answered with the error code invalid_json', async () => {
      const res = await storesNothing(() => post(malformed));
      expectJsonError(res, 400, 'invalid_json');
    });

    // V8's JSON.parse message quotes the text around the error (`..."rrative": Zq7secretw"...`);
    // it must never reach the response.
    it('the error for malformed JSON never quotes the submitted text', async () => {
      const res = await storesNothing(() => post('{"narrative": Zq7secretword about my brother}'));
      expectJsonError(res, 400, /^[a-z][a-z_]*$/, ['Zq7secret', 'secretw', 'brother']);
    });

    it('a text/plain body → 4xx JSON error, nothing stored', async () => {
      const value = canary('PLAIN');
      const res = await storesNothing(() => post(`narrative=${value}`, { 'content-type': 'text/plain' }));
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expectJsonError(res, res.status, /^[a-z][a-z_]*$/, [value]);
    });

    // B12: JSON.parse keeps the last duplicate, so a proxy or logger reading the first value
    // would disagree with what is stored. Refused by the body parser's structure check.
    it('a body with a duplicate key → 400, nothing stored', async () => {
      const res = await storesNothing(() => post('{"narrative":"first version","narrative":"second version"}'));
      expectJsonError(res, 400, /^[a-z][a-z_]*$/);
    });
  });

  describe('deep nesting', () => {
    const deepObject = `{"narrative":"x","a":${'{"a":'.repeat(9_999)}{}${'}'.repeat(9_999)}}`;
    const deepArray = `{"narrative":"x","a":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;

    // Refused by the body parser's depth check before class-transformer recurses into it.
    it.each([
      ['{"a":{"a":…}} ×10,000', deepObject],
      ['[[[…]]] ×100,000', deepArray],
    ])('%s → 4xx, not 500', async (_name, body) => {
      const res = await storesNothing(() => post(body));
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
    });

    it('the process survives deep nesting: nothing is stored and it still answers', async () => {
      for (const body of [deepObject, deepArray]) {
        const res = await storesNothing(() => post(body));
        expect(res.status).toBeGreaterThanOrEqual(400);
        expect((res.body as { error?: unknown }).error).toEqual(expect.any(String));
      }
      expect((await rawRequest(system.intakeUrl, { method: 'GET', path: '/health/live' })).status).toBe(200);
      const ok = await post(json(await withProofOfWork(system.intakeUrl, { narrative: 'Still accepting reports after the nesting attack.' })));
      expect(ok.status).toBe(201);
    });
  });

  describe('prototype pollution', () => {
    const protoBody = '{"narrative":"It happened.","__proto__":{"isAdmin":true}}';
    const ctorBody = '{"narrative":"It happened.","constructor":{"prototype":{"role":"admin"}}}';

    // Nest's ValidationPipe silently deletes `__proto__` and `constructor` keys before
    // validating, so they are refused earlier, by the JSON structure check of the body parser.
    it.each([
      ['__proto__', protoBody],
      ['constructor.prototype', ctorBody],
    ])('a %s key → 400 forbidden_key, nothing stored', async (_name, body) => {
      const res = await storesNothing(() => post(body));
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ error: 'forbidden_key', message: expect.any(String) });
      expect(JSON.stringify(res.body)).not.toMatch(/isAdmin|admin/);
    });

    it('no prototype is polluted in the API process (body and query string)', async () => {
      for (const body of [protoBody, ctorBody]) {
        const res = await post(body);
        expect(res.status).toBeLessThan(500);
      }
      const query = await rawRequest(system.intakeUrl, {
        method: 'POST',
        path: '/v1/reports?__proto__[role]=admin&constructor[prototype][isAdmin]=true',
        body: json({ narrative: 'It happened.' }),
        headers: { 'content-type': 'application/json' },
      });
      expect(query.status).toBeLessThan(500);
      // The apps run inside this Jest process, so this is the API's own Object.prototype.
      expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
      expect(({} as Record<string, unknown>).role).toBeUndefined();
      expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'isAdmin')).toBe(false);
      expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'role')).toBe(false);
    });
  });

  describe('hostile but legitimate text', () => {
    it.each([
      ['a <script> narrative', `<script>alert(1)</script> ${canary('XSS')} <img src=x onerror=alert(2)> <svg onload=alert(3)> [link](javascript:alert(4))`],
      ['bidi overrides, zero-width joiners and 10 kB of combining marks', `${canary('BIDI')} \u202Eevil.exe\u202C a\u200Db\u200Bc e${'\u0301'.repeat(10_000)}`],
    ])('%s is accepted (201) and stored encrypted, verbatim', async (_name, narrative) => {
      const { rows: before } = await system.db.query<{ id: string }>('SELECT id FROM reports');
      const known = new Set(before.map((r) => r.id));
      const counts = await writtenRows(system.db);

      const res = await post(json(await withProofOfWork(system.intakeUrl, { narrative })));
      expect(res.status).toBe(201);
      expect(await writtenRows(system.db)).toEqual({ reports: counts.reports + 1, outbox: counts.outbox + 1 });

      const { rows } = await system.db.query<{ id: string; ciphertext: Buffer; wrapped: Buffer }>(
        'SELECT id, narrative_ciphertext AS ciphertext, narrative_wrapped_key AS wrapped FROM reports',
      );
      const added = rows.filter((r) => !known.has(r.id));
      expect(added).toHaveLength(1);
      const [report] = added;
      expect(report.ciphertext.includes(Buffer.from(narrative.slice(0, 40)))).toBe(false);
      const cipher = new NarrativeCipher(system.env.NARRATIVE_KEK as string);
      expect(cipher.decrypt(report.id, { ciphertext: report.ciphertext, wrappedKey: report.wrapped })).toBe(narrative);
    });
  });
});
