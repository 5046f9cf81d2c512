import type { Request, Response } from 'express';
import { SESSION_ABSOLUTE_MS } from './permissions';

/**
 * The staff session cookie. `__Host-` pins it to this origin and path `/`, HttpOnly keeps it
 * from scripts, SameSite=Strict keeps it off cross-site requests, Secure keeps it off plain
 * HTTP (browsers treat http://localhost as secure, so local use works).
 */
export const SESSION_COOKIE = '__Host-tnr_session';

export function readSessionCookie(req: Request): string | null {
  const header = req.headers.cookie;
  if (typeof header !== 'string' || header.length > 8192) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === SESSION_COOKIE) {
      const value = part.slice(eq + 1).trim();
      return /^[A-Za-z0-9_-]{20,100}$/.test(value) ? value : null;
    }
  }
  return null;
}

export function setSessionCookie(res: Response, token: string): void {
  res.cookie(SESSION_COOKIE, token, { httpOnly: true, secure: true, sameSite: 'strict', path: '/', maxAge: SESSION_ABSOLUTE_MS });
}

export function clearSessionCookie(res: Response): void {
  res.clearCookie(SESSION_COOKIE, { httpOnly: true, secure: true, sameSite: 'strict', path: '/' });
}
