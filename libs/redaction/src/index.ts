export * from './types';
export { redact } from './redact';
export { foldWidth } from './normalize';
export * as validators from './validators';
