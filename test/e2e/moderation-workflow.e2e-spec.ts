import { randomBytes, randomUUID } from 'node:crypto';
import { generate } from 'otplib';
import request from 'supertest';
import { startPrivateSystem, type PrivateSystem } from '../helpers/private-system';
import { withProofOfWork } from '../helpers/proof-of-work';
import { waitFor } from '../helpers/wait-for';

/**
 * Issue 6, done-when: a moderator logs in with a password and a TOTP code (enrolling first,
 * through the QR-code step), triages a processed report through review in the browser's way
 * (cookie session + CSRF token), confirms a link, fixes a redaction, verifies the report, and
 * every step is in an intact audit chain. Also: code reuse, throttling, ending sessions on
 * disable/demote, NGO keys, gazetteer edits that re-link.
 */
describe('moderation workflow (issue 6)', () => {
  let system: PrivateSystem;
  const pw = () => randomBytes(15).toString('base64url');
  const moderator = { username: `mod-${randomBytes(3).toString('hex')}`, password: pw(), secret: '', lastStep: 0 };
  const admin = { username: `adm-${randomBytes(3).toString('hex')}`, password: pw() };
  let adminToken: string;

  beforeAll(async () => {
    system = await startPrivateSystem();
    await system.createStaff(moderator.username, moderator.password, 'moderator');
    await system.createStaff(admin.username, admin.password, 'admin');
    adminToken = await system.login(admin.username, admin.password);
  });
  afterAll(async () => {
    await system?.close();
  });

  const adminAuth = () => ({ Authorization: `Bearer ${adminToken}` });

  /** An authenticator app: the code of the next unused 30 s step. */
  async function code(): Promise<string> {
    let step = Math.floor(Date.now() / 30_000);
    if (step <= moderator.lastStep) step = moderator.lastStep + 1;
    while (step > Math.floor(Date.now() / 30_000) + 1) await new Promise((r) => setTimeout(r, 500));
    moderator.lastStep = step;
    return generate({ secret: moderator.secret, epoch: step * 30 });
  }

  /** A browser-like session: the cookie jar and the CSRF token from the login answer. */
  interface Browser {
    cookie: string;
    csrf: string;
  }
  function sessionCookie(res: request.Response): string {
    const setCookie = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
    const c = setCookie.find((h) => h.startsWith('__Host-tnr_session='));
    if (!c) throw new Error('no session cookie');
    return c;
  }
  const get = (b: Browser, path: string) => request(system.moderationUrl).get(path).set('Cookie', b.cookie.split(';')[0]);
  const send = (b: Browser, method: 'post' | 'put' | 'patch' | 'delete', path: string, body?: object) =>
    request(system.moderationUrl)[method](path).set('Cookie', b.cookie.split(';')[0]).set('X-CSRF-Token', b.csrf).send(body);

  let browser: Browser;
  let reportId: string;

  it('enrols TOTP on the first login (QR code), then logs in with password + code into an HttpOnly, Secure, SameSite=Strict cookie session', async () => {
    const first = await request(system.moderationUrl).post('/v1/auth/login').send({ username: moderator.username, password: moderator.password }).expect(200);
    expect(first.body.status).toBe('enrolment_required');
    expect(first.body.enrolment.qrSvg).toMatch(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(first.body.enrolment.otpauthUri).toMatch(/^otpauth:\/\/totp\/TNR%20Watch:mod-[0-9a-f]{6}\?secret=[A-Z2-7]+/);
    expect(first.headers['set-cookie']).toBeUndefined();
    moderator.secret = first.body.enrolment.secret;

    // A wrong first code does not enrol.
    await request(system.moderationUrl).post('/v1/auth/enrol').send({ enrolmentToken: first.body.enrolmentToken, code: '000000' }).expect(401);
    const enrolled = await request(system.moderationUrl).post('/v1/auth/enrol').send({ enrolmentToken: first.body.enrolmentToken, code: await code() }).expect(200);
    const cookie = sessionCookie(enrolled);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/Secure/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).toMatch(/Path=\//);
    expect(enrolled.body.token).toBeUndefined(); // cookie mode: the token never reaches scripts
    expect(enrolled.body.permissions).toEqual(expect.arrayContaining(['reports:triage', 'raw:read']));
    expect(enrolled.body.permissions).not.toContain('users:manage');

    // From now on the password alone is not enough, and a used code cannot be used again.
    const noCode = await request(system.moderationUrl).post('/v1/auth/login').send({ username: moderator.username, password: moderator.password }).expect(401);
    const unknownUser = await request(system.moderationUrl).post('/v1/auth/login').send({ username: `nobody-${randomUUID().slice(0, 8)}`, password: 'x' }).expect(401);
    expect(noCode.body).toEqual(unknownUser.body);
    const reused = generate({ secret: moderator.secret, epoch: moderator.lastStep * 30 });
    await request(system.moderationUrl).post('/v1/auth/login').send({ username: moderator.username, password: moderator.password, code: await reused }).expect(401);

    const login = await request(system.moderationUrl).post('/v1/auth/login').send({ username: moderator.username, password: moderator.password, code: await code() }).expect(200);
    browser = { cookie: sessionCookie(login), csrf: login.body.csrfToken };
    const me = await get(browser, '/v1/auth/me').expect(200);
    expect(me.body.user.username).toBe(moderator.username);
    expect(me.body.csrfToken).toBe(browser.csrf);
  });

  it('finds the processed report in the queue by text (Chinese), country and linked organization', async () => {
    const marker = randomBytes(4).toString('hex');
    const narrative = `${marker} My cousin Zhang Wei got a call from 公安部 officers on +86 138 1234 5678. They said his mother would lose her pension unless he stopped posting. 他们还说要去他家。`;
    const submitted = await request(system.intakeUrl).post('/v1/reports').send(await withProofOfWork(system.intakeUrl, { narrative, country: 'NL', city: 'Rotterdam' })).expect(201);
    expect(submitted.body.receipt).toBeDefined();
    const found = await waitFor('the report in the queue', async () => {
      const res = await get(browser, '/v1/reports').query({ status: 'awaiting_review', q: marker }).expect(200);
      return res.body.items[0] as { id: string; redactedNarrative: string; links: Array<{ key: string }> } | undefined;
    }, 30_000);
    reportId = found.id;
    expect(found.redactedNarrative).not.toContain('1234 5678');
    expect(found.links.map((l) => l.key)).toContain('org_mps');

    const ids = async (query: Record<string, string>) => (await get(browser, '/v1/reports').query(query).expect(200)).body.items.map((r: { id: string }) => r.id);
    expect(await ids({ q: '他们还说' })).toContain(reportId);
    expect(await ids({ q: '他们还说', country: 'NL' })).toContain(reportId);
    expect(await ids({ q: '他们还说', country: 'FR' })).not.toContain(reportId);
    expect(await ids({ entity: 'org_mps', status: 'awaiting_review,in_review' })).toContain(reportId);
    expect(await ids({ q: marker, assignee: 'me' })).toEqual([]);
    // Search text is data, not a pattern: LIKE wildcards match only themselves.
    expect(await ids({ q: `${marker}%` })).toEqual([]);
    await get(browser, '/v1/reports').query({ status: 'bogus' }).expect(400);
    await get(browser, '/v1/reports').query({ from: '2026-13-01' }).expect(400);
  });

  it('refuses a state change made with the cookie but without the CSRF token', async () => {
    const res = await request(system.moderationUrl).post(`/v1/reports/${reportId}/decision`).set('Cookie', browser.cookie.split(';')[0]).send({ decision: 'in_review' }).expect(403);
    expect(res.body.error).toBe('auth_csrf_rejected');
    await request(system.moderationUrl).post(`/v1/reports/${reportId}/decision`).set('Cookie', browser.cookie.split(';')[0]).set('X-CSRF-Token', 'x'.repeat(43)).send({ decision: 'in_review' }).expect(403);
    const { rows } = await system.db.query('SELECT status FROM reports WHERE id = $1', [reportId]);
    expect(rows[0].status).toBe('awaiting_review');
  });

  it('triages the report through review: assign, note, tags, types, link, redaction fix, raw reveal, verify', async () => {
    await send(browser, 'post', `/v1/reports/${reportId}/decision`, { decision: 'in_review' }).expect(200);
    const me = (await get(browser, '/v1/auth/me').expect(200)).body.user.id as string;
    const assigned = await send(browser, 'post', `/v1/reports/${reportId}/assign`, { assigneeId: me }).expect(200);
    expect(assigned.body.assigneeId).toBe(me);
    expect((await get(browser, '/v1/reports').query({ assignee: 'me' }).expect(200)).body.items.map((r: { id: string }) => r.id)).toEqual([reportId]);

    await send(browser, 'post', `/v1/reports/${reportId}/notes`, { body: 'Matches the pattern of pension threats.' }).expect(201);
    await send(browser, 'put', `/v1/reports/${reportId}/tags`, { tags: ['pension-threat', 'NL'] }).expect(200);
    const validType = (await system.db.query(`SELECT id FROM incident_types ORDER BY sort_order, id LIMIT 1`)).rows[0].id as string;
    await send(browser, 'put', `/v1/reports/${reportId}/incident-types`, { types: [validType] }).expect(200);
    await send(browser, 'put', `/v1/reports/${reportId}/incident-types`, { types: ['no_such_type'] }).expect(400);

    // Confirm the suggested link to the Ministry of Public Security.
    const before = (await get(browser, `/v1/reports/${reportId}`).expect(200)).body;
    const link = before.links.find((l: { key: string }) => l.key === 'org_mps');
    expect(link.status).toBe('suggested');
    const confirmed = await send(browser, 'patch', `/v1/reports/${reportId}/links/${link.id}`, { status: 'confirmed' }).expect(200);
    expect(confirmed.body.links.find((l: { id: string }) => l.id === link.id).status).toBe('confirmed');
    await send(browser, 'post', `/v1/reports/${reportId}/links`, { entityType: 'organization', key: 'no_such_org' }).expect(400);

    // Fix the redaction: "pension" is redacted by hand (a detail the moderator judges identifying).
    const text: string = before.redactedNarrative;
    const at = text.indexOf('pension');
    const fixed = await send(browser, 'post', `/v1/reports/${reportId}/redactions`, { add: [{ start: at, end: at + 'pension'.length, type: 'PERSON' }], remove: [] }).expect(200);
    expect(fixed.body.redactedNarrative).not.toContain('pension');
    expect(fixed.body.redactionSpans.some((s: { origin?: string }) => s.origin === 'staff')).toBe(true);
    // Undo it again by index: the text is back.
    const index = fixed.body.redactionSpans.findIndex((s: { origin?: string }) => s.origin === 'staff');
    const undone = await send(browser, 'post', `/v1/reports/${reportId}/redactions`, { add: [], remove: [index] }).expect(200);
    expect(undone.body.redactedNarrative).toContain('pension');
    await send(browser, 'post', `/v1/reports/${reportId}/redactions`, { add: [{ start: 0, end: 10_000, type: 'PERSON' }], remove: [] }).expect(400);

    // Raw text: only with a reason, audited, never cached.
    await send(browser, 'post', `/v1/reports/${reportId}/raw`, {}).expect(400);
    const raw = await send(browser, 'post', `/v1/reports/${reportId}/raw`, { reason: 'Checking the phone number format for a duplicate.' }).expect(200);
    expect(raw.body.narrative).toContain('+86 138 1234 5678');
    expect(raw.headers['cache-control']).toBe('no-store');

    const verified = await send(browser, 'post', `/v1/reports/${reportId}/decision`, { decision: 'verified' }).expect(200);
    expect(verified.body.status).toBe('verified');
    // Illegal transition: verified → awaiting_review is not in the state machine.
    await send(browser, 'post', `/v1/reports/${reportId}/decision`, { decision: 'awaiting_review' }).expect(409);
  });

  it('marks a second report as a duplicate of the case', async () => {
    const marker = randomBytes(4).toString('hex');
    await request(system.intakeUrl).post('/v1/reports').send(await withProofOfWork(system.intakeUrl, { narrative: `${marker} Same call about my aunt's pension from 公安部.` })).expect(201);
    const dup = await waitFor('the second report', async () => (await get(browser, '/v1/reports').query({ q: marker, status: 'awaiting_review' }).expect(200)).body.items[0] as { id: string } | undefined, 30_000);
    await send(browser, 'post', `/v1/reports/${dup.id}/decision`, { decision: 'duplicate' }).expect(400);
    const marked = await send(browser, 'post', `/v1/reports/${dup.id}/decision`, { decision: 'duplicate', duplicateOf: reportId }).expect(200);
    expect(marked.body).toMatchObject({ status: 'duplicate', duplicateOf: reportId });
  });

  it('finds every step in the audit log, and the chain verifies; an edited row is detected', async () => {
    const { body } = await request(system.moderationUrl).get('/v1/audit').query({ targetId: reportId, limit: 200 }).set(adminAuth()).expect(200);
    const actions: string[] = body.items.map((e: { action: string }) => e.action).reverse();
    const expected = [
      'report.decision.in_review',
      'report.assigned',
      'report.note.added',
      'report.tags.set',
      'report.incident_types.confirmed',
      'report.viewed',
      'report.link.confirmed',
      'report.redaction.edited',
      'report.raw.revealed',
      'report.decision.verified',
    ];
    expect(actions.filter((a) => expected.includes(a)).filter((a, i, all) => all.indexOf(a) === i)).toEqual(expected);
    const reveal = body.items.find((e: { action: string }) => e.action === 'report.raw.revealed');
    expect(reveal.details.reason).toBe('Checking the phone number format for a duplicate.');
    // No report text in the audit trail.
    expect(JSON.stringify(body)).not.toContain('1234 5678');
    expect(JSON.stringify(body)).not.toContain('pension threats');
    const logins = (await request(system.moderationUrl).get('/v1/audit').query({ action: 'auth.', limit: 200 }).set(adminAuth()).expect(200)).body.items.map((e: { action: string }) => e.action);
    expect(logins).toEqual(expect.arrayContaining(['auth.enrolment.started', 'auth.totp.enrolled', 'auth.login', 'auth.login.failed']));

    const verify = await request(system.moderationUrl).get('/v1/audit/verify').set(adminAuth()).expect(200);
    expect(verify.body).toMatchObject({ intact: true, brokenAt: null });
    expect(verify.body.checked).toBeGreaterThan(20);
    // Moderators cannot read the audit log.
    await get(browser, '/v1/audit').expect(403);

    // Tampering needs the owner to switch the append-only trigger off; the chain still tells.
    const { rows } = await system.db.query(`SELECT id FROM audit_events WHERE action = 'report.raw.revealed' AND target_id = $1`, [reportId]);
    await system.db.query('ALTER TABLE audit_events DISABLE TRIGGER tr_audit_events_append_only');
    await system.db.query(`UPDATE audit_events SET details = '{"reason":"routine"}' WHERE id = $1`, [rows[0].id]);
    await system.db.query('ALTER TABLE audit_events ENABLE TRIGGER tr_audit_events_append_only');
    const broken = await request(system.moderationUrl).get('/v1/audit/verify').set(adminAuth()).expect(200);
    expect(broken.body).toMatchObject({ intact: false, brokenAt: String(rows[0].id) });
    await expect(system.db.query(`DELETE FROM audit_events WHERE id = $1`, [rows[0].id])).rejects.toThrow(/append-only/);
  });

  it('a gazetteer edit through the API re-links reports in the background', async () => {
    const marker = randomBytes(4).toString('hex');
    await request(system.intakeUrl).post('/v1/reports').send(await withProofOfWork(system.intakeUrl, { narrative: `${marker} The Quellmark Benevolent Guild asked for my passport copy.` })).expect(201);
    const target = await waitFor('the report', async () => (await get(browser, '/v1/reports').query({ q: marker }).expect(200)).body.items[0] as { id: string; links: Array<{ key: string }> } | undefined, 30_000);
    expect(target.links.map((l) => l.key)).not.toContain('org_quellmark_guild');

    await send(browser, 'put', '/v1/gazetteer/organizations/org_quellmark_guild', { nameEn: 'Quellmark Benevolent Guild', kind: 'hometown_association' }).expect(403); // moderators read, admins edit
    const created = await request(system.moderationUrl).put('/v1/gazetteer/organizations/org_quellmark_guild').set(adminAuth()).send({ nameEn: 'Quellmark Benevolent Guild', kind: 'hometown_association', countryCode: 'NL', namesZh: ['奎尔马克互助会'] }).expect(200);
    expect(created.body).toMatchObject({ key: 'org_quellmark_guild', origin: 'staff' });
    await request(system.moderationUrl).post('/v1/gazetteer/organizations/org_quellmark_guild/aliases').set(adminAuth()).send({ alias: 'Quellmark Guild' }).expect(201);
    await request(system.moderationUrl).put('/v1/gazetteer/organizations/org_bad').set(adminAuth()).send({ nameEn: 'X', kind: 'station', parentKey: 'no_such_parent' }).expect(400);
    const listed = await get(browser, '/v1/gazetteer/organizations').query({ q: '奎尔马克' }).expect(200);
    expect(listed.body.items.map((e: { key: string }) => e.key)).toEqual(['org_quellmark_guild']);

    const relinked = await waitFor('the report to be re-linked', async () => {
      const r = (await get(browser, `/v1/reports/${target.id}`).expect(200)).body as { links: Array<{ key: string }> };
      return r.links.some((l) => l.key === 'org_quellmark_guild') ? r : undefined;
    }, 30_000);
    expect(relinked.links.map((l) => l.key)).toContain('org_quellmark_guild');
    await request(system.moderationUrl).delete('/v1/gazetteer/organizations/org_mps').set(adminAuth()).expect(409); // seeded: edit, don't delete
  });

  it('NGO keys: shown once, stored hashed, scoped, expiring and revocable', async () => {
    const created = await request(system.moderationUrl).post('/v1/ngo-keys').set(adminAuth()).send({ name: 'Partner A', scopes: ['statistics:read'] }).expect(201);
    const key: string = created.body.key;
    expect(key).toMatch(/^tnr_[A-Za-z0-9]{8}_[A-Za-z0-9_-]{43}$/);
    const listed = await request(system.moderationUrl).get('/v1/ngo-keys').set(adminAuth()).expect(200);
    expect(JSON.stringify(listed.body)).not.toContain(key.slice(14));
    const { rows } = await system.db.query(`SELECT key_hash FROM ngo_api_keys WHERE id = $1`, [created.body.id]);
    expect(rows[0].key_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(rows)).not.toContain(key.slice(14));

    await request(system.moderationUrl).get('/v1/ngo/tables/by-country').set('X-Api-Key', key).expect(200);
    await request(system.moderationUrl).post(`/v1/ngo-keys/${created.body.id}/revoke`).set(adminAuth()).expect(200);
    await request(system.moderationUrl).get('/v1/ngo/tables/by-country').set('X-Api-Key', key).expect(401);

    const expired = await request(system.moderationUrl).post('/v1/ngo-keys').set(adminAuth()).send({ name: 'Old', scopes: ['statistics:read'], expiresOn: '2020-01-01' }).expect(201);
    await request(system.moderationUrl).get('/v1/ngo/tables/by-country').set('X-Api-Key', expired.body.key).expect(401);
    const metadataOnly = await request(system.moderationUrl).post('/v1/ngo-keys').set(adminAuth()).send({ name: 'Meta', scopes: ['metadata:read'] }).expect(201);
    await request(system.moderationUrl).get('/v1/ngo/tables/by-country').set('X-Api-Key', metadataOnly.body.key).expect(403);
    await send(browser, 'post', '/v1/ngo-keys', { name: 'x', scopes: ['statistics:read'] }).expect(403);
  });

  it('login throttling answers the same for a known and an unknown username', async () => {
    const unknown = `ghost-${randomBytes(3).toString('hex')}`;
    for (let i = 0; i < 5; i += 1) {
      await request(system.moderationUrl).post('/v1/auth/login').send({ username: moderator.username, password: 'wrong-password' }).expect(401);
      await request(system.moderationUrl).post('/v1/auth/login').send({ username: unknown, password: 'wrong-password' }).expect(401);
    }
    const known = await request(system.moderationUrl).post('/v1/auth/login').send({ username: moderator.username, password: moderator.password, code: await code() }).expect(429);
    const ghost = await request(system.moderationUrl).post('/v1/auth/login').send({ username: unknown, password: 'wrong-password' }).expect(429);
    expect(known.body).toEqual(ghost.body);
  });

  it('disabling or demoting a user ends their sessions at once', async () => {
    const me = await get(browser, '/v1/auth/me').expect(200);
    const userId = me.body.user.id as string;
    await request(system.moderationUrl).patch(`/v1/users/${userId}`).set(adminAuth()).send({ role: 'analyst' }).expect(200);
    await get(browser, '/v1/auth/me').expect(401);
    const session = await system.session(moderator.username);
    await request(system.moderationUrl).get('/v1/reports').set('Authorization', `Bearer ${session}`).expect(200);
    await request(system.moderationUrl).patch(`/v1/users/${userId}`).set(adminAuth()).send({ disabled: true }).expect(200);
    await request(system.moderationUrl).get('/v1/reports').set('Authorization', `Bearer ${session}`).expect(401);
    const users = await request(system.moderationUrl).get('/v1/users').set(adminAuth()).expect(200);
    expect(users.body.find((u: { id: string }) => u.id === userId)).toMatchObject({ role: 'analyst', disabled: true, totpEnrolled: true });
    expect(JSON.stringify(users.body)).not.toMatch(/password|secret/i);
  });
});
