import { randomBytes } from 'node:crypto';
import { loadIntakeConfig } from './intake.config';

describe('intake config: abuse control and connection limits', () => {
  const base = {
    DATABASE_URL: 'postgres://x/y',
    NARRATIVE_KEK: randomBytes(32).toString('base64'),
    RECEIPT_PEPPER: randomBytes(32).toString('base64'),
    ALTCHA_HMAC_KEY: randomBytes(32).toString('base64'),
  };

  it('has production defaults', () => {
    const config = loadIntakeConfig(base);
    expect(config.abuse).toEqual({ altchaCost: 1_000, altchaMaxCounter: 5_000, altchaChallengeTtlSeconds: 3_600, noPowReportsPerHour: 30 });
    expect(config.limits).toEqual({ maxInFlight: 64, maxInFlightPerSocket: 2, maxRequestsPerSocket: 100, headersTimeoutMs: 20_000, requestTimeoutMs: 60_000, keepAliveTimeoutMs: 5_000, maxConnections: 1_024 });
    expect(loadIntakeConfig({ ...base, NO_POW_REPORTS_PER_HOUR: '0' }).abuse.noPowReportsPerHour).toBe(0);
  });

  it('refuses bad values in one line naming each variable, never echoing a secret', () => {
    const key = 'c2hvcnQ=';
    expect(() => loadIntakeConfig({ ...base, ALTCHA_HMAC_KEY: key, ALTCHA_COST: 'lots', ALTCHA_MAX_COUNTER: '1', HTTP_MAX_IN_FLIGHT: '0' })).toThrow(
      /^Invalid configuration: .*ALTCHA_HMAC_KEY must be 32 bytes in base64.*ALTCHA_COST must be a whole number from 1 to 1000000.*ALTCHA_MAX_COUNTER must be a whole number from 2 to 10000000.*HTTP_MAX_IN_FLIGHT must be a whole number from 1 to 100000$/,
    );
    expect(() => loadIntakeConfig({ ...base, ALTCHA_HMAC_KEY: undefined })).toThrow(/ALTCHA_HMAC_KEY must be 32 bytes/);
    try {
      loadIntakeConfig({ ...base, ALTCHA_HMAC_KEY: key });
    } catch (e) {
      expect((e as Error).message).not.toContain(key);
    }
  });
});
