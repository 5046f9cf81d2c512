import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema';

export type Schemas = components['schemas'];
export type Report = Schemas['ReportResponseDto'];
export type ReportDetail = Schemas['ReportDetailResponseDto'];
export type RedactionSpan = Schemas['RedactionSpanDto'];
export type ReportLink = Schemas['ReportLinkDto'];
export type Session = Schemas['SessionResponseDto'];
export type Enrolment = Schemas['EnrolmentRequiredDto'];
export type Permission = Session['permissions'][number];
export type ReportStatus = Report['status'];
export type ListReportsQuery = NonNullable<paths['/v1/reports']['get']['parameters']['query']>;

/** An API error with the server's code (`auth_unauthenticated`, `validation_failed`…) and message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

let csrfToken: string | null = null;
let onUnauthenticated: () => void = () => undefined;

/** The session's CSRF token, kept in memory only (never in storage). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function setUnauthenticatedHandler(handler: () => void): void {
  onUnauthenticated = handler;
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

const session: Middleware = {
  onRequest({ request }) {
    if (!SAFE.has(request.method) && csrfToken) request.headers.set('X-CSRF-Token', csrfToken);
    return request;
  },
  async onResponse({ response, request }) {
    if (response.ok) return response;
    let code = 'error';
    let message = response.statusText;
    try {
      const body = (await response.clone().json()) as { error?: string; message?: string };
      code = body.error ?? code;
      message = body.message ?? message;
    } catch {
      // Not JSON: keep the status text.
    }
    if (response.status === 401 && !request.url.includes('/v1/auth/login') && !request.url.includes('/v1/auth/enrol')) onUnauthenticated();
    throw new ApiError(response.status, code, message);
  },
};

/** Same-origin client typed from the moderation service's OpenAPI document (schema.d.ts). */
export const api = createClient<paths>({ baseUrl: window.location.origin, credentials: 'same-origin' });
api.use(session);

/** Unwraps an openapi-fetch result (errors were already thrown by the middleware). */
export function data<T>(result: { data?: T }): T {
  if (result.data === undefined) throw new ApiError(500, 'empty', 'Empty response');
  return result.data;
}
