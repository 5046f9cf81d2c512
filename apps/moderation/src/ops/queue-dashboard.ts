import type { INestApplication } from '@nestjs/common';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { NextFunction, Request, Response } from 'express';
import { AuthService } from '../auth/auth.service';
import { roleHas } from '../auth/permissions';
import { readSessionCookie } from '../auth/session-cookie';
import { MetricsService } from './metrics.service';

export const QUEUE_DASHBOARD_PATH = '/admin/queues';

const DASHBOARD_CSP = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

/**
 * The BullMQ dashboard (bull-board), for admins only. It is Express middleware rather than a
 * Nest route, so it gets its own gate with the same session rules as the guard: a live
 * session whose role holds `queues:admin`, and for state-changing requests (retry, clean…)
 * proof that the request comes from our own pages (the dashboard cannot send our CSRF
 * header; the Strict cookie plus Sec-Fetch-Site/Origin checks stand in for it).
 */
export function mountQueueDashboard(app: INestApplication): void {
  const serverAdapter = new ExpressAdapter();
  serverAdapter.setBasePath(QUEUE_DASHBOARD_PATH);
  createBullBoard({ queues: app.get(MetricsService).queuesForDashboard().map((q) => new BullMQAdapter(q, { readOnlyMode: false })), serverAdapter });
  const auth = app.get(AuthService);

  const gate = async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    try {
      const token = readSessionCookie(req);
      const principal = token ? await auth.resolve(token, new Date()) : null;
      if (!principal) {
        res.status(401).json({ error: 'auth_unauthenticated', message: 'Please log in.' });
        return;
      }
      if (!roleHas(principal.role, 'queues:admin')) {
        res.status(403).json({ error: 'auth_forbidden', message: 'Your role does not allow this.' });
        return;
      }
      if (!['GET', 'HEAD'].includes(req.method) && !sameOrigin(req)) {
        res.status(403).json({ error: 'auth_csrf_rejected', message: 'Cross-site request refused.' });
        return;
      }
      res.setHeader('Content-Security-Policy', DASHBOARD_CSP);
      next();
    } catch (e) {
      next(e);
    }
  };
  app.use(QUEUE_DASHBOARD_PATH, gate, serverAdapter.getRouter());
}

function sameOrigin(req: Request): boolean {
  const site = req.headers['sec-fetch-site'];
  if (typeof site === 'string') return site === 'same-origin';
  const origin = req.headers.origin;
  return typeof origin === 'string' && typeof req.headers.host === 'string' && new URL(origin).host === req.headers.host;
}
