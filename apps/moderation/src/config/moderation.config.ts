import { Expose, Transform } from 'class-transformer';
import { IsOptional, Matches } from 'class-validator';
import { CommonConfig, HttpConfig, loadConfigs, NarrativeKeyConfig } from '@tnr/platform';

export class OpsConfig {
  /** Bearer token for Prometheus scrapes of /metrics; unset: only admin sessions may read it. */
  @Expose({ name: 'METRICS_TOKEN' })
  @Transform(({ value }) => (value === '' ? undefined : value))
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{32,200}$/, { message: 'METRICS_TOKEN must be 32 to 200 letters, digits, dashes or underscores' })
  metricsToken?: string;
}

/**
 * The narrative keys decrypt messages with reporters (shown to staff redacted), raw
 * narratives for audited reveals and redaction review, and staff TOTP secrets.
 */
export const moderationConfigClasses = { common: CommonConfig, http: HttpConfig, narrative: NarrativeKeyConfig, ops: OpsConfig };
export type ModerationConfig = ReturnType<typeof loadModerationConfig>;

/** The only place the moderation app reads the environment. */
export function loadModerationConfig(env: Record<string, string | undefined> = process.env) {
  return loadConfigs(moderationConfigClasses, { PORT: '3001', ...env });
}
