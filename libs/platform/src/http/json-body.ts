import type { INestApplication } from '@nestjs/common';
import { json, urlencoded, type NextFunction, type Request, type Response } from 'express';
import { sendError, type ErrorPageRenderer } from './error-page';
import { checkJsonStructure } from './json-structure';

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Errors raised while reading a body, with the status and error code the client gets. */
class BodyError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
  ) {
    super(code);
  }
}

const PARSER_ERRORS: Record<string, [number, string]> = {
  'entity.too.large': [413, 'payload_too_large'],
  'entity.parse.failed': [400, 'invalid_json'],
  'encoding.unsupported': [415, 'unsupported_encoding'],
  'charset.unsupported': [415, 'unsupported_charset'],
  'request.aborted': [400, 'request_aborted'],
  'request.size.invalid': [400, 'request_size_invalid'],
  'parameters.too.many': [413, 'too_many_parameters'],
};

const STRUCTURE_MESSAGES: Record<string, string> = {
  too_deep: 'The JSON body is nested too deeply.',
  duplicate_key: 'The JSON body repeats a key.',
  forbidden_key: 'The JSON body uses a reserved key.',
};

/**
 * Body parsers with a hard size limit, strict UTF-8 (bytes that are not valid UTF-8 get 400
 * `invalid_encoding` instead of being replaced with U+FFFD), and a structure check on JSON
 * (depth, duplicate and reserved keys) before anything recurses into it. Their errors are
 * answered here, with a code and never the parser's message, which quotes the input (as an
 * HTML page where the app's `renderPage` has one for the route).
 */
export function applyBodyParsers(app: INestApplication, limit = '256kb', renderPage?: ErrorPageRenderer): void {
  const verify = (req: Request, _res: unknown, buf: Buffer) => {
    let text: string;
    try {
      text = STRICT_UTF8.decode(buf);
    } catch {
      throw new BodyError(400, 'invalid_encoding');
    }
    if (req.headers['content-type']?.includes('json')) {
      const problem = checkJsonStructure(text);
      if (problem) throw new BodyError(400, problem);
    }
  };
  app.use(json({ limit, strict: true, verify }));
  app.use(urlencoded({ limit, extended: false, parameterLimit: 100, verify }));
  app.use((err: unknown, req: Request, res: Response, next: NextFunction) => {
    if (err instanceof BodyError) {
      sendError(req, res, err.status, { error: err.code, ...(STRUCTURE_MESSAGES[err.code] ? { message: STRUCTURE_MESSAGES[err.code] } : {}) }, renderPage);
      return;
    }
    const type = (err as { type?: string } | null)?.type;
    if (type && PARSER_ERRORS[type]) {
      const [status, code] = PARSER_ERRORS[type];
      sendError(req, res, status, { error: code }, renderPage);
      return;
    }
    next(err);
  });
}
