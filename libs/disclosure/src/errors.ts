/**
 * Why a release could not be built. These are server-side problems (a bad configuration or
 * roll-up tables out of step with each other), never something an NGO key holder caused, so an
 * app maps them to a 500 with an error id. Messages name fields and codes, never counts of
 * individual cells, so they are safe to log.
 */
export type DisclosureErrorCode =
  | 'DISCLOSURE.INVALID_CONFIG'
  | 'DISCLOSURE.INVALID_INPUT'
  | 'DISCLOSURE.INCONSISTENT_INPUT'
  | 'DISCLOSURE.OUT_OF_DOMAIN';

export class DisclosureError extends Error {
  constructor(
    readonly code: DisclosureErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DisclosureError';
  }
}
