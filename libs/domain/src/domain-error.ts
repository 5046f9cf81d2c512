/**
 * Every error a client may see carries one of these codes. Each HTTP app maps them to a
 * status in one exhaustive switch, so adding a code without a mapping fails to compile.
 * Messages must never contain report text, receipts or personal data.
 */
export const DOMAIN_ERROR_CODES = [
  'REPORT.NOT_FOUND',
  'REPORT.ILLEGAL_TRANSITION',
  'REPORT.STALE_REVISION',
  'REPORT.RAW_UNAVAILABLE',
  'RESOURCE.NOT_FOUND',
  'RESOURCE.CONFLICT',
  'RECEIPT.INVALID',
  'AUTH.INVALID_CREDENTIALS',
  'AUTH.UNAUTHENTICATED',
  'AUTH.FORBIDDEN',
  'AUTH.CSRF_REJECTED',
  'AUTH.THROTTLED',
  'INPUT.INVALID',
  'INPUT.INVALID_ENCODING',
  'SERVICE.UNAVAILABLE',
  'POW.REQUIRED',
  'POW.INVALID',
  'POW.EXPIRED',
  'POW.ALREADY_USED',
] as const;
export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
