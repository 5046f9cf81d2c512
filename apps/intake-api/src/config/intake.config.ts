import { AltchaKeyConfig, CommonConfig, HttpConfig, IntegerSetting, loadConfigs, NarrativeKeyConfig, ReceiptKeyConfig, type ConnectionLimits } from '@tnr/platform';

/** Abuse control without tracking anyone: proof of work, and a global budget for reports sent without it. */
export class IntakeAbuseConfig {
  /** PBKDF2-SHA-256 iterations per attempt. The server spends one attempt per challenge issued. */
  @IntegerSetting('ALTCHA_COST', 1, 1_000_000)
  altchaCost: number = 1_000;

  /** Difficulty: the secret counter is drawn from [max/2, max]; a client tries ~0.75·max attempts on average. */
  @IntegerSetting('ALTCHA_MAX_COUNTER', 2, 10_000_000)
  altchaMaxCounter: number = 5_000;

  /** How long a challenge may be solved and used (the form solves on load; a report may take long to write). */
  @IntegerSetting('ALTCHA_CHALLENGE_TTL_SECONDS', 10, 86_400)
  altchaChallengeTtlSeconds: number = 3_600;

  /** Reports the form accepts per hour without proof of work (JavaScript off), for everyone together; 0 refuses them. */
  @IntegerSetting('NO_POW_REPORTS_PER_HOUR', 0, 100_000)
  noPowReportsPerHour: number = 30;
}

/** Per-connection and process-wide request limits, held in memory (see ConnectionLimits). */
export class HttpLimitsConfig implements ConnectionLimits {
  @IntegerSetting('HTTP_MAX_IN_FLIGHT', 1, 100_000)
  maxInFlight: number = 64;

  @IntegerSetting('HTTP_MAX_IN_FLIGHT_PER_SOCKET', 1, 1_000)
  maxInFlightPerSocket: number = 2;

  @IntegerSetting('HTTP_MAX_REQUESTS_PER_SOCKET', 1, 100_000)
  maxRequestsPerSocket: number = 100;

  /** Generous for Tor circuits: headers rarely take more than a few seconds even there. */
  @IntegerSetting('HTTP_HEADERS_TIMEOUT_MS', 200, 600_000)
  headersTimeoutMs: number = 20_000;

  /** A 256 kB body over a slow Tor circuit on a phone still fits. */
  @IntegerSetting('HTTP_REQUEST_TIMEOUT_MS', 200, 600_000)
  requestTimeoutMs: number = 60_000;

  @IntegerSetting('HTTP_KEEP_ALIVE_TIMEOUT_MS', 100, 600_000)
  keepAliveTimeoutMs: number = 5_000;

  @IntegerSetting('HTTP_MAX_CONNECTIONS', 1, 1_000_000)
  maxConnections: number = 1_024;
}

export const intakeConfigClasses = {
  common: CommonConfig,
  http: HttpConfig,
  narrative: NarrativeKeyConfig,
  receipt: ReceiptKeyConfig,
  altcha: AltchaKeyConfig,
  abuse: IntakeAbuseConfig,
  limits: HttpLimitsConfig,
};
export type IntakeConfig = ReturnType<typeof loadIntakeConfig>;

/** The only place the intake app reads the environment. */
export function loadIntakeConfig(env: Record<string, string | undefined> = process.env) {
  return loadConfigs(intakeConfigClasses, { PORT: '3000', ...env });
}
