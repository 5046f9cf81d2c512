import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  /** The body parsed as JSON, or undefined when it is not JSON. */
  body: unknown;
}

/**
 * One HTTP request with exact bytes on the wire (supertest would JSON-encode a Buffer), on
 * its own connection (`Connection: close`), so no keep-alive socket outlives the test.
 */
export function rawRequest(
  baseUrl: string,
  options: { method: string; path: string; headers?: Record<string, string>; body?: Buffer | string; timeoutMs?: number },
): Promise<RawResponse> {
  const url = new URL(options.path, baseUrl);
  const body = options.body === undefined ? undefined : Buffer.isBuffer(options.body) ? options.body : Buffer.from(options.body, 'utf8');
  const timeoutMs = options.timeoutMs ?? 15_000;
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        path: `${url.pathname}${url.search}`,
        method: options.method,
        agent: false,
        headers: { ...(body ? { 'content-length': String(body.length) } : {}), ...options.headers, connection: 'close' },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed: unknown;
          try {
            parsed = text ? JSON.parse(text) : undefined;
          } catch {
            parsed = undefined;
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, body: parsed });
        });
      },
    );
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`${options.method} ${options.path}: no response within ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end(body);
  });
}

/** POST of a JSON text (or raw bytes) with `Content-Type: application/json` unless told otherwise. */
export function postRaw(baseUrl: string, path: string, body: Buffer | string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return rawRequest(baseUrl, { method: 'POST', path, body, headers: { 'content-type': 'application/json', ...headers } });
}
