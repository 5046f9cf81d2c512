import { Expose, Transform } from 'class-transformer';
import { IsOptional, Matches } from 'class-validator';

const KEY_RULE = /^[A-Za-z0-9+/]{43}=$/;

/** 32-byte keys given as base64. Secrets: never logged, never echoed in config errors. */
export class NarrativeKeyConfig {
  /** Key-encryption key that wraps each report's own data key (AES-256-GCM). */
  @Expose({ name: 'NARRATIVE_KEK' })
  @Matches(KEY_RULE, { message: 'NARRATIVE_KEK must be 32 bytes in base64 (openssl rand -base64 32)' })
  narrativeKek!: string;

  /** Name of NARRATIVE_KEK, stored with every wrapped data key so keys can be rotated. */
  @Expose({ name: 'NARRATIVE_KEK_ID' })
  @Matches(/^[a-z0-9-]{1,16}$/, { message: 'NARRATIVE_KEK_ID must be 1–16 lower-case letters, digits or dashes' })
  narrativeKekId: string = 'k1';

  /** Earlier keys still needed to read older rows until `npm run keys:rotate` re-wraps them: `id:base64;id:base64`. */
  @Expose({ name: 'NARRATIVE_PREVIOUS_KEKS' })
  @Transform(({ value }) => (value === '' ? undefined : value))
  @IsOptional()
  @Matches(/^[a-z0-9-]{1,16}:[A-Za-z0-9+/]{43}=(;[a-z0-9-]{1,16}:[A-Za-z0-9+/]{43}=)*$/, { message: 'NARRATIVE_PREVIOUS_KEKS must be id:base64key pairs separated by ;' })
  narrativePreviousKeks?: string;
}

/** The key ring a NarrativeCipher needs, from the validated config. */
export function narrativeKeyRing(config: NarrativeKeyConfig): { currentId: string; keys: Record<string, string> } {
  const keys: Record<string, string> = {};
  for (const pair of (config.narrativePreviousKeks ?? '').split(';').filter(Boolean)) {
    const [id, key] = pair.split(':');
    keys[id] = key;
  }
  keys[config.narrativeKekId] = config.narrativeKek;
  return { currentId: config.narrativeKekId, keys };
}

export class ReceiptKeyConfig {
  /** HMAC key for receipt codes: only the keyed hash of a receipt is stored. */
  @Expose({ name: 'RECEIPT_PEPPER' })
  @Matches(KEY_RULE, { message: 'RECEIPT_PEPPER must be 32 bytes in base64 (openssl rand -base64 32)' })
  receiptPepper!: string;
}

export class AltchaKeyConfig {
  /**
   * Root key of the intake's anti-abuse signatures: proof-of-work challenges and the report
   * form's one-time submission tokens each use a key derived from it (HKDF). Changing it only
   * invalidates challenges and forms handed out before.
   */
  @Expose({ name: 'ALTCHA_HMAC_KEY' })
  @Matches(KEY_RULE, { message: 'ALTCHA_HMAC_KEY must be 32 bytes in base64 (openssl rand -base64 32)' })
  altchaHmacKey!: string;
}
