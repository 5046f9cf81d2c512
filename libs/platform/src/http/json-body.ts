import type { INestApplication } from '@nestjs/common';
import { json, urlencoded } from 'express';

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

class InvalidEncodingError extends Error {
  readonly status = 400;
  readonly type = 'encoding.invalid_utf8';
}

/**
 * Body parsers with a hard size limit and strict UTF-8: bytes that are not valid UTF-8 get
 * 400 `invalid_encoding` instead of being silently replaced with U+FFFD.
 */
export function applyBodyParsers(app: INestApplication, limit = '256kb'): void {
  const verify = (_req: unknown, _res: unknown, buf: Buffer) => {
    try {
      STRICT_UTF8.decode(buf);
    } catch {
      throw new InvalidEncodingError('invalid_encoding');
    }
  };
  app.use(json({ limit, strict: true, verify }));
  app.use(urlencoded({ limit, extended: false, parameterLimit: 100, verify }));
}
