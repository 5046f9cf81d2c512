import { createHash } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createChallenge, solveChallenge, type Challenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';
import { chromium } from 'playwright-core';
import { altchaSecrets, POW_ALGORITHM } from '../../apps/intake-api/src/proof-of-work/proof-of-work.service';
import { startPrivateSystem, writtenRows, type PrivateSystem } from '../helpers/private-system';
import { altchaPayload, fetchChallenge, formToken, solvedChallenge } from '../helpers/proof-of-work';
import { postRaw, rawRequest, type RawResponse } from '../helpers/raw-http';
import { waitFor } from '../helpers/wait-for';

/**
 * Abuse control at intake without tracking anyone (issue #5): ALTCHA proof of work for the
 * JSON API and the JavaScript form, each solution accepted once; the no-JavaScript form
 * still accepted under a global budget and marked; one-time form tokens against double
 * submission; the form routes' errors as pages in the reporter's language.
 */
const RECEIPT = /[0-9A-HJKMNP-TV-Z]{4}(?:-[0-9A-HJKMNP-TV-Z]{4}){6}/;
const STRICT_CSP = "default-src 'none';style-src 'self';img-src 'self';form-action 'self';frame-ancestors 'none';base-uri 'none'";

type Fields = Array<[string, string]>;
const urlencoded = (fields: Fields) => new URLSearchParams(fields).toString();
const errorOf = (res: RawResponse) => (res.body as { error?: string } | undefined)?.error;

/** An HTML page in `lang` with the strict CSP (no script), no-store, and no receipt on it. */
function expectStrictPage(res: RawResponse, status: number, lang: string): void {
  expect({ status: res.status, type: res.headers['content-type'] }).toEqual({ status, type: 'text/html; charset=utf-8' });
  expect(res.text).toContain(`<html lang="${lang}">`);
  expect(res.text).not.toMatch(/<script/i);
  expect(res.text).not.toMatch(RECEIPT);
  expect(res.headers['content-security-policy']).toBe(STRICT_CSP);
  expect(res.headers['cache-control']).toBe('no-store');
}

