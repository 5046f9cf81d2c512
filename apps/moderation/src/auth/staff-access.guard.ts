import { CanActivate, ExecutionContext, Inject, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError } from '@tnr/domain';
import { NgoKeyRepository, type NgoKeyScope, type StaffPrincipal } from '@tnr/database';
import { ACCESS_RULE, type AccessRule } from '@tnr/platform';
import type { Request } from 'express';
import { timingSafeEqual } from 'node:crypto';
import type { ModerationConfig } from '../config/moderation.config';
import { MODERATION_CONFIG } from '../moderation.tokens';
import { AuthService, csrfTokenFor } from './auth.service';
import { NgoRateLimiter } from './ngo-rate-limiter';
import { roleHas } from './permissions';
import { readSessionCookie } from './session-cookie';

export type AuthenticatedRequest = Request & { principal?: StaffPrincipal; sessionToken?: string; ngoKeyId?: string };

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function bearer(req: Request): string | null {
  const header = req.headers.authorization;
  if (typeof header !== 'string') return null;
  const m = /^Bearer ([A-Za-z0-9_-]{20,200})$/.exec(header);
  return m ? m[1] : null;
}

function sameString(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Global guard of the moderation service. Each route must declare its rule; a route without
 * one is denied. Staff routes need a live session (cookie or bearer token) whose role holds
 * the permission; state-changing requests authenticated by the cookie also need the
 * session's CSRF token in `X-CSRF-Token`. NGO routes need an admin-issued partner key.
 */
@Injectable()
export class StaffAccessGuard implements CanActivate {
  private readonly logger = new Logger(StaffAccessGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    private readonly ngoKeys: NgoKeyRepository,
    private readonly ngoLimiter: NgoRateLimiter,
    @Inject(MODERATION_CONFIG) config: ModerationConfig,
  ) {
    this.metricsToken = config.ops.metricsToken ?? null;
  }

  private readonly metricsToken: string | null;

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [context.getHandler(), context.getClass()]);
    const req = context.switchToHttp().getRequest<AuthenticatedRequest>();
    if (!rule) {
      this.logger.error({ handler: context.getHandler().name }, 'route without an access rule denied');
      throw new DomainError('AUTH.FORBIDDEN', 'Forbidden.');
    }
    switch (rule.kind) {
      case 'public':
      case 'staff-login':
        return true;
      case 'ngo':
        return this.checkNgoKey(req, (rule.scope ?? 'statistics:read') as NgoKeyScope);
      case 'metrics': {
        const token = bearer(req);
        if (token && this.metricsToken && sameString(token, this.metricsToken)) return true;
        const principal = await this.checkSession(req);
        if (!roleHas(principal.role, 'queues:admin')) throw new DomainError('AUTH.FORBIDDEN', 'Your role does not allow this.');
        return true;
      }
      case 'staff': {
        const principal = await this.checkSession(req);
        if (!roleHas(principal.role, rule.permission)) throw new DomainError('AUTH.FORBIDDEN', 'Your role does not allow this.');
        return true;
      }
    }
  }

  private async checkSession(req: AuthenticatedRequest): Promise<StaffPrincipal> {
    const fromHeader = bearer(req);
    const token = fromHeader ?? readSessionCookie(req);
    const principal = token ? await this.auth.resolve(token, new Date()) : null;
    if (!principal || !token) throw new DomainError('AUTH.UNAUTHENTICATED', 'Please log in.');
    // A cookie is sent by the browser on its own; a bearer token is not, so only cookies need CSRF proof.
    if (!fromHeader && !SAFE_METHODS.has(req.method)) {
      const sent = req.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !sameString(sent, csrfTokenFor(token))) throw new DomainError('AUTH.CSRF_REJECTED', 'Missing or wrong CSRF token. Reload the page.');
    }
    req.principal = principal;
    req.sessionToken = token;
    return principal;
  }

  private async checkNgoKey(req: AuthenticatedRequest, scope: NgoKeyScope): Promise<boolean> {
    const key = req.headers['x-api-key'];
    const resolved = typeof key === 'string' && key.length <= 200 ? await this.ngoKeys.resolve(key, new Date()) : null;
    if (!resolved) throw new DomainError('AUTH.UNAUTHENTICATED', 'A valid API key is required.');
    if (!resolved.scopes.includes(scope)) throw new DomainError('AUTH.FORBIDDEN', 'This API key does not have the scope for this table.');
    if (!this.ngoLimiter.take(resolved.id, Date.now())) throw new DomainError('AUTH.THROTTLED', 'Rate limit reached for this API key. Try again in a minute.');
    req.ngoKeyId = resolved.id;
    this.logger.log({ ngoKeyId: resolved.id, route: req.route?.path }, 'ngo key used');
    return true;
  }
}
