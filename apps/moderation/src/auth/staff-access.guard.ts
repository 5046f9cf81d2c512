import { CanActivate, ExecutionContext, Inject, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError } from '@tnr/domain';
import type { StaffPrincipal } from '@tnr/database';
import { ACCESS_RULE, type AccessRule } from '@tnr/platform';
import type { Request } from 'express';
import { createHash, timingSafeEqual } from 'node:crypto';
import type { ModerationConfig } from '../config/moderation.config';
import { MODERATION_CONFIG } from '../moderation.tokens';
import { AuthService } from './auth.service';
import { roleHas } from './permissions';

export type AuthenticatedRequest = Request & { principal?: StaffPrincipal; sessionToken?: string };

function bearer(req: Request): string | null {
  const header = req.headers.authorization;
  if (typeof header !== 'string') return null;
  const m = /^Bearer ([A-Za-z0-9_-]{20,100})$/.exec(header);
  return m ? m[1] : null;
}

function sha256(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

/**
 * Global guard of the moderation service. Each route must declare its rule; a route without
 * one is denied. Staff routes need a live session whose role holds the permission; NGO routes
 * need the partner key.
 */
@Injectable()
export class StaffAccessGuard implements CanActivate {
  private readonly logger = new Logger(StaffAccessGuard.name);
  private readonly ngoKeyHash: Buffer;

  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    @Inject(MODERATION_CONFIG) config: ModerationConfig,
  ) {
    this.ngoKeyHash = sha256(config.ngo.ngoApiKey);
  }

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
      case 'ngo': {
        const key = req.headers['x-api-key'];
        if (typeof key !== 'string' || key.length > 256 || !timingSafeEqual(sha256(key), this.ngoKeyHash)) {
          throw new DomainError('AUTH.UNAUTHENTICATED', 'A valid API key is required.');
        }
        return true;
      }
      case 'staff': {
        const token = bearer(req);
        const principal = token ? await this.auth.resolve(token, new Date()) : null;
        if (!principal || !token) throw new DomainError('AUTH.UNAUTHENTICATED', 'Please log in.');
        if (!roleHas(principal.role, rule.permission)) throw new DomainError('AUTH.FORBIDDEN', 'Your role does not allow this.');
        req.principal = principal;
        req.sessionToken = token;
        return true;
      }
    }
  }
}
