import { randomBytes } from 'node:crypto';
import { loadIntakeConfig, type IntakeConfig } from '../../apps/intake-api/src/config/intake.config';

/** The intake config for unit tests: fresh keys, no database needed, a proof of work solved in milliseconds. */
export function unitIntakeConfig(overrides: Record<string, string | undefined> = {}): IntakeConfig {
  return loadIntakeConfig({
    DATABASE_URL: 'postgres://unused/x',
    NARRATIVE_KEK: randomBytes(32).toString('base64'),
    RECEIPT_PEPPER: randomBytes(32).toString('base64'),
    ALTCHA_HMAC_KEY: randomBytes(32).toString('base64'),
    ALTCHA_COST: '1',
    ALTCHA_MAX_COUNTER: '20',
    ...overrides,
  });
}
