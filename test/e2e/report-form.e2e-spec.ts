import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { NarrativeCipher } from '@tnr/platform';
import { chromium } from 'playwright-core';
import request from 'supertest';
import { startPrivateSystem, writtenRows, type PrivateSystem } from '../helpers/private-system';
import { formToken } from '../helpers/proof-of-work';

/**
 * The server-rendered report form (`GET/POST /report`), for reporters on Tor Browser "Safest"
 * with JavaScript off (P10), headers on every response (P11), hostile narratives re-shown as
 * text (B6). The last block drives headless Chromium with JavaScript disabled through
 * playwright-core when /usr/bin/chromium (or CHROMIUM_PATH) exists, and is skipped otherwise.
 */
const RECEIPT = /[0-9A-HJKMNP-TV-Z]{4}(?:-[0-9A-HJKMNP-TV-Z]{4}){6}/g;

type Fields = Array<[string, string]>;
const form = (fields: Fields) => new URLSearchParams(fields).toString();

/** Every src/href/action value in the page. */
function urlsIn(page: string): string[] {
  return [...page.matchAll(/\s(?:src|href|action|formaction|srcset|poster|data)\s*=\s*"([^"]*)"/gi)].map((m) => m[1]);
}

describe('report form: server-rendered, works without JavaScript (P10, B6)', () => {
  let system: PrivateSystem;

  beforeAll(async () => {
    system = await startPrivateSystem({ RECONCILE_INTERVAL_MS: '600000' });
  });

  afterAll(async () => {
    await system?.close();
  });

  /** POST /report with the fields of a freshly served form (its one-time token added unless given). */
  const post = async (fields: Fields, headers: Record<string, string> = {}) => {
    const token: Fields = fields.some(([name]) => name === 'submissionToken') ? [] : [['submissionToken', await formToken(system.intakeUrl)]];
    return request(system.intakeUrl).post('/report').set(headers).type('form').send(form([...token, ...fields]));
  };

  describe('GET /report', () => {
    it.each([
      ['en', 'What happened', 'Harassment and intimidation', 'Send report'],
      ['zh-Hans', '发生了什么', '骚扰和恐吓', '提交报告'],
      ['zh-Hant', '發生了什麼事', '騷擾與恐嚇', '送出報告'],
    ])('?lang=%s serves the form in that language', async (lang, narrativeLabel, typeLabel, submit) => {
      const res = await request(system.intakeUrl).get(`/report?lang=${lang}`).set('Accept-Language', 'fr-FR').expect(200);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.text).toContain(`<html lang="${lang}">`);
      expect(res.text).toMatch(new RegExp(`<label for="narrative"[^>]*>${narrativeLabel} `));
      expect(res.text).toContain(`>${typeLabel}</label>`);
      expect(res.text).toContain(`>${submit}</button>`);
      // Links to all three languages on every page.
      for (const l of ['en', 'zh-Hans', 'zh-Hant']) expect(res.text).toContain(`href="report?lang=${l}"`);
    });

    it.each([
      ['zh-CN,zh;q=0.9,en;q=0.8', 'zh-Hans'],
      ['zh-TW,zh;q=0.9', 'zh-Hant'],
      ['zh-HK', 'zh-Hant'],
      ['en-US,en;q=0.5', 'en'],
      ['de-DE', 'en'],
    ])('Accept-Language %j picks %s when no language was chosen by link', async (acceptLanguage, lang) => {
      const res = await request(system.intakeUrl).get('/report').set('Accept-Language', acceptLanguage).expect(200);
      expect(res.text).toContain(`<html lang="${lang}">`);
    });

    it('the link choice wins over Accept-Language; an unknown ?lang= falls back to it', async () => {
      expect((await request(system.intakeUrl).get('/report?lang=en').set('Accept-Language', 'zh-TW')).text).toContain('<html lang="en">');
      expect((await request(system.intakeUrl).get('/report?lang=xx').set('Accept-Language', 'zh-TW')).text).toContain('<html lang="zh-Hant">');
    });

    it('has only our own script file, no inline script, no external or protocol-relative URL, no cookie, and the strict headers', async () => {
      for (const lang of ['en', 'zh-Hans', 'zh-Hant']) {
        const res = await request(system.intakeUrl).get(`/report?lang=${lang}`).expect(200);
        expect(res.text).not.toMatch(/\son[a-z]+\s*=|style\s*=|javascript:/i);
        expect([...res.text.matchAll(/<script\b[^>]*>([^<]*)<\/script>/gi)].map((m) => [m[0], m[1]])).toEqual([['<script src="report.js" defer></script>', '']]);
        const urls = urlsIn(res.text);
        expect(urls).toEqual(expect.arrayContaining(['report.css', 'report.js', `report?lang=${lang}`]));
        expect(urls.filter((u) => /^[a-z][a-z0-9+.-]*:|^\/\/|^\//i.test(u))).toEqual([]);
        expect(res.text).toContain('data-challenge="v1/challenge"');
        expect(res.text).toMatch(/<input type="hidden" name="submissionToken" value="[A-Za-z0-9_.-]+">/);
        expect(res.text).toContain('<input type="hidden" name="altcha" value="">');
        expect(res.headers['set-cookie']).toBeUndefined();
        // The strict policy, plus our own scripts and requests for the proof of work.
        expect(res.headers['content-security-policy']).toBe(
          "default-src 'none';style-src 'self';img-src 'self';form-action 'self';frame-ancestors 'none';base-uri 'none';script-src 'self';connect-src 'self'",
        );
        expect(res.headers['cache-control']).toBe('no-store');
        expect(res.headers['x-powered-by']).toBeUndefined();
      }
    });

    it('labels every control', async () => {
      const res = await request(system.intakeUrl).get('/report?lang=zh-Hant').expect(200);
      const ids = [...res.text.matchAll(/<(?:input|select|textarea)\b(?![^>]*type="hidden")[^>]*\sid="([^"]+)"/g)].map((m) => m[1]);
      expect(ids).toEqual(expect.arrayContaining(['narrative', 'country', 'city', 'month', 'year', 'wantsReplies', 'incidentTypes-0']));
      for (const id of ids) expect(res.text).toContain(`<label for="${id}"`);
      expect(res.text).toContain('<option value="TW">台灣</option>');
    });

    it('serves its script as text/javascript, under the strict policy itself', async () => {
      const res = await request(system.intakeUrl).get('/report.js').expect(200);
      expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
      expect(res.headers['content-security-policy']).toBe("default-src 'none';style-src 'self';img-src 'self';form-action 'self';frame-ancestors 'none';base-uri 'none'");
      expect(res.text).toContain("fetch(form.getAttribute('data-challenge')");
    });

    it('serves its stylesheet as text/css at a relative path', async () => {
      const res = await request(system.intakeUrl).get('/report.css').expect(200);
      expect(res.headers['content-type']).toBe('text/css; charset=utf-8');
      expect(res.text).toContain('.error-message');
      expect(res.text).not.toMatch(/url\(|@import|@font-face/);
    });
  });

  describe('POST /report', () => {
    it('stores one report with channel "form" and shows the receipt once, with the advice, in the page language', async () => {
      const before = await writtenRows(system.db);
      const narrative = `Form report ${Date.now()}: <script>alert(1)</script> 我在鹿特丹被人跟蹤。`;
      const res = await post([
        ['lang', 'zh-Hant'],
        ['narrative', narrative],
        ['country', 'NL'],
        ['city', 'Rotterdam'],
        ['month', '03'],
        ['year', '2024'],
        ['incidentTypes', 'harassment'],
        ['incidentTypes', 'surveillance'],
        ['wantsReplies', 'yes'],
      ]);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.headers['cache-control']).toBe('no-store');
      const receipts = res.text.match(RECEIPT) ?? [];
      expect(receipts).toHaveLength(1);
      expect(res.text).toContain('<html lang="zh-Hant">');
      expect(res.text).toContain('我們已收到您的報告');
      expect(res.text).toContain('請把回執碼抄寫下來');
      // Nothing typed is echoed on the receipt page, and no URL carries the receipt.
      expect(res.text).not.toContain('Rotterdam');
      expect(urlsIn(res.text).some((u) => u.includes(String(receipts[0])))).toBe(false);

      expect(await writtenRows(system.db)).toEqual({ reports: before.reports + 1, outbox: before.outbox + 1 });
      const { rows } = await system.db.query<{ id: string; channel: string; language: string; country_code: string; city: string; incident_month: string; reported_incident_types: string[]; wants_replies: boolean; proof_of_work: boolean; ciphertext: Buffer; wrapped: Buffer }>(
        `SELECT id, channel, language, country_code, city, incident_month, reported_incident_types, wants_replies, proof_of_work,
                narrative_ciphertext AS ciphertext, narrative_wrapped_key AS wrapped
           FROM reports WHERE channel = 'form' AND city = 'Rotterdam'`,
      );
      expect(rows).toHaveLength(1);
      const [row] = rows;
      // Sent without JavaScript, so without proof of work: accepted under the budget, marked.
      expect(row).toMatchObject({ channel: 'form', language: 'zh-Hant', country_code: 'NL', incident_month: '2024-03', wants_replies: true, proof_of_work: false });
      expect([...row.reported_incident_types].sort()).toEqual(['harassment', 'surveillance']);
      const cipher = new NarrativeCipher(system.env.NARRATIVE_KEK as string);
      expect(cipher.decrypt(row.id, { ciphertext: row.ciphertext, wrappedKey: row.wrapped })).toBe(narrative);
    });

    it.each([
      ['en', 'Describe what happened.'],
      ['zh-Hans', '请描述发生了什么。'],
      ['zh-Hant', '請描述發生了什麼事。'],
    ])('an empty narrative (%s) → 400, the localized error beside the field, nothing typed lost, nothing stored', async (lang, message) => {
      const before = await writtenRows(system.db);
      const res = await post([
        ['lang', lang],
        ['narrative', '   '],
        ['country', 'DE'],
        ['city', 'Köln & "Umgebung"'],
        ['month', '11'],
        ['year', '2023'],
        ['incidentTypes', 'digital_threat'],
        ['wantsReplies', 'yes'],
      ]);
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.text).toContain(`<html lang="${lang}">`);
      expect(res.text).toContain(`<p class="error-message" id="narrative-error">`);
      expect(res.text).toContain(`${message}</p>`);
      expect(res.text).toMatch(/<textarea id="narrative"[^>]*aria-describedby="narrative-hint narrative-error" aria-invalid="true">/);
      expect(res.text).toContain('<a href="#narrative">');
      expect(res.text).toContain('value="Köln &amp; &quot;Umgebung&quot;"');
      expect(res.text).toContain('<option value="DE" selected>');
      expect(res.text).toContain('<option value="11" selected>');
      expect(res.text).toContain('<option value="2023" selected>');
      expect(res.text).toMatch(/value="digital_threat" checked/);
      expect(res.text).toMatch(/id="wantsReplies" name="wantsReplies" value="yes" checked/);
      expect(res.text.match(RECEIPT)).toBeNull();
      expect(await writtenRows(system.db)).toEqual(before);
    });

    it('re-shows a hostile narrative as text, escaped, when another field is invalid (B6)', async () => {
      const narrative = '<script>alert(1)</script></textarea><img src=x onerror=alert(2)> "quoted" \'single\' & \u202e';
      const res = await post([
        ['lang', 'en'],
        ['narrative', narrative],
        ['month', '05'],
      ]);
      expect(res.status).toBe(400);
      // The page's own script tag aside, nothing typed became markup.
      expect(res.text.replace('<script src="report.js" defer></script>', '')).not.toMatch(/<script|<img/i);
      expect(res.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;/textarea&gt;&lt;img src=x onerror=alert(2)&gt; &quot;quoted&quot; &#39;single&#39; &amp; \u202e</textarea>');
      expect(res.text).toContain('Choose both the month and the year, or leave both empty.');
    });

    it.each([
      ['an unknown field', [['narrative', 'It happened.'], ['status', 'verified']]],
      ['a field sent twice', [['narrative', 'It happened.'], ['narrative', 'again']]],
      ['an unknown incident type', [['narrative', 'It happened.'], ['incidentTypes', 'made_up']]],
      ['a country that is not a code', [['narrative', 'It happened.'], ['country', 'Netherlands']]],
      ['an impossible month', [['narrative', 'It happened.'], ['month', '13'], ['year', '2024']]],
      ['a NUL character', [['narrative', 'It \u0000 happened.']]],
      ['a city over 120 characters', [['narrative', 'It happened.'], ['city', 'x'.repeat(121)]]],
    ] as Array<[string, Fields]>)('%s → 400 with the form re-rendered, nothing stored', async (_name, fields) => {
      const before = await writtenRows(system.db);
      const res = await post([['lang', 'zh-Hans'], ...fields]);
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.text).toContain('<div class="error-summary" role="alert"');
      expect(res.text).toContain('<title>错误：');
      expect(await writtenRows(system.db)).toEqual(before);
    });

    it('the unknown-field error is localized and the rest of the form is kept', async () => {
      const res = await post([['lang', 'zh-Hant'], ['narrative', '保留這段文字'], ['nickname', 'x']]);
      expect(res.status).toBe(400);
      expect(res.text).toContain('表單中含有無法辨識的資料');
      expect(res.text).toContain('\n保留這段文字</textarea>');
    });
  });

  describe('in headless Chromium with JavaScript disabled (playwright-core)', () => {
    const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
    // playwright-core ships no browser: CI installs Chromium (apt `chromium`); skipped without it.
    const browserIt = existsSync(chromiumPath) ? it : it.skip;

    browserIt('fills and submits the form, sees the receipt, and asks nothing of any other origin', async () => {
      const artifacts = join(__dirname, '..', '..', 'test-artifacts');
      mkdirSync(artifacts, { recursive: true });
      const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu'] });
      try {
        const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 412, height: 900 } });
        const origin = new URL(system.intakeUrl).origin;
        const foreign: string[] = [];
        await context.route('**/*', (route) => {
          const url = route.request().url();
          if (new URL(url).origin === origin) return route.continue();
          foreign.push(url);
          return route.abort();
        });
        const page = await context.newPage();
        for (const lang of ['en', 'zh-Hans', 'zh-Hant']) {
          await page.goto(`${system.intakeUrl}/report?lang=${lang}`);
          await page.screenshot({ path: join(artifacts, `report-form-${lang}.png`), fullPage: true });
        }
        await page.click('button[type="submit"]');
        await page.locator('#narrative-error').waitFor({ timeout: 10_000 });
        await page.screenshot({ path: join(artifacts, 'report-form-error.png'), fullPage: true });

        await page.fill('#narrative', '在鹿特丹有人跟蹤我。<script>alert(1)</script>');
        await page.selectOption('#country', 'NL');
        await page.fill('#city', 'Rotterdam');
        await page.selectOption('#month', '03');
        await page.selectOption('#year', '2024');
        await page.check('input[value="surveillance"]');
        await page.click('button[type="submit"]');
        await page.locator('.receipt-code').waitFor({ timeout: 10_000 });
        const receipt = (await page.locator('.receipt-code').textContent()) ?? '';
        expect(receipt.trim()).toMatch(new RegExp(`^${RECEIPT.source}$`));
        expect(page.url()).toBe(`${system.intakeUrl}/report?lang=zh-Hant`);
        await page.screenshot({ path: join(artifacts, 'report-form-receipt.png'), fullPage: true });

        // Over the 256 kB body limit: a page in the form's language. Going back shows an empty
        // form: nothing typed is kept in the browser's history (no-store, autocomplete off).
        await page.goto(`${system.intakeUrl}/report?lang=zh-Hant`);
        await page.fill('#narrative', '很長的敘述。'.repeat(20_000));
        await page.click('button[type="submit"]');
        await page.locator('h1').waitFor({ timeout: 10_000 });
        expect(await page.locator('h1').textContent()).toBe('報告太長');
        await page.screenshot({ path: join(artifacts, 'report-form-too-large.png'), fullPage: true });
        await page.goBack();
        expect(await page.inputValue('#narrative')).toBe('');
        expect(foreign).toEqual([]);
      } finally {
        await browser.close();
      }
    });
  });
});
