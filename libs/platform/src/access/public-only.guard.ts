import { CanActivate, ExecutionContext, ForbiddenException, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ACCESS_RULE, type AccessRule } from './access.decorator';

/** For the public intake app: only routes declared `@Public()` answer; anything else is denied. */
@Injectable()
export class PublicOnlyGuard implements CanActivate {
  private readonly logger = new Logger(PublicOnlyGuard.name);

  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [context.getHandler(), context.getClass()]);
    if (rule?.kind === 'public') return true;
    if (!rule) this.logger.error({ handler: context.getHandler().name }, 'route without an access rule denied');
    throw new ForbiddenException({ error: 'forbidden' });
  }
}
