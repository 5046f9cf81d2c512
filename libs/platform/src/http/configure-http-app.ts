import type { INestApplication } from '@nestjs/common';
import { Logger } from 'nestjs-pino';
import { applyConnectionLimits, type ConnectionLimits } from './connection-limits';
import { DomainExceptionFilter } from './domain-exception.filter';
import type { ErrorPageRenderer } from './error-page';
import { applyBodyParsers } from './json-body';
import { applySecurityHeaders } from './security-headers';
import { strictValidationPipe } from './validation.pipe';

export interface HttpAppOptions {
  bodyLimit?: string;
  /** HTML error pages for the app's browser routes (JSON errors everywhere else). */
  errorPage?: ErrorPageRenderer;
  /** Per-connection and process-wide request limits (in memory). */
  connectionLimits?: ConnectionLimits;
}

/**
 * The cross-cutting HTTP setup every app shares, in the order that matters: security headers
 * first (so even parser errors carry them), connection limits (before any body is read),
 * strict body parsers, then validation and the one exception filter. The app must be created
 * with `bodyParser: false` and `bufferLogs: true`.
 */
export function configureHttpApp(app: INestApplication, options: HttpAppOptions = {}): void {
  app.useLogger(app.get(Logger));
  applySecurityHeaders(app);
  if (options.connectionLimits) applyConnectionLimits(app, options.connectionLimits, options.errorPage);
  applyBodyParsers(app, options.bodyLimit, options.errorPage);
  app.useGlobalPipes(strictValidationPipe());
  app.useGlobalFilters(new DomainExceptionFilter(options.errorPage));
  app.enableShutdownHooks();
}
