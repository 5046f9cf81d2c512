import type { Request, Response } from 'express';
import type { ErrorResponse } from './error-response';
import { STRICT_CONTENT_SECURITY_POLICY } from './security-headers';

/**
 * An app's HTML error pages for the routes people reach with a browser (the public report
 * form): returns the page for `req`, or null to answer with the JSON error as usual. It must
 * not throw, and gets only the status and the error body (never the request body).
 */
export type ErrorPageRenderer = (req: Request, status: number, error: ErrorResponse) => string | null;

/**
 * Answers an error with the app's HTML page for that route when it has one (strict CSP: an
 * error page runs no script), otherwise with the JSON error body.
 */
export function sendError(req: Request, res: Response, status: number, error: ErrorResponse, renderPage?: ErrorPageRenderer): void {
  const page = renderPage?.(req, status, error) ?? null;
  if (page === null) {
    res.status(status).json(error);
    return;
  }
  res.setHeader('Content-Security-Policy', STRICT_CONTENT_SECURITY_POLICY);
  res.status(status).type('text/html; charset=utf-8').send(page);
}
