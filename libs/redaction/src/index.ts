export * from './types';
export { redact } from './redact';
