import { connect, type Socket } from 'node:net';
import { startPrivateSystem, type PrivateSystem } from '../helpers/private-system';
import { rawRequest } from '../helpers/raw-http';

/**
 * Per-connection and process-wide limits of intake-api, held in memory and keyed by nothing
 * about the client: slow headers and slow bodies are cut off (408), a connection carries a
 * bounded number of requests and may not pipeline more than one at a time, and the process
 * handles a bounded number of requests at once (503, an HTML page on the form route).
 */
describe('intake-api connection limits (in memory, not keyed by address)', () => {
  let system: PrivateSystem;
  const limits = { HEADERS_MS: 800, REQUEST_MS: 2_500 };

  beforeAll(async () => {
    system = await startPrivateSystem({
      RECONCILE_INTERVAL_MS: '600000',
      HTTP_MAX_IN_FLIGHT: '2',
      HTTP_MAX_IN_FLIGHT_PER_SOCKET: '1',
      HTTP_MAX_REQUESTS_PER_SOCKET: '3',
      HTTP_HEADERS_TIMEOUT_MS: String(limits.HEADERS_MS),
      HTTP_REQUEST_TIMEOUT_MS: String(limits.REQUEST_MS),
    });
  });
  afterAll(async () => {
    await system?.close();
  });

  /** A raw connection to intake, recording everything it receives and when it closed. */
  async function open(): Promise<{ socket: Socket; received: () => string; closed: Promise<number> }> {
    const { hostname, port } = new URL(system.intakeUrl);
    const socket = connect(Number(port), hostname);
    await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
    let data = '';
    socket.on('data', (d: Buffer) => (data += d.toString('latin1')));
    socket.on('error', () => undefined);
    const closed = new Promise<number>((resolve) => socket.once('close', () => resolve(Date.now())));
    return { socket, received: () => data, closed };
  }

  /** Resolves with `promise` or rejects after `ms`: every wait here has a deadline. */
  function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
    return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`no ${what} within ${ms} ms`)), ms).unref())]);
  }

  const statuses = (text: string) => [...text.matchAll(/HTTP\/1\.1 (\d{3})/g)].map((m) => Number(m[1]));
  const get = (path: string) => `GET ${path} HTTP/1.1\r\nHost: intake\r\n\r\n`;

  /** Sends `request` and expects a 408 and a closed connection once `limitMs` has passed. */
  async function expectCutOff(request: string, limitMs: number): Promise<void> {
    const { socket, received, closed } = await open();
    const started = Date.now();
    socket.write(request);
    const at = await within(closed, limitMs + 3_000, 'close');
    expect(statuses(received())).toEqual([408]);
    expect(at - started).toBeGreaterThanOrEqual(limitMs - 100);
  }

  it('answers a connection that is too slow to send its headers with 408 and closes it', async () => {
    await expectCutOff('GET /health/live HTTP/1.1\r\nHost: intake\r\n', limits.HEADERS_MS);
  });

  it('answers a body that is too slow with 408, and the request no longer counts as in flight', async () => {
    await expectCutOff('POST /v1/reports HTTP/1.1\r\nHost: intake\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"narrative":"slow', limits.REQUEST_MS);
    for (let i = 0; i < 3; i++) expect((await rawRequest(system.intakeUrl, { method: 'GET', path: '/health/live' })).status).toBe(200);
  });

  it('ends keep-alive after HTTP_MAX_REQUESTS_PER_SOCKET requests on one connection; a further one gets 503', async () => {
    const { socket, received } = await open();
    try {
      for (let i = 1; i <= 4; i++) {
        socket.write(get('/health/live'));
        await within(
          new Promise<void>((resolve) => {
            const check = () => (statuses(received()).length >= i ? resolve() : setTimeout(check, 10));
            check();
          }),
          5_000,
          `response ${i}`,
        );
      }
      expect(statuses(received())).toEqual([200, 200, 200, 503]);
      const responses = received().split(/(?=HTTP\/1\.1 )/);
      expect(responses[1]).toMatch(/\r\nConnection: keep-alive\r\n/i);
      expect(responses[2]).toMatch(/\r\nConnection: close\r\n/i);
    } finally {
      socket.destroy();
    }
  });

  it('refuses requests pipelined on one connection beyond HTTP_MAX_IN_FLIGHT_PER_SOCKET with 429 and closes it', async () => {
    const { socket, received, closed } = await open();
    socket.write(get('/health/ready') + get('/health/ready') + get('/health/ready'));
    await within(closed, 5_000, 'close');
    const answered = statuses(received());
    expect(answered[0]).toBe(200);
    expect(answered.slice(1)).toContain(429);
    expect(answered.filter((s) => s === 200)).toHaveLength(1);
    expect(received()).toContain('"error":"too_many_requests"');
  });

  it('answers 503 once HTTP_MAX_IN_FLIGHT requests are being handled: JSON on the API, a localized page on the form; then recovers', async () => {
    const slow = await Promise.all([open(), open()]);
    for (const { socket } of slow) {
      socket.write('POST /v1/reports HTTP/1.1\r\nHost: intake\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"narrative":"held');
    }
    try {
      await new Promise((r) => setTimeout(r, 200));
      const api = await rawRequest(system.intakeUrl, { method: 'GET', path: '/health/live' });
      expect({ status: api.status, body: api.body }).toEqual({ status: 503, body: { error: 'server_busy', message: expect.any(String) } });
      expect(api.headers['retry-after']).toBe('10');
      const page = await rawRequest(system.intakeUrl, { method: 'GET', path: '/report?lang=zh-Hans' });
      expect(page.status).toBe(503);
      expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(page.headers['content-security-policy']).toBe("default-src 'none';style-src 'self';img-src 'self';form-action 'self';frame-ancestors 'none';base-uri 'none'");
      expect(page.text).toContain('<html lang="zh-Hans">');
      expect(page.text).toContain('<h1>服务繁忙</h1>');
    } finally {
      for (const { socket } of slow) socket.destroy();
    }
    await within(Promise.all(slow.map((s) => s.closed)), 5_000, 'close');
    await new Promise((r) => setTimeout(r, 50));
    expect((await rawRequest(system.intakeUrl, { method: 'GET', path: '/health/live' })).status).toBe(200);
  });
});
