import { Expose } from 'class-transformer';
import { Matches } from 'class-validator';

const KEY_RULE = /^[A-Za-z0-9+/]{43}=$/;

/** 32-byte keys given as base64. Secrets: never logged, never echoed in config errors. */
export class NarrativeKeyConfig {
  /** Key-encryption key that wraps each report's own data key (AES-256-GCM). */
  @Expose({ name: 'NARRATIVE_KEK' })
  @Matches(KEY_RULE, { message: 'NARRATIVE_KEK must be 32 bytes in base64 (openssl rand -base64 32)' })
  narrativeKek!: string;
}

export class ReceiptKeyConfig {
  /** HMAC key for receipt codes: only the keyed hash of a receipt is stored. */
  @Expose({ name: 'RECEIPT_PEPPER' })
  @Matches(KEY_RULE, { message: 'RECEIPT_PEPPER must be 32 bytes in base64 (openssl rand -base64 32)' })
  receiptPepper!: string;
}
