import type { INestApplication } from '@nestjs/common';
import { Logger } from 'nestjs-pino';
import { DomainExceptionFilter } from './domain-exception.filter';
import { applyBodyParsers } from './json-body';
import { applySecurityHeaders } from './security-headers';
import { strictValidationPipe } from './validation.pipe';

/**
 * The cross-cutting HTTP setup every app shares, in the order that matters: security headers
 * first (so even parser errors carry them), strict body parsers, then validation and the one
 * exception filter. The app must be created with `bodyParser: false` and `bufferLogs: true`.
 */
export function configureHttpApp(app: INestApplication, options: { bodyLimit?: string } = {}): void {
  app.useLogger(app.get(Logger));
  applySecurityHeaders(app);
  applyBodyParsers(app, options.bodyLimit);
  app.useGlobalPipes(strictValidationPipe());
  app.useGlobalFilters(new DomainExceptionFilter());
  app.enableShutdownHooks();
}
