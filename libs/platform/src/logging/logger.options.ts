import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Params } from 'nestjs-pino';

/**
 * Paths removed from every log line. Request serialisation below already keeps only
 * method, route path and status; these catch anything that slips into a log call.
 */
export const LOG_REDACT_PATHS = [
  'req.headers',
  'req.body',
  'req.query',
  'req.remoteAddress',
  'req.remotePort',
  'body',
  'narrative',
  '*.narrative',
  'receipt',
  '*.receipt',
  'password',
  '*.password',
  'text',
  '*.text',
  'data',
  'job.data',
];

/**
 * Structured JSON logs with a random correlation id per request. No IP address, user agent,
 * query string, header or body is ever serialised: only method, path (without query) and status.
 */
export function loggerOptions(service: string, level: string, options: { reporterFacing?: boolean } = {}): Params {
  const reporterFacing = options.reporterFacing ?? false;
  return {
    pinoHttp: {
      level,
      base: { service },
      // A public app's log lines must not date a reporter's visit: no per-request lines and
      // timestamps cut to the hour.
      autoLogging: !reporterFacing,
      timestamp: reporterFacing ? () => `,"time":"${new Date().toISOString().slice(0, 13)}:00Z"` : true,
      redact: { paths: LOG_REDACT_PATHS, remove: true },
      // Ignore any incoming X-Request-Id: a client-chosen id could tag a reporter across logs.
      genReqId: () => randomUUID(),
      quietReqLogger: true,
      customProps: () => ({}),
      serializers: {
        req: (req: IncomingMessage & { id?: string; url?: string }) => ({
          id: req.id,
          method: req.method,
          path: (req.url ?? '').split('?')[0],
        }),
        res: (res: ServerResponse) => ({ statusCode: res.statusCode }),
        err: (err: Error & { code?: string }) => ({ type: err.name, code: err.code }),
      },
      customSuccessMessage: () => 'request completed',
      customErrorMessage: () => 'request failed',
    },
  };
}
