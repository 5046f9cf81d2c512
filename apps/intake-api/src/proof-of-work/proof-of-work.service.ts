import { Inject, Injectable } from '@nestjs/common';
import { SpentTokenRepository, type SpentToken } from '@tnr/database';
import { deriveSubkey } from '@tnr/platform';
import { createChallenge, randomInt, verifySolution, type Challenge, type Payload } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';
import { createHash } from 'node:crypto';
import type { IntakeConfig } from '../config/intake.config';
import { INTAKE_CONFIG } from '../intake.tokens';

/** Native in every browser's WebCrypto, so the form's script needs no library. */
export const POW_ALGORITHM = 'PBKDF2/SHA-256';
/** A payload of ours is about 700 characters; anything much longer is not one. */
export const POW_PAYLOAD_MAX_LENGTH = 4_096;

export type PowFailure = 'missing' | 'invalid' | 'expired' | 'already_used';
export type PowCheck = { ok: true; spend: SpentToken } | { ok: false; failure: PowFailure };

/** The two HMAC secrets altcha-lib signs with (challenge, derived key), derived from ALTCHA_HMAC_KEY. */
export function altchaSecrets(rootKey: string): { hmacSignatureSecret: string; hmacKeySignatureSecret: string } {
  return {
    hmacSignatureSecret: deriveSubkey(rootKey, 'altcha-challenge').toString('hex'),
    hmacKeySignatureSecret: deriveSubkey(rootKey, 'altcha-derived-key').toString('hex'),
  };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** base64(JSON {challenge: {parameters, signature}, solution: {counter, derivedKey}}), the ALTCHA v2 payload. */
function parsePayload(text: string): Payload | null {
  if (text.length > POW_PAYLOAD_MAX_LENGTH || !/^[A-Za-z0-9+/]+={0,2}$/.test(text)) return null;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(text, 'base64').toString('utf8'));
  } catch {
    return null;
  }
  if (!isRecord(value) || !isRecord(value.challenge) || !isRecord(value.solution)) return null;
  const { parameters, signature } = value.challenge;
  const { counter, derivedKey } = value.solution;
  if (!isRecord(parameters) || typeof signature !== 'string' || typeof counter !== 'number' || typeof derivedKey !== 'string') return null;
  if (parameters.algorithm !== POW_ALGORITHM || typeof parameters.expiresAt !== 'number') return null;
  return value as unknown as Payload;
}

/**
 * Self-hosted ALTCHA proof of work (altcha-lib v2, deterministic mode): each challenge hides
 * a counter drawn from [max/2, max]; the client must try counters until its PBKDF2 key
 * matches the signed prefix, while the server spends one derivation to issue and two HMACs
 * to verify. Each solved challenge is accepted once: a hash of its signature is recorded
 * until it expires, with nothing about who solved it.
 */
@Injectable()
export class ProofOfWorkService {
  private readonly secrets: ReturnType<typeof altchaSecrets>;

  constructor(
    private readonly spent: SpentTokenRepository,
    @Inject(INTAKE_CONFIG) private readonly config: IntakeConfig,
  ) {
    this.secrets = altchaSecrets(config.altcha.altchaHmacKey);
  }

  issue(now: Date): Promise<Challenge> {
    const { altchaCost, altchaMaxCounter, altchaChallengeTtlSeconds } = this.config.abuse;
    return createChallenge({
      algorithm: POW_ALGORITHM,
      cost: altchaCost,
      counter: randomInt(altchaMaxCounter, Math.ceil(altchaMaxCounter / 2)),
      deriveKey,
      expiresAt: new Date(now.getTime() + altchaChallengeTtlSeconds * 1000),
      ...this.secrets,
    });
  }

  /** Checks a payload without spending it: the caller spends `spend` in the transaction that stores the report. */
  async check(payload: string | undefined): Promise<PowCheck> {
    if (!payload) return { ok: false, failure: 'missing' };
    const parsed = parsePayload(payload);
    if (!parsed) return { ok: false, failure: 'invalid' };
    let verified: Awaited<ReturnType<typeof verifySolution>>;
    try {
      verified = await verifySolution({ challenge: parsed.challenge, solution: parsed.solution, deriveKey, ...this.secrets });
    } catch {
      return { ok: false, failure: 'invalid' };
    }
    if (verified.expired) return { ok: false, failure: 'expired' };
    if (!verified.verified) return { ok: false, failure: 'invalid' };
    const hash = createHash('sha256').update(parsed.challenge.signature as string).digest();
    if (await this.spent.isSpent('pow_challenge', hash)) return { ok: false, failure: 'already_used' };
    return { ok: true, spend: { kind: 'pow_challenge', hash, expiresAt: new Date((parsed.challenge.parameters.expiresAt as number) * 1000) } };
  }
}
