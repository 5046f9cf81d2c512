import type { INestApplication } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';

/** The policy every response carries: nothing runs, nothing loads but our own stylesheet and images. */
const STRICT_DIRECTIVES: Record<string, string[]> = {
  'default-src': ["'none'"],
  'style-src': ["'self'"],
  'img-src': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
  'base-uri': ["'none'"],
};

/** A Content-Security-Policy header value: the strict policy plus `extra` directives (as helmet writes it). */
export function contentSecurityPolicy(extra: Record<string, string[]> = {}): string {
  return Object.entries({ ...STRICT_DIRECTIVES, ...extra })
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join(';');
}

export const STRICT_CONTENT_SECURITY_POLICY = contentSecurityPolicy();

/**
 * Headers on every response, errors included: strict CSP, no referrer, no caching, no
 * framing, no MIME sniffing, no X-Powered-By. Registered before any route or body parser.
 */
export function applySecurityHeaders(app: INestApplication): void {
  const express = app.getHttpAdapter().getInstance() as { disable(name: string): void; set(name: string, value: unknown): void };
  express.disable('x-powered-by');
  // Never derive client addresses from X-Forwarded-For and friends.
  express.set('trust proxy', false);
  app.use(
    helmet({
      contentSecurityPolicy: { useDefaults: false, directives: STRICT_DIRECTIVES },
      referrerPolicy: { policy: 'no-referrer' },
      frameguard: { action: 'deny' },
      crossOriginEmbedderPolicy: { policy: 'require-corp' },
      crossOriginOpenerPolicy: { policy: 'same-origin' },
      crossOriginResourcePolicy: { policy: 'same-origin' },
      strictTransportSecurity: { maxAge: 63072000, includeSubDomains: true },
    }),
  );
  app.use((_req: Request, res: Response, next: NextFunction) => {
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=()');
    next();
  });
}