describe('proof of work for the JSON API (ALTCHA, self-hosted)', () => {
  let system: PrivateSystem;

  beforeAll(async () => {
    system = await startPrivateSystem({ RECONCILE_INTERVAL_MS: '600000' });
  });
  afterAll(async () => {
    await system?.close();
  });

  const submit = (body: object) => postRaw(system.intakeUrl, '/v1/reports', JSON.stringify(body));
  const spentRows = async () => (await system.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM spent_tokens`)).rows[0].n;

  it('GET /v1/challenge is public and uncached, and hands out signed, expiring challenges without storing anything', async () => {
    const before = await spentRows();
    const res = await rawRequest(system.intakeUrl, { method: 'GET', path: '/v1/challenge', headers: { 'x-forwarded-for': '203.0.113.9' } });
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['set-cookie']).toBeUndefined();
    const challenge = res.body as Challenge;
    const now = Math.floor(Date.now() / 1000);
    expect(challenge.parameters).toMatchObject({ algorithm: POW_ALGORITHM, cost: 1, keyLength: 32, keyPrefix: expect.stringMatching(/^[0-9a-f]{32}$/) });
    expect(challenge.parameters.expiresAt).toBeGreaterThan(now + 3_500);
    expect(challenge.parameters.expiresAt).toBeLessThan(now + 3_700);
    expect(challenge.signature).toMatch(/^[0-9a-f]{64}$/);
    expect((await fetchChallenge(system.intakeUrl)).parameters.nonce).not.toBe(challenge.parameters.nonce);
    expect(await spentRows()).toBe(before);
  });

  it('refuses a report without a solution: 400 pow_required naming the challenge route, nothing stored', async () => {
    const before = await writtenRows(system.db);
    const res = await submit({ narrative: 'No proof of work.' });
    expect({ status: res.status, error: errorOf(res) }).toEqual({ status: 400, error: 'pow_required' });
    expect((res.body as { message: string }).message).toContain('GET /v1/challenge');
    expect(await writtenRows(system.db)).toEqual(before);
  });

  it('refuses wrong, forged and expired solutions with a clear code, storing nothing', async () => {
    const before = await writtenRows(system.db);
    const challenge = await fetchChallenge(system.intakeUrl);
    const solution = await solveChallenge({ challenge, deriveKey });
    if (!solution) throw new Error('not solved');
    const forged = await createChallenge({ algorithm: POW_ALGORITHM, cost: 1, counter: 5, deriveKey, expiresAt: new Date(Date.now() + 60_000), hmacSignatureSecret: 'guessed', hmacKeySignatureSecret: 'guessed' });
    const expired = await createChallenge({ algorithm: POW_ALGORITHM, cost: 1, counter: 5, deriveKey, expiresAt: new Date(Date.now() - 1_000), ...altchaSecrets(system.env.ALTCHA_HMAC_KEY as string) });
    const cases: Array<[string, string, number, string]> = [
      ['garbage', 'bm90IGEgcGF5bG9hZA==', 400, 'pow_invalid'],
      ['a wrong derived key', altchaPayload(challenge, { ...solution, derivedKey: 'ab'.repeat(32) }), 400, 'pow_invalid'],
      ['a cheaper challenge than signed', altchaPayload({ ...challenge, parameters: { ...challenge.parameters, keyPrefix: '0' } }, solution), 400, 'pow_invalid'],
      ['a challenge signed with a guessed key', altchaPayload(forged, (await solveChallenge({ challenge: forged, deriveKey }))!), 400, 'pow_invalid'],
      ['an expired challenge of ours', altchaPayload(expired, (await solveChallenge({ challenge: expired, deriveKey }))!), 400, 'pow_expired'],
      ['a number instead of a payload', 42 as unknown as string, 400, 'validation_failed'],
    ];
    for (const [name, altcha, status, error] of cases) {
      const res = await submit({ narrative: `Case: ${name}`, altcha });
      expect({ name, status: res.status, error: errorOf(res) }).toEqual({ name, status, error });
    }
    expect(await writtenRows(system.db)).toEqual(before);
  });

  it('accepts a solution once: the report is marked, a replay gets 409 pow_already_used, and only a hash and an hour are kept', async () => {
    const altcha = await solvedChallenge(system.intakeUrl);
    const before = await writtenRows(system.db);
    const accepted = await submit({ narrative: 'First use of a solution.', altcha });
    expect(accepted.status).toBe(201);
    const replay = await submit({ narrative: 'Second use of the same solution.', altcha });
    expect({ status: replay.status, error: errorOf(replay) }).toEqual({ status: 409, error: 'pow_already_used' });
    expect(await writtenRows(system.db)).toEqual({ reports: before.reports + 1, outbox: before.outbox + 1 });

    const { rows: reports } = await system.db.query<{ id: string; proof_of_work: boolean }>(`SELECT id, proof_of_work FROM reports ORDER BY created_on DESC`);
    expect(reports.every((r) => r.proof_of_work)).toBe(true);
    const { challenge } = JSON.parse(Buffer.from(altcha, 'base64').toString()) as { challenge: Challenge };
    const hash = createHash('sha256').update(challenge.signature as string).digest();
    const { rows } = await system.db.query<Record<string, unknown>>(`SELECT * FROM spent_tokens WHERE token_hash = $1`, [hash]);
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(Object.keys(row).sort()).toEqual(['expires_at', 'kind', 'token_hash']);
    const expiresAt = row.expires_at as Date;
    expect(row.kind).toBe('pow_challenge');
    expect(expiresAt.getTime() % 3_600_000).toBe(0);
    expect(expiresAt.getTime()).toBeGreaterThanOrEqual((challenge.parameters.expiresAt as number) * 1000);
    expect(expiresAt.getTime() - (challenge.parameters.expiresAt as number) * 1000).toBeLessThan(3_600_000);
  });

  it('stores one report when the same solution is sent five times at once', async () => {
    const altcha = await solvedChallenge(system.intakeUrl);
    const before = await writtenRows(system.db);
    const results = await Promise.all(Array.from({ length: 5 }, (_, i) => submit({ narrative: `Race ${i}`, altcha })));
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409]);
    expect(await writtenRows(system.db)).toEqual({ reports: before.reports + 1, outbox: before.outbox + 1 });
  });
});

describe('report form: one-time tokens, the no-JavaScript budget, and error pages in the reporter’s language', () => {
  let system: PrivateSystem;

  beforeAll(async () => {
    system = await startPrivateSystem({ RECONCILE_INTERVAL_MS: '600000', NO_POW_REPORTS_PER_HOUR: '3' });
  });
  afterAll(async () => {
    await system?.close();
  });

  const postForm = (fields: Fields, path = '/report', headers: Record<string, string> = {}) =>
    rawRequest(system.intakeUrl, { method: 'POST', path, body: urlencoded(fields), headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers } });

  it('a reload of the receipt page stores nothing twice and shows "already received" without the receipt', async () => {
    const token = await formToken(system.intakeUrl, 'zh-Hans');
    const altcha = await solvedChallenge(system.intakeUrl);
    const fields: Fields = [['lang', 'zh-Hans'], ['submissionToken', token], ['altcha', altcha], ['narrative', '他们在大使馆外拍了我的照片。']];
    const before = await writtenRows(system.db);
    const first = await postForm(fields, '/report?lang=zh-Hans');
    expect(first.status).toBe(200);
    expect(first.text).toMatch(RECEIPT);
    const again = await postForm(fields, '/report?lang=zh-Hans');
    expectStrictPage(again, 409, 'zh-Hans');
    expect(again.text).toContain('这份报告已经收到');
    expect(again.text).toContain('回执码只在提交后显示一次');
    expect(await writtenRows(system.db)).toEqual({ reports: before.reports + 1, outbox: before.outbox + 1 });
    // Sent with a solved challenge: marked as such, and both one-time values are spent.
    const { rows } = await system.db.query<{ kind: string }>(`SELECT kind FROM spent_tokens ORDER BY kind`);
    expect(rows.map((r) => r.kind)).toEqual(expect.arrayContaining(['form_submission', 'pow_challenge']));
    expect((await system.db.query(`SELECT 1 FROM reports WHERE proof_of_work`)).rows).toHaveLength(1);
  });

  it.each<[string, (token: string) => Fields]>([
    ['no token', () => []],
    ['a forged token', () => [['submissionToken', `${'A'.repeat(27)}.${'B'.repeat(22)}`]]],
    ['a token with a changed expiry', (token) => [['submissionToken', `${token.slice(0, 20)}ZZZZZZZ${token.slice(27)}`]]],
  ])('a form with %s is shown again with a fresh token, localized, keeping what was typed, storing nothing', async (_name, tokenFields) => {
    const before = await writtenRows(system.db);
    const stale = await formToken(system.intakeUrl);
    const res = await postForm([['lang', 'zh-Hant'], ...tokenFields(stale), ['narrative', '保留這段文字'], ['city', 'Vancouver']], '/report?lang=zh-Hant');
    expect(res.status).toBe(400);
    expect(res.text).toContain('此表單已過期或無法核驗');
    expect(res.text).toContain('\n保留這段文字</textarea>');
    expect(res.text).toContain('value="Vancouver"');
    const shown = /name="submissionToken" value="([^"]+)"/.exec(res.text)?.[1];
    expect(shown).toMatch(/^[A-Za-z0-9_-]{27}\.[A-Za-z0-9_-]{22}$/);
    expect(shown).not.toBe(stale);
    expect(await writtenRows(system.db)).toEqual(before);
  });

  it('without JavaScript the form is accepted under a global hourly budget, then 429 in the reporter’s language keeping what was typed; a solved challenge still gets through', async () => {
    const narrative = `Budget test ${Date.now()} <b>kept</b>`;
    let refused: RawResponse | undefined;
    let token = '';
    // The budget is shared with the other tests of this block: spend what is left of it.
    for (let i = 0; i < 5 && !refused; i++) {
      token = await formToken(system.intakeUrl, 'zh-Hant');
      const res = await postForm([['lang', 'zh-Hant'], ['submissionToken', token], ['narrative', narrative], ['country', 'CA']], '/report?lang=zh-Hant');
      if (res.status === 429) refused = res;
      else expect(res.status).toBe(200);
    }
    if (!refused) throw new Error('the budget of 3 reports per hour never ran out');
    expect(refused.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(refused.text).toContain('<html lang="zh-Hant">');
    expect(refused.text).toContain('目前收到未啟用 JavaScript 的報告異常地多');
    expect(refused.text).toContain('Budget test');
    expect(refused.text).toContain('&lt;b&gt;kept&lt;/b&gt;</textarea>');
    expect(refused.text).toContain('<option value="CA" selected>');
    expect(refused.text).toContain(`name="submissionToken" value="${token}"`);
    const { rows: noProof } = await system.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM reports WHERE NOT proof_of_work`);
    expect(noProof[0].n).toBe(3);

    // The same form, solved by the page's script (here: by the test), is not limited.
    const before = await writtenRows(system.db);
    const res = await postForm([['lang', 'zh-Hant'], ['submissionToken', token], ['altcha', await solvedChallenge(system.intakeUrl)], ['narrative', narrative]], '/report?lang=zh-Hant');
    expect(res.status).toBe(200);
    expect(await writtenRows(system.db)).toEqual({ reports: before.reports + 1, outbox: before.outbox + 1 });
  });

  it('a body too large for the form → 413 page in the language of the form (from its action), strict CSP, nothing stored', async () => {
    const before = await writtenRows(system.db);
    const res = await postForm([['lang', 'zh-Hant'], ['narrative', '很'.repeat(100_000)]], '/report?lang=zh-Hant', { 'accept-language': 'en' });
    expectStrictPage(res, 413, 'zh-Hant');
    expect(res.text).toContain('<h1>報告太長</h1>');
    expect(res.text).toContain('20,000');
    expect(await writtenRows(system.db)).toEqual(before);
  });

  it('bytes that are not UTF-8 → 400 page in the Accept-Language when the action has no language; JSON routes keep JSON', async () => {
    const body = Buffer.concat([Buffer.from('narrative=ENC-CANARY '), Buffer.from([0xc3, 0x28]), Buffer.from('&lang=en')]);
    const res = await rawRequest(system.intakeUrl, { method: 'POST', path: '/report', body, headers: { 'content-type': 'application/x-www-form-urlencoded', 'accept-language': 'zh-CN' } });
    expectStrictPage(res, 400, 'zh-Hans');
    expect(res.text).toContain('<h1>无法读取表单</h1>');
    expect(res.text).not.toContain('ENC-CANARY');
    const api = await postRaw(system.intakeUrl, '/v1/reports', body, { 'content-type': 'application/x-www-form-urlencoded' });
    expect(api.headers['content-type']).toMatch(/^application\/json/);
    expect(errorOf(api)).toBe('invalid_encoding');
  });

  it('a server error on the form → 500 page in the reporter’s language with a reference, never the cause', async () => {
    const token = await formToken(system.intakeUrl, 'en');
    // With a solved challenge, so the (shared) budget for reports without one plays no part.
    const altcha = await solvedChallenge(system.intakeUrl);
    await system.db.query(`ALTER TABLE spent_tokens ADD CONSTRAINT ck_test_refuse_everything CHECK (false) NOT VALID`);
    try {
      const res = await postForm([['lang', 'en'], ['submissionToken', token], ['altcha', altcha], ['narrative', 'SERVER-ERROR-CANARY']], '/report?lang=en');
      expectStrictPage(res, 500, 'en');
      expect(res.text).toContain('Something went wrong on our side');
      expect(res.text).toMatch(/Error reference \(it says nothing about you\): <code>[0-9a-f-]{36}<\/code>/);
      expect(res.text).not.toMatch(/SERVER-ERROR-CANARY|ck_test|constraint|spent_tokens/i);
    } finally {
      await system.db.query(`ALTER TABLE spent_tokens DROP CONSTRAINT ck_test_refuse_everything`);
    }
  });
});

