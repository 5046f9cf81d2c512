import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { DomainError, type DomainErrorCode } from '@tnr/domain';
import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';
import { sendError, type ErrorPageRenderer } from './error-page';
import type { ErrorResponse } from './error-response';

/** Exhaustive: a new code without a status here fails to compile. */
export function statusForCode(code: DomainErrorCode): number {
  switch (code) {
    case 'REPORT.NOT_FOUND':
    case 'RESOURCE.NOT_FOUND':
      return HttpStatus.NOT_FOUND;
    case 'REPORT.ILLEGAL_TRANSITION':
    case 'REPORT.STALE_REVISION':
    case 'RESOURCE.CONFLICT':
      return HttpStatus.CONFLICT;
    case 'REPORT.RAW_UNAVAILABLE':
      return HttpStatus.GONE;
    case 'AUTH.THROTTLED':
      return HttpStatus.TOO_MANY_REQUESTS;
    case 'RECEIPT.INVALID':
    case 'AUTH.INVALID_CREDENTIALS':
    case 'AUTH.UNAUTHENTICATED':
      return HttpStatus.UNAUTHORIZED;
    case 'AUTH.FORBIDDEN':
    case 'AUTH.CSRF_REJECTED':
      return HttpStatus.FORBIDDEN;
    case 'INPUT.INVALID':
    case 'INPUT.INVALID_ENCODING':
      return HttpStatus.BAD_REQUEST;
    case 'SERVICE.UNAVAILABLE':
      return HttpStatus.SERVICE_UNAVAILABLE;
    case 'POW.REQUIRED':
    case 'POW.INVALID':
    case 'POW.EXPIRED':
      return HttpStatus.BAD_REQUEST;
    case 'POW.ALREADY_USED':
      return HttpStatus.CONFLICT;
  }
}

function snake(code: string): string {
  return code.toLowerCase().replace(/[.]/g, '_');
}

/**
 * One filter for every HTTP app. Known errors get their status and a stable error code;
 * anything else is logged with a random id (type only, never the message, which may quote
 * input) and the client sees only that id.
 */
@Catch()
export class DomainExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  /** `renderPage`: the app's HTML error pages for its browser routes (JSON everywhere else). */
  constructor(private readonly renderPage?: ErrorPageRenderer) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const res = http.getResponse<Response>();
    const [status, body] = this.toResponse(exception);
    if (res.headersSent) return;
    sendError(http.getRequest<Request>(), res, status, body, this.renderPage);
  }

  private toResponse(exception: unknown): [number, ErrorResponse] {
    if (exception instanceof DomainError) {
      return [statusForCode(exception.code), { error: snake(exception.code), message: exception.message }];
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const payload = exception.getResponse();
      if (typeof payload === 'object' && payload !== null && 'error' in payload && typeof (payload as ErrorResponse).error === 'string' && (payload as ErrorResponse).error.includes('_')) {
        return [status, payload as ErrorResponse];
      }
      return [status, { error: defaultErrorName(status), message: exception.message }];
    }
    const id = randomUUID();
    this.logger.error({ errorId: id, errorType: exception instanceof Error ? exception.name : typeof exception }, 'unhandled error');
    return [HttpStatus.INTERNAL_SERVER_ERROR, { error: 'internal_error', id }];
  }
}

function defaultErrorName(status: number): string {
  switch (status) {
    case 400: return 'bad_request';
    case 401: return 'unauthenticated';
    case 403: return 'forbidden';
    case 404: return 'not_found';
    case 405: return 'method_not_allowed';
    case 409: return 'conflict';
    case 413: return 'payload_too_large';
    case 415: return 'unsupported_media_type';
    case 429: return 'too_many_requests';
    case 503: return 'temporarily_unavailable';
    default: return status >= 500 ? 'internal_error' : 'bad_request';
  }
}
