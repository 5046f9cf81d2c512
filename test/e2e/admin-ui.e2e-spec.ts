import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import request from 'supertest';
import { nextTotpCode } from '../helpers/staff';
import { startPrivateSystem, type PrivateSystem } from '../helpers/private-system';
import { withProofOfWork } from '../helpers/proof-of-work';
import { waitFor } from '../helpers/wait-for';

/**
 * Issue 7: the moderators' admin UI at /admin, driven in headless Chromium (playwright-core,
 * Debian's /usr/bin/chromium) against the real stack, as a moderator would use it: password +
 * TOTP login (enrolling first), the queue, a report read, a link confirmed, a missed detail
 * redacted, the report verified and counted on the dashboard. Along the way: no request to
 * any other origin, no CSP violation, a hostile narrative shown as text that runs nothing, and
 * axe-core with no serious or critical violation on each main screen. Screenshots of the main
 * screens in English and Chinese at 1366×768 go to test-artifacts/admin-ui/.
 */
const ROOT = join(__dirname, '..', '..');
const UI_DIR = join(ROOT, 'dist', 'admin-ui');
const ARTIFACTS = join(ROOT, 'test-artifacts', 'admin-ui');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const VIEWPORT = { width: 1366, height: 768 };
const browserDescribe = existsSync(CHROMIUM) ? describe : describe.skip;