describe('the report form with JavaScript on, at the default difficulty, in headless Chromium', () => {
  const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  // playwright-core ships no browser: CI installs Chromium (apt `chromium`); skipped without it.
  const browserIt = existsSync(chromiumPath) ? it : it.skip;
  let system: PrivateSystem;

  beforeAll(async () => {
    // The production difficulty: ALTCHA_COST and ALTCHA_MAX_COUNTER at their defaults.
    system = await startPrivateSystem({ RECONCILE_INTERVAL_MS: '600000', ALTCHA_COST: undefined, ALTCHA_MAX_COUNTER: undefined, NO_POW_REPORTS_PER_HOUR: '0' });
  });
  afterAll(async () => {
    await system?.close();
  });

  browserIt('solves the challenge in the background from our own origin only, sends it, and a reload stores nothing twice', async () => {
    const artifacts = join(__dirname, '..', '..', 'test-artifacts');
    mkdirSync(artifacts, { recursive: true });
    const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const context = await browser.newContext({ javaScriptEnabled: true, viewport: { width: 412, height: 900 } });
      const origin = new URL(system.intakeUrl).origin;
      const requested: string[] = [];
      const foreign: string[] = [];
      await context.route('**/*', (route) => {
        const url = new URL(route.request().url());
        if (url.origin !== origin) {
          foreign.push(url.href);
          return route.abort();
        }
        requested.push(`${route.request().method()} ${url.pathname}`);
        return route.continue();
      });
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('console', (m) => {
        // The 409 of the reload below is expected; any CSP violation or script error is not.
        if ((m.type() === 'error' || m.type() === 'warning') && !m.text().includes('status of 409')) problems.push(m.text());
      });
      page.on('pageerror', (e) => problems.push(e.message));

      const started = Date.now();
      await page.goto(`${system.intakeUrl}/report?lang=zh-Hans`);
      await waitFor('the page script to fill in its solution', async () => ((await page.inputValue('input[name="altcha"]')) !== '' ? true : undefined), 60_000, 25);
      const solvedMs = Date.now() - started;
      process.stdout.write(`form proof of work in Chromium at the default difficulty: solved ${solvedMs} ms after navigation\n`);

      await page.fill('#narrative', '有人在温哥华跟踪我，还给我在国内的父母打电话。');
      await page.selectOption('#country', 'CA');
      await page.click('button[type="submit"]');
      await page.locator('.receipt-code').waitFor({ timeout: 30_000 });
      await page.screenshot({ path: join(artifacts, 'report-form-js-receipt.png'), fullPage: true });
      const { rows } = await system.db.query<{ proof_of_work: boolean; channel: string }>(`SELECT proof_of_work, channel FROM reports`);
      // NO_POW_REPORTS_PER_HOUR is 0 here: only a solved challenge could get this report in.
      expect(rows).toEqual([{ proof_of_work: true, channel: 'form' }]);

      // Reloading the receipt page sends the same form again.
      await page.reload();
      await page.locator('h1').waitFor({ timeout: 30_000 });
      expect(await page.locator('h1').textContent()).toBe('这份报告已经收到');
      expect(await page.locator('.receipt-code').count()).toBe(0);
      await page.screenshot({ path: join(artifacts, 'report-form-already-received.png'), fullPage: true });
      expect((await system.db.query(`SELECT 1 FROM reports`)).rows).toHaveLength(1);

      expect(foreign).toEqual([]);
      expect([...new Set(requested)].sort()).toEqual(['GET /report', 'GET /report.css', 'GET /report.js', 'GET /v1/challenge', 'POST /report']);
      expect(problems).toEqual([]);
      expect(solvedMs).toBeLessThan(60_000);
    } finally {
      await browser.close();
    }
  }, 120_000);

  browserIt('with JavaScript off and the budget spent, the reporter gets the form back with a localized 429 message and nothing lost', async () => {
    const artifacts = join(__dirname, '..', '..', 'test-artifacts');
    const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const page = await (await browser.newContext({ javaScriptEnabled: false, viewport: { width: 412, height: 900 } })).newPage();
      await page.goto(`${system.intakeUrl}/report?lang=zh-Hant`);
      await page.fill('#narrative', '我的護照在領事館被沒收了。');
      await page.fill('#city', 'Toronto');
      const response = page.waitForResponse((r) => r.request().method() === 'POST');
      await page.click('button[type="submit"]');
      expect((await response).status()).toBe(429);
      await page.locator('.error-summary').waitFor({ timeout: 10_000 });
      expect(await page.locator('.error-summary').textContent()).toContain('請一小時後再試');
      expect(await page.inputValue('#narrative')).toBe('我的護照在領事館被沒收了。');
      expect(await page.inputValue('#city')).toBe('Toronto');
      await page.screenshot({ path: join(artifacts, 'report-form-budget-spent.png'), fullPage: true });
    } finally {
      await browser.close();
    }
  });
});
