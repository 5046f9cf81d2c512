/** The npm peers, called through their documented APIs (checked in node_modules). */
import { OpenRedaction } from '@openredaction/openredaction';
import { SyncRedactor } from 'redact-pii';

export interface TextRedactor {
  name: string;
  redact(text: string): string;
}

/** redact-pii 3.4: `new SyncRedactor().redact(text)` returns the text with type labels; no allow-list option. */
export function redactPii(): TextRedactor {
  const redactor = new SyncRedactor();
  return { name: 'redact-pii', redact: (text) => redactor.redact(text) };
}

/**
 * @openredaction/openredaction 1.0.4: `new OpenRedaction(options).detect(text).redacted`.
 * It gets the gazetteer's names as its documented `whitelist`, the same protection we get.
 */
export function openRedaction(knownNames: string[]): TextRedactor {
  const detector = new OpenRedaction({ whitelist: knownNames });
  return { name: '@openredaction/openredaction', redact: (text) => detector.detect(text).redacted };
}
