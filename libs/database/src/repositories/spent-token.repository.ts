import { Inject, Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { DATA_SOURCE } from '../database.tokens';

/** Kinds of one-time values intake refuses to accept twice. */
export type SpentTokenKind = 'pow_challenge' | 'form_submission';

/**
 * A one-time value to mark as used: only a 32-byte hash of it, and the time after which the
 * value is refused anyway (stored rounded up to the hour, so it never dates a visit precisely).
 */
export interface SpentToken {
  kind: SpentTokenKind;
  hash: Buffer;
  expiresAt: Date;
}

/** Raised inside a transaction when one of its tokens was spent already; the transaction rolls back. */
export class TokenAlreadySpentError extends Error {
  constructor(readonly kind: SpentTokenKind) {
    super(`${kind} already spent`);
    this.name = 'TokenAlreadySpentError';
  }
}

const HOUR_MS = 3_600_000;

/** The end of the hour `at` falls in (or `at` itself on a whole hour). */
export function ceilToHour(at: Date): Date {
  return new Date(Math.ceil(at.getTime() / HOUR_MS) * HOUR_MS);
}

/**
 * Records `tokens` as spent in the caller's transaction; throws TokenAlreadySpentError for
 * the first one already recorded (a concurrent double submission loses here, atomically).
 */
export async function spendTokens(tx: EntityManager, tokens: readonly SpentToken[]): Promise<void> {
  for (const token of tokens) {
    const inserted: unknown[] = await tx.query(
      `INSERT INTO spent_tokens (kind, token_hash, expires_at) VALUES ($1, $2, $3)
       ON CONFLICT (kind, token_hash) DO NOTHING RETURNING 1`,
      [token.kind, token.hash, ceilToHour(token.expiresAt)],
    );
    if (inserted.length === 0) throw new TokenAlreadySpentError(token.kind);
  }
}

@Injectable()
export class SpentTokenRepository {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  /** Whether the value with this hash was spent (a cheap check before any work; spendTokens decides). */
  async isSpent(kind: SpentTokenKind, hash: Buffer): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(`SELECT 1 FROM spent_tokens WHERE kind = $1 AND token_hash = $2`, [kind, hash]);
    return rows.length > 0;
  }

  /** Forgets values whose expiry has passed: they are refused as expired from then on. */
  async purgeExpired(now: Date): Promise<number> {
    const [, affected]: [unknown, number] = await this.dataSource.query(`DELETE FROM spent_tokens WHERE expires_at < $1`, [now]);
    return affected;
  }
}
