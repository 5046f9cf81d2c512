import { randomBytes, randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import type { StaffRole } from '@tnr/database';
import { listRouteAccess, type AccessRule, type RouteAccess } from '@tnr/platform';
import { ROLE_PERMISSIONS } from '../../apps/moderation/src/auth/permissions';
import { withProofOfWork } from '../helpers/proof-of-work';
import { postRaw, rawRequest, type RawResponse } from '../helpers/raw-http';
import { waitFor } from '../helpers/wait-for';
import { startPrivateSystem, type PrivateSystem } from '../helpers/private-system';

/**
 * C4 access control. The route × credential table is generated from the routes' own
 * metadata (`listRouteAccess`), so a new route is tested the moment it exists, and a route
 * without an access rule fails the first test.
 */
describe('access control: every route declares a rule and behaves by it (C4)', () => {
  let system: PrivateSystem;
  const roles = Object.keys(ROLE_PERMISSIONS) as StaffRole[];
  const passwords = new Map<StaffRole, string>();
  const usernames = new Map<StaffRole, string>();
  let ngoKeyValue = '';
  const ngoKey = () => ngoKeyValue;

  beforeAll(async () => {
    system = await startPrivateSystem({ RECONCILE_INTERVAL_MS: '600000' });
    for (const role of roles) {
      const username = `ac-${role}-${randomBytes(3).toString('hex')}`;
      const password = randomBytes(18).toString('base64url');
      await system.createStaff(username, password, role);
      usernames.set(role, username);
      passwords.set(role, password);
    }
    ngoKeyValue = await system.createNgoKey();
  });

  afterAll(async () => {
    await system?.close();
  });

  /** A real password + TOTP login (each one uses up a TOTP time step: keep them few). */
  async function login(role: StaffRole): Promise<string> {
    return system.login(usernames.get(role) as string, passwords.get(role) as string);
  }

  /** A fresh session of the role without a login, for the many cells that test other routes. */
  async function session(role: StaffRole): Promise<string> {
    return system.session(usernames.get(role) as string);
  }

  /** `@Post()` yields "/v1/reports/" in the inventory; Express serves it as "/v1/reports". */
  const normalise = (path: string) => (path.length > 1 ? path.replace(/\/+$/, '') : path);
  const routeKey = (r: RouteAccess) => `${r.method} ${normalise(r.path)}`;
  const describeRoute = (r: RouteAccess) => `${routeKey(r)} (${r.controller}.${r.handler})`;
  const errorOf = (res: RawResponse) => (res.body as { error?: string } | undefined)?.error;

  /** The paths Express actually serves, to prove nothing is mounted outside the inventory. */
  function expressRoutes(app: INestApplication): string[] {
    const express = app.getHttpAdapter().getInstance() as { router: { stack: Array<{ route?: { path: string; methods: Record<string, boolean> } }> } };
    return express.router.stack
      .filter((layer) => layer.route)
      .flatMap((layer) => Object.keys(layer.route!.methods).filter((m) => m !== '_all').map((m) => `${m.toUpperCase()} ${normalise(layer.route!.path)}`));
  }

  it('every route of both HTTP apps declares an access rule, and intake has only public routes', () => {
    const intake = listRouteAccess(system.intake);
    const moderation = listRouteAccess(system.moderation);
    // The inventory must not be vacuous: it sees the routes we know exist.
    expect(intake.map(routeKey)).toEqual(expect.arrayContaining(['POST /v1/reports', 'GET /health/live', 'GET /health/ready']));
    expect(moderation.map(routeKey)).toEqual(expect.arrayContaining(['POST /v1/auth/login', 'GET /v1/reports', 'POST /v1/reports/:id/decision', 'GET /v1/ngo/tables/:id']));

    expect([...intake, ...moderation].filter((r) => r.rule === undefined).map(describeRoute)).toEqual([]);
    expect(intake.filter((r) => r.rule?.kind !== 'public').map(describeRoute)).toEqual([]);
  });

  it('Express serves no route that is missing from the access inventory', () => {
    // Nest's own catch-all (`{/*splat}`, every method) only answers 404; it is checked below.
    const NEST_NOT_FOUND = /^[A-Z-]+ \{\/\*splat\}$/;
    for (const app of [system.intake, system.moderation]) {
      const inventory = new Set(listRouteAccess(app).map(routeKey));
      const served = expressRoutes(app).filter((route) => !NEST_NOT_FOUND.test(route));
      expect(served.length).toBe(inventory.size);
      expect(served.filter((route) => !inventory.has(route))).toEqual([]);
    }
  });

  it('a path no controller declares answers 404 on both apps, whatever the method and credentials', async () => {
    for (const url of [system.intakeUrl, system.moderationUrl]) {
      for (const method of ['GET', 'POST', 'PUT', 'DELETE', 'PATCH']) {
        const res = await rawRequest(url, { method, path: `/v1/admin/${randomUUID()}`, headers: { 'x-api-key': ngoKey() } });
        expect({ method, status: res.status, error: errorOf(res) }).toEqual({ method, status: 404, error: 'not_found' });
      }
    }
  });

  it('each moderation route answers every kind of caller as its rule says (generated route × caller table)', async () => {
    type Expected = 'allowed' | 401 | 403;
    interface Caller {
      name: string;
      headers: () => Promise<Record<string, string>>;
      expect: Expected;
    }
    const anonymous: Caller = { name: 'anonymous', headers: async () => ({}), expect: 401 };
    const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

    function callersFor(rule: AccessRule): Caller[] {
      switch (rule.kind) {
        case 'public':
          return [{ ...anonymous, expect: 'allowed' }];
        case 'staff-login':
          // Anonymous by nature: the guard lets it through, validation then answers.
          return [{ ...anonymous, expect: 'allowed' }];
        case 'staff':
          return [
            anonymous,
            { name: 'malformed bearer', headers: async () => ({ authorization: 'Bearer x' }), expect: 401 },
            { name: 'unknown session token', headers: async () => bearer(randomBytes(32).toString('base64url')), expect: 401 },
            { name: 'NGO key in X-Api-Key', headers: async () => ({ 'x-api-key': ngoKey() }), expect: 401 },
            { name: 'NGO key as a bearer token', headers: async () => bearer(ngoKey()), expect: 401 },
            ...roles.map((role): Caller => ({
              name: `${role} session`,
              // A fresh session per cell: the logout route would end a shared one.
              headers: async () => bearer(await session(role)),
              expect: ROLE_PERMISSIONS[role].includes(rule.permission) ? 'allowed' : 403,
            })),
          ];
        case 'ngo':
          return [
            anonymous,
            { name: 'wrong NGO key', headers: async () => ({ 'x-api-key': randomBytes(32).toString('base64url') }), expect: 401 },
            { name: 'admin session as a bearer token', headers: async () => bearer(await session('admin')), expect: 401 },
            { name: 'admin session token in X-Api-Key', headers: async () => ({ 'x-api-key': await session('admin') }), expect: 401 },
            { name: 'NGO key', headers: async () => ({ 'x-api-key': ngoKey() }), expect: 'allowed' },
          ];
        case 'metrics':
          return [
            anonymous,
            { name: 'wrong metrics token', headers: async () => bearer(randomBytes(32).toString('base64url')), expect: 401 },
            { name: 'NGO key in X-Api-Key', headers: async () => ({ 'x-api-key': ngoKey() }), expect: 401 },
            { name: 'metrics token', headers: async () => bearer(system.env.METRICS_TOKEN as string), expect: 'allowed' },
            ...roles.map((role): Caller => ({ name: `${role} session`, headers: async () => bearer(await session(role)), expect: ROLE_PERMISSIONS[role].includes('queues:admin') ? 'allowed' : 403 })),
          ];
        default: {
          const unknown: never = rule;
          throw new Error(`no caller table for access rule ${JSON.stringify(unknown)}`);
        }
      }
    }

    const routes = listRouteAccess(system.moderation);
    const table: string[] = [];
    const mismatches: string[] = [];
    const kinds = new Set<string>();
    for (const route of routes) {
      if (!route.rule) {
        mismatches.push(`${describeRoute(route)}: no access rule`);
        continue;
      }
      kinds.add(route.rule.kind);
      const method = route.method === 'ALL' ? 'GET' : route.method;
      const path = normalise(route.path).replace(/:[A-Za-z_]+/g, () => randomUUID());
      const hasBody = ['POST', 'PUT', 'PATCH'].includes(method);
      for (const caller of callersFor(route.rule)) {
        const res = await rawRequest(system.moderationUrl, {
          method,
          path,
          headers: { ...(hasBody ? { 'content-type': 'application/json' } : {}), ...(await caller.headers()) },
          body: hasBody ? '{}' : undefined,
        });
        const cell = `${routeKey(route)} × ${caller.name}: expected ${caller.expect}, got ${res.status} ${errorOf(res) ?? ''}`.trim();
        table.push(cell);
        const ok =
          caller.expect === 'allowed'
            ? res.status !== 401 && res.status !== 403 && res.status < 500
            : res.status === caller.expect && errorOf(res) === (caller.expect === 401 ? 'auth_unauthenticated' : 'auth_forbidden');
        if (!ok) mismatches.push(cell);
      }
    }
    expect(mismatches).toEqual([]);
    // Every rule kind the app uses was exercised, with both refused and allowed callers.
    expect([...kinds].sort()).toEqual(['metrics', 'ngo', 'public', 'staff', 'staff-login']);
    expect(table.filter((c) => c.includes('expected allowed')).length).toBeGreaterThan(0);
    expect(table.filter((c) => c.includes('expected 403')).length).toBeGreaterThan(0);
  });

  it('an analyst may list reports but gets 403 on a decision, which changes nothing', async () => {
    const marker = `Analyst scenario ${randomUUID()}`;
    const submitted = await postRaw(system.intakeUrl, '/v1/reports', JSON.stringify(await withProofOfWork(system.intakeUrl, { narrative: marker, country: 'DE' })));
    expect(submitted.status).toBe(201);
    const analyst = { authorization: `Bearer ${await session('analyst')}` };
    // Wait until the report is decidable, so the 403 is about the role and nothing else.
    const report = await waitFor('the report to await review', async () => {
      const list = await rawRequest(system.moderationUrl, { method: 'GET', path: '/v1/reports?status=awaiting_review&limit=100', headers: analyst });
      expect(list.status).toBe(200);
      return (list.body as { items: Array<{ id: string; redactedNarrative: string }> }).items.find((r) => r.redactedNarrative.includes(marker));
    });

    const refused = await postRaw(system.moderationUrl, `/v1/reports/${report.id}/decision`, JSON.stringify({ decision: 'verified' }), analyst);
    expect({ status: refused.status, error: errorOf(refused) }).toEqual({ status: 403, error: 'auth_forbidden' });
    const { rows } = await system.db.query<{ status: string }>('SELECT status FROM reports WHERE id = $1', [report.id]);
    expect(rows[0].status).toBe('awaiting_review');
    const audits = async () => (await system.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_events WHERE action LIKE 'report.decision.%' AND target_id = $1`, [report.id])).rows[0].n;
    expect(await audits()).toBe(0);

    // The same request from a moderator succeeds: the report was decidable all along.
    const allowed = await postRaw(system.moderationUrl, `/v1/reports/${report.id}/decision`, JSON.stringify({ decision: 'verified' }), { authorization: `Bearer ${await session('moderator')}` });
    expect(allowed.status).toBe(200);
    expect(await audits()).toBe(1);
  });

  it('logout ends the session: the same token then gets 401 everywhere', async () => {
    const token = await login('moderator');
    const other = await login('moderator');
    expect(token).not.toBe(other);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/); // 32 random bytes

    const auth = { authorization: `Bearer ${token}` };
    const me = await rawRequest(system.moderationUrl, { method: 'GET', path: '/v1/auth/me', headers: auth });
    expect(me.status).toBe(200);
    expect((me.body as { user: { username: string } }).user.username).toBe(usernames.get('moderator'));

    const logout = await rawRequest(system.moderationUrl, { method: 'POST', path: '/v1/auth/logout', headers: auth });
    expect(logout.status).toBe(204);

    for (const [method, path] of [['GET', '/v1/auth/me'], ['GET', '/v1/reports'], ['POST', '/v1/auth/logout']] as const) {
      const res = await rawRequest(system.moderationUrl, { method, path, headers: auth });
      expect({ path, status: res.status, error: errorOf(res) }).toEqual({ path, status: 401, error: 'auth_unauthenticated' });
    }
    // Logging out one session does not end the user's other one.
    expect((await rawRequest(system.moderationUrl, { method: 'GET', path: '/v1/auth/me', headers: { authorization: `Bearer ${other}` } })).status).toBe(200);
  });

  it('login failures are byte-identical for an unknown user, a wrong password and a disabled account', async () => {
    const disabledName = `ac-disabled-${randomBytes(3).toString('hex')}`;
    const disabledPassword = randomBytes(18).toString('base64url');
    await system.createStaff(disabledName, disabledPassword, 'moderator');
    await system.db.query('UPDATE staff_users SET disabled = true WHERE username = $1', [disabledName]);

    const attempt = (username: string, password: string) => postRaw(system.moderationUrl, '/v1/auth/login', JSON.stringify({ username, password }));
    const unknown = await attempt(`nobody-${randomUUID()}`, 'Wrong-password-1');
    const wrong = await attempt(usernames.get('admin') as string, 'Wrong-password-1');
    const disabled = await attempt(disabledName, disabledPassword);

    const comparable = (res: RawResponse) => ({
      status: res.status,
      text: res.text,
      headers: Object.fromEntries(Object.entries(res.headers).filter(([name]) => name !== 'date')),
    });
    expect(unknown.status).toBe(401);
    expect(comparable(wrong)).toEqual(comparable(unknown));
    expect(comparable(disabled)).toEqual(comparable(unknown));
    expect(unknown.text).not.toContain('nobody-');
  });

  describe('over-long credentials are refused before any hashing', () => {
    const failedLogins = async () => (await system.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'auth.login.failed'`)).rows[0].n;
    const longPassword = (n: number) => 'Pw9-'.repeat(Math.ceil(n / 4)).slice(0, n);

    // The 256 kB body limit answers before the DTO's 256-character password rule: a 1 MB
    // password is a 413, which is as early (and as cheap) a refusal as the 400 the brief expected.
    it.each([
      ['a 1 MB password', 413, 'payload_too_large', 1_000_000],
      ['a 100,000-character password', 400, 'validation_failed', 100_000],
      ['a 257-character password', 400, 'validation_failed', 257],
    ])('%s → %i %s, and the login service never runs', async (_name, status, error, length) => {
      const before = await failedLogins();
      const res = await postRaw(system.moderationUrl, '/v1/auth/login', JSON.stringify({ username: usernames.get('admin'), password: longPassword(length) }));
      expect({ status: res.status, error: errorOf(res) }).toEqual({ status, error });
      if (error === 'validation_failed') expect(Object.keys((res.body as { fields: object }).fields)).toContain('password');
      expect(res.text).not.toContain('Pw9-Pw9-');
      // AuthService.login audits every attempt it handles (and hashes before that): no new row, no hash.
      expect(await failedLogins()).toBe(before);
    });

    // V8's JSON.parse message would quote a fragment of the password: a fixed code instead.
    it('a malformed login body is refused without quoting the password', async () => {
      const res = await postRaw(system.moderationUrl, '/v1/auth/login', `{"username":"${usernames.get('admin')}","password": hunter2-SecretFragment}`);
      expect(res.status).toBe(400);
      expect(res.text).not.toContain('hunter2');
      expect(res.text).not.toContain('SecretFr');
    });

    it('a wrong password at the 256-character limit reaches the login service (the oracle above is live)', async () => {
      const before = await failedLogins();
      const res = await postRaw(system.moderationUrl, '/v1/auth/login', JSON.stringify({ username: usernames.get('admin'), password: longPassword(256) }));
      expect({ status: res.status, error: errorOf(res) }).toEqual({ status: 401, error: 'auth_invalid_credentials' });
      expect(await failedLogins()).toBe(before + 1);
    });
  });
});