/** Retries an assertion about the page until it holds or the deadline passes (playwright-core has no auto-waiting expect). */
async function until(assertion: () => Promise<void>, deadlineMs = 10_000): Promise<void> {
  const end = Date.now() + deadlineMs;
  for (;;) {
    try {
      return await assertion();
    } catch (e) {
      if (Date.now() > end) throw e;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}
/** Browser code (a string: the test project's TypeScript has no DOM library) selecting `word` in the narrative as a person would. */
function selectInNarrative(word: string): string {
  return `(() => {
    const box = document.querySelector('[data-testid="narrative"]');
    const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent.indexOf(${JSON.stringify(word)});
      if (at >= 0) {
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + ${word.length});
        window.getSelection().removeAllRanges();
        window.getSelection().addRange(range);
        box.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
        return;
      }
    }
    throw new Error('word not found in the narrative');
  })()`;
}
const textOf = async (loc: Locator) => (await loc.textContent()) ?? '';
const contains = (loc: Locator, text: string) => until(async () => expect(await textOf(loc)).toContain(text));
const lacks = (loc: Locator, text: string) => until(async () => expect(await textOf(loc)).not.toContain(text));
const attribute = (loc: Locator, name: string, value: string) => until(async () => expect(await loc.first().getAttribute(name)).toBe(value));
const count = (loc: Locator, n: number) => until(async () => expect(await loc.count()).toBe(n));

interface Person {
  username: string;
  password: string;
  auth: { secret: string; lastStep: number };
  context?: BrowserContext;
  page?: Page;
}

browserDescribe('admin UI in a real browser (issue 7)', () => {
  jest.setTimeout(180_000);
  let system: PrivateSystem;
  let browser: Browser;
  let origin: string;
  let adminToken: string;
  const marker = `m${randomBytes(4).toString('hex')}`;
  const xssMarker = `x${randomBytes(4).toString('hex')}`;
  const moderator: Person = { username: `ui-mod-${randomBytes(3).toString('hex')}`, password: randomBytes(15).toString('base64url'), auth: { secret: '', lastStep: 0 } };
  const admin: Person = { username: `ui-adm-${randomBytes(3).toString('hex')}`, password: randomBytes(15).toString('base64url'), auth: { secret: '', lastStep: 0 } };
  /** Everything the pages asked for, and what went wrong in them. */
  const requests: string[] = [];
  const dialogs: string[] = [];
  const cspViolations: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    // The service serves the built UI (npm run build); build it when a test run comes first.
    if (!existsSync(join(UI_DIR, 'index.html'))) execFileSync('npm', ['run', '--silent', 'build:admin-ui'], { cwd: ROOT, stdio: 'inherit' });
    mkdirSync(ARTIFACTS, { recursive: true });
    system = await startPrivateSystem({ ADMIN_UI_DIR: UI_DIR });
    origin = new URL(system.moderationUrl).origin;
    await system.createStaff(moderator.username, moderator.password, 'moderator');
    await system.createStaff(admin.username, admin.password, 'admin');
    const scriptAdmin = `ui-script-${randomBytes(3).toString('hex')}`;
    const scriptPassword = randomBytes(15).toString('base64url');
    await system.createStaff(scriptAdmin, scriptPassword, 'admin');
    adminToken = await system.login(scriptAdmin, scriptPassword);

    await request(system.intakeUrl)
      .post('/v1/reports')
      .send(await withProofOfWork(system.intakeUrl, { narrative: `${marker} My cousin got a call from 公安部 officers on +86 138 1234 5678. They said his mother would lose her pension unless he stopped posting.`, country: 'NL', city: 'Rotterdam' }))
      .expect(201);
    await request(system.intakeUrl)
      .post('/v1/reports')
      .send(await withProofOfWork(system.intakeUrl, { narrative: `${xssMarker} They wrote <img src=x onerror=alert(1)> and <script>window.__xss = 1; alert(2)</script> on my door.`, country: 'DE' }))
      .expect(201);
    await waitFor('both reports to be processed', async () => {
      const res = await request(system.moderationUrl).get('/v1/reports').query({ status: 'awaiting_review', limit: 100 }).set('Authorization', `Bearer ${adminToken}`).expect(200);
      const texts = (res.body.items as Array<{ redactedNarrative: string }>).map((r) => r.redactedNarrative);
      return texts.some((t) => t.startsWith(marker)) && texts.some((t) => t.startsWith(xssMarker)) ? true : undefined;
    }, 30_000);

    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await system?.close();
  });

  async function open(person: Person): Promise<Page> {
    if (person.page) return person.page;
    const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-GB' });
    context.on('request', (req) => requests.push(req.url()));
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('console', (m) => {
      if (/Content[- ]Security[- ]Policy/i.test(m.text())) cspViolations.push(m.text());
    });
    page.on('pageerror', (e) => pageErrors.push(e.message));
    person.context = context;
    person.page = page;
    return page;
  }

  async function shot(page: Page, name: string): Promise<void> {
    await page.waitForLoadState('networkidle');
    // No tooltip or hover state in the picture.
    await page.mouse.move(1, VIEWPORT.height - 1);
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
  }

  /** axe-core injected by DevTools evaluation (the page's CSP forbids inline scripts, rightly). */
  async function axe(page: Page, screen: string): Promise<void> {
    const source = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
    await page.evaluate(source);
    // Browser code as a string: the test project's TypeScript has no DOM library.
    const violations = (await page.evaluate(`axe.run(document, { resultTypes: ['violations'] }).then((r) =>
      r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)) })))`)) as Array<{ id: string; impact: string; help: string; targets: string[] }>;
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect({ screen, serious }).toEqual({ screen, serious: [] });
  }

  async function logIn(page: Page, person: Person): Promise<void> {
    await page.goto(`${origin}/admin/`);
    await page.getByLabel('Username').fill(person.username);
    await page.getByLabel(/^Password/).fill(person.password);
    if (person.auth.secret) await page.getByLabel('Authenticator code').fill(await nextTotpCode(person.auth));
    await page.getByRole('button', { name: 'Log in' }).click();
  }

  async function enrol(person: Person, screenshots: boolean): Promise<Page> {
    const page = await open(person);
    await page.goto(`${origin}/admin/`);
    if (screenshots) {
      await shot(page, 'en-login');
      await axe(page, 'login');
    }
    await logIn(page, person);
    await page.getByRole('heading', { name: 'Set up two-factor login' }).waitFor();
    // The QR code is an <img> with a data: URL built from the server's SVG, not markup in the page.
    const qr = page.getByRole('img', { name: /QR code/ });
    expect(await qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(await page.locator('#root svg path').count()).toBe(0);
    person.auth.secret = ((await page.getByTestId('totp-secret').textContent()) ?? '').trim();
    expect(person.auth.secret).toMatch(/^[A-Z2-7]{16,}$/);
    if (screenshots) {
      await shot(page, 'en-enrolment');
      await axe(page, 'enrolment');
    }
    await page.getByLabel('Authenticator code').fill(await nextTotpCode(person.auth));
    await page.getByRole('button', { name: 'Finish set-up' }).click();
    await page.getByRole('heading', { name: 'Triage queue' }).waitFor();
    return page;
  }

  it('serves the page at /admin with its own CSP (no inline script, a fresh style nonce per request), assets cacheable, client routes too', async () => {
    const first = await request(system.moderationUrl).get('/admin').expect(200);
    const second = await request(system.moderationUrl).get('/admin/reports/00000000-0000-4000-8000-000000000000').expect(200);
    const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(first.headers['content-security-policy'])?.[1];
    expect(nonce).toBeDefined();
    expect(first.headers['content-security-policy']).toBe(
      `default-src 'none'; script-src 'self'; style-src 'self' 'nonce-${nonce}'; style-src-elem 'self' 'nonce-${nonce}'; style-src-attr 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; font-src 'self'; manifest-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'`,
    );
    expect(second.headers['content-security-policy']).not.toContain(nonce);
    expect(first.text).toContain(`<meta name="csp-nonce" content="${nonce}" />`);
    expect(first.text).not.toMatch(/<script(?![^>]*\ssrc="\/admin\/assets\/)/);
    expect(first.headers['cache-control']).toBe('no-store');
    const script = /src="\/admin\/assets\/([^"]+\.js)"/.exec(first.text)?.[1] as string;
    const asset = await request(system.moderationUrl).get(`/admin/assets/${script}`).expect(200);
    expect(asset.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    // No third-party origin anywhere in the bundle's URLs a browser would fetch.
    expect(asset.text).not.toMatch(/https?:\/\/(?!www\.w3\.org\/|127\.0\.0\.1)[a-z0-9.-]+\/[^"'\s]*\.(js|css|png|json|woff2?)\b/i);
    for (const bad of ['..%2Fpackage.json', 'nope.js', '.env']) await request(system.moderationUrl).get(`/admin/assets/${bad}`).expect(404);
    // The committed OpenAPI document (the UI's typed client) is the one the service serves.
    const served = (await request(system.moderationUrl).get('/openapi.json').set('Authorization', `Bearer ${adminToken}`).expect(200)).body;
    const committed = JSON.parse(readFileSync(join(ROOT, 'apps', 'admin-ui', 'src', 'api', 'openapi.json'), 'utf8'));
    expect(served).toEqual(committed);
  });

  it('a moderator enrols TOTP on the first login, logs out, and logs in again with password and code', async () => {
    const page = await enrol(moderator, true);
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.getByRole('heading', { name: 'Staff login' }).waitFor();
    // A password without the code is refused.
    await page.getByLabel('Username').fill(moderator.username);
    await page.getByLabel(/^Password/).fill(moderator.password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('alert').filter({ hasText: 'Wrong username, password or code.' }).waitFor();
    await logIn(page, moderator);
    await page.getByRole('heading', { name: 'Triage queue' }).waitFor();
    const cookies = await moderator.context!.cookies();
    expect(cookies.find((c) => c.name === '__Host-tnr_session')).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict' });
  });

  let reportUrl = '';

  it('finds the processed report in the queue by text and opens it with the keyboard (j, Enter)', async () => {
    const page = moderator.page!;
    await shot(page, 'en-queue');
    await axe(page, 'queue');
    await page.getByLabel('Text in the redacted narrative').fill(marker);
    await page.getByRole('button', { name: 'Apply filters' }).click();
    const rows = page.locator('tr[data-report-row]');
    await waitFor('one matching row', async () => ((await rows.count()) === 1 ? true : undefined), 10_000);
    await contains(rows.first(), marker);
    await page.locator('body').press('j');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: /^Report received/ }).waitFor();
    reportUrl = page.url();
    expect(reportUrl).toMatch(new RegExp(`^${origin}/admin/reports/[0-9a-f-]{36}$`));
  });

  it('reads the report: redactions and links highlighted and explained, a link confirmed, a missed detail redacted, the report verified', async () => {
    const page = moderator.page!;
    const narrative = page.getByTestId('narrative');
    await contains(narrative, '[PHONE_1]');
    await lacks(narrative, '1234 5678');
    const phone = narrative.locator('mark[data-span-type="PHONE"]');
    await until(async () => expect((await textOf(phone)).trim()).toBe('[PHONE_1]'));
    expect(await phone.getAttribute('class')).toMatch(/mark-redaction-phone/);
    const mps = narrative.locator('mark[data-link-key="org_mps"]');
    await until(async () => expect((await textOf(mps)).trim()).toBe('公安部'));
    await mps.hover();
    await contains(page.getByRole('tooltip'), 'Ministry of Public Security');
    await shot(page, 'en-report');
    await axe(page, 'report');

    // Confirm the suggested link.
    await page.getByTestId('link-org_mps').getByRole('button', { name: /^Confirm/ }).click();
    await attribute(page.getByTestId('link-org_mps').locator('[data-link-status]'), 'data-link-status', 'confirmed');

    // Select "pension" in the narrative and redact it.
    await page.evaluate(selectInNarrative('pension'));
    await page.getByText('Selected: “pension”').waitFor();
    await page.getByRole('button', { name: 'Redact the selection' }).click();
    await lacks(narrative, 'pension');
    await count(narrative.locator('mark[data-span-type="PERSON"]'), 1);
    // …and undo one: redact "posting" by mistake, then take it back.
    await page.evaluate(selectInNarrative('posting'));
    await page.getByRole('button', { name: 'Redact the selection' }).click();
    await lacks(narrative, 'posting');
    await page.getByRole('button', { name: 'Undo redaction [PERSON_2]' }).click();
    await contains(narrative, 'posting');
    await count(narrative.locator('mark[data-span-type="PERSON"]'), 1);

    // The raw text only on purpose, with a reason.
    await page.getByRole('button', { name: 'Reveal raw text…' }).click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.getByRole('button', { name: 'Reveal' }).isDisabled()).toBe(true);
    await dialog.getByLabel('Reason').fill('Checking the phone number format for a duplicate.');
    await dialog.getByRole('button', { name: 'Reveal' }).click();
    await contains(page.getByTestId('raw-narrative'), '+86 138 1234 5678');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await count(page.getByTestId('raw-narrative'), 0);

    // The decision from the keyboard: v, then Enter in the confirmation.
    await page.locator('body').click({ position: { x: 5, y: 700 } });
    await page.keyboard.press('v');
    await page.getByRole('dialog').getByText('Mark this report as “Verified”?').waitFor();
    // Enter confirms once the confirmation button holds the focus (as it does for a person who looks first).
    const confirm = page.getByRole('dialog').getByRole('button', { name: 'Verify' });
    await until(async () => expect(await confirm.evaluate((el) => el.ownerDocument.activeElement === el)).toBe(true));
    await page.keyboard.press('Enter');
    await attribute(page.locator('[data-status]').first(), 'data-status', 'verified');

    // The server agrees.
    const id = reportUrl.split('/').pop() as string;
    const { rows } = await system.db.query(`SELECT status, redacted_narrative FROM reports WHERE id = $1`, [id]);
    expect(rows[0].status).toBe('verified');
    expect(rows[0].redacted_narrative).not.toContain('pension');
    const links = await system.db.query(`SELECT status FROM report_links WHERE report_id = $1 AND entity_key = 'org_mps'`, [id]);
    expect(links.rows.map((r) => r.status)).toContain('confirmed');
    const audit = await system.db.query(`SELECT action FROM audit_events WHERE target_id = $1 ORDER BY id`, [id]);
    expect(audit.rows.map((r) => r.action)).toEqual(expect.arrayContaining(['report.link.confirmed', 'report.redaction.edited', 'report.raw.revealed', 'report.decision.verified']));
  });

  it('counts the verified report on the dashboard (status, country, city on the map)', async () => {
    const page = moderator.page!;
    await page.getByRole('link', { name: 'Dashboard' }).click();
    await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
    await contains(page.getByTestId('status-count-verified'), '1');
    await contains(page.getByTestId('by-country'), 'Netherlands');
    await contains(page.getByTestId('by-city'), 'Rotterdam');
    await attribute(page.locator('[data-testid="world-map"] circle[data-city="loc_city_rotterdam"]'), 'data-count', '1');
    await shot(page, 'en-dashboard');
    await axe(page, 'dashboard');
  });

  it('shows a hostile narrative as text and runs nothing', async () => {
    const page = moderator.page!;
    await page.getByRole('link', { name: 'Triage queue' }).click();
    await page.getByLabel('Text in the redacted narrative').fill(xssMarker);
    await page.getByRole('button', { name: 'Apply filters' }).click();
    const rows = page.locator('tr[data-report-row]');
    await waitFor('the hostile report', async () => ((await rows.count()) === 1 ? true : undefined), 10_000);
    // Saved filters keep the filters but never the search text.
    await page.getByLabel('Name of the saved filter').fill('Open hostile');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('button', { name: 'Saved filters (1)' }).waitFor();
    // Bulk action from the keyboard: j moves to the row, x selects it, then "Move selected to… In review".
    await page.locator('body').click({ position: { x: 5, y: 700 } });
    await page.keyboard.press('j');
    await page.keyboard.press('x');
    await contains(page.getByText(/selected$/), '1 selected');
    await page.getByRole('button', { name: 'Move selected to…' }).click();
    await page.getByRole('menuitem', { name: 'In review' }).click();
    await attribute(rows.first().locator('[data-status]'), 'data-status', 'in_review');
    await rows.first().getByRole('link').click();
    const narrative = page.getByTestId('narrative');
    await contains(narrative, '<img src=x onerror=alert(1)>');
    await contains(narrative, '<script>window.__xss = 1; alert(2)</script>');
    expect(await narrative.locator('img, script').count()).toBe(0);
    expect(await page.evaluate('typeof window.__xss')).toBe('undefined');
    expect(dialogs).toEqual([]);
    // No report text in the title, the address or browser storage (only the language and saved filters are stored).
    expect(await page.title()).toBe('TNR Watch moderation');
    expect(page.url()).not.toContain(xssMarker);
    const storage = (await page.evaluate('JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage } })')) as string;
    expect(storage).toContain('Open hostile');
    for (const text of [xssMarker, marker, 'onerror', 'pension', 'cousin']) expect(storage).not.toContain(text);
    expect(JSON.parse(storage).session).toEqual({});
  });

  it('an admin reaches the gazetteer, users, NGO keys and audit screens', async () => {
    const page = await enrol(admin, false);
    for (const [link, heading, name] of [
      ['Gazetteer', 'Gazetteer', 'gazetteer'],
      ['Users', 'Staff accounts', 'users'],
      ['NGO keys', 'Partner NGO API keys', 'ngo-keys'],
      ['Audit log', 'Audit log', 'audit'],
    ] as const) {
      await page.getByRole('link', { name: link, exact: true }).click();
      await page.getByRole('heading', { name: heading, exact: true }).waitFor();
      if (name === 'ngo-keys') {
        await page.getByLabel(/^Partner/).fill('Partner NGO (browser test)');
        await page.getByRole('button', { name: 'Create key' }).click();
        await contains(page.getByRole('alert'), 'shown once');
        expect(await textOf(page.locator('pre'))).toMatch(/^tnr_[A-Za-z0-9]{8}_/);
      }
      await page.locator('tbody tr').first().waitFor();
      await shot(page, `en-${name}`);
      await axe(page, name);
    }
    await page.getByRole('button', { name: 'Verify the chain' }).click();
    await contains(page.getByTestId('audit-verify'), 'Chain intact');
    // Stations are organizations of their own kind, with their relations (host, location).
    await page.getByRole('link', { name: 'Gazetteer', exact: true }).click();
    await page.getByRole('combobox', { name: 'Kind' }).click();
    await page.getByRole('option', { name: 'overseas_police_service_station' }).click();
    await contains(page.locator('tbody'), 'overseas_police_service_station');
    expect(await textOf(page.locator('tbody'))).not.toContain('business_association');
    await page.locator('header label', { hasText: '简体中文' }).click();
    await page.getByRole('heading', { name: '地名与机构库' }).waitFor();
    await shot(page, 'zh-gazetteer');
    await page.getByRole('link', { name: '审计日志' }).click();
    await page.locator('tbody tr').first().waitFor();
    await shot(page, 'zh-audit');
    await axe(page, 'audit (zh)');
  });

  it('switches to Chinese (remembered for the user) with the main screens readable', async () => {
    const page = moderator.page!;
    await page.locator('header label', { hasText: '简体中文' }).click();
    await page.getByRole('link', { name: '待审队列' }).click();
    await page.getByRole('heading', { name: '待审队列' }).waitFor();
    expect(await page.evaluate('document.documentElement.lang')).toBe('zh-Hans');
    await page.getByRole('button', { name: '重置' }).click();
    await shot(page, 'zh-queue');
    await page.goto(reportUrl);
    await page.getByRole('heading', { name: /^报告/ }).waitFor();
    await shot(page, 'zh-report');
    await axe(page, 'report (zh)');
    await page.getByRole('link', { name: '统计面板' }).click();
    await page.getByRole('heading', { name: '统计面板', exact: true }).waitFor();
    await shot(page, 'zh-dashboard');
    await page.reload();
    await page.getByRole('heading', { name: '统计面板', exact: true }).waitFor();
  });

  it('asked nothing of any other origin, broke no CSP rule, threw no error', () => {
    const foreign = requests.filter((u) => !u.startsWith('data:') && new URL(u).origin !== origin);
    expect(foreign).toEqual([]);
    expect(requests.length).toBeGreaterThan(10);
    expect(cspViolations).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(dialogs).toEqual([]);
  });
});
