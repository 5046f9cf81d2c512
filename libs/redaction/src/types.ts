/** The classes of identifying detail the engine removes. Stored in spans: never rename. */
export const REDACTION_TYPES = [
  'PERSON',
  'PHONE',
  'EMAIL',
  'MESSENGER_ID',
  'SOCIAL_URL',
  'NATIONAL_ID',
  'PASSPORT',
  'LICENSE_PLATE',
  'ADDRESS',
  'IP_ADDRESS',
  'BANK_CARD',
  'DATE_OF_BIRTH',
] as const;
export type RedactionType = (typeof REDACTION_TYPES)[number];

/** Offsets are UTF-16 code units into the original string, end exclusive. */
export interface TextRange {
  start: number;
  end: number;
}

export interface RedactionSpan extends TextRange {
  type: RedactionType;
  /** e.g. `[PERSON_1]`; the same value in one report always gets the same placeholder. */
  placeholder: string;
  confidence: number;
}

export interface RedactOptions {
  /** Ranges that must survive (known organizations, stations, places found by linking). */
  protect?: readonly TextRange[];
}

export interface RedactionResult {
  redacted: string;
  spans: RedactionSpan[];
}
