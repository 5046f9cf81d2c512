import { CommonConfig, HttpConfig, loadConfigs, NarrativeKeyConfig } from '@tnr/platform';

/**
 * The narrative keys decrypt messages with reporters (shown to staff redacted), raw
 * narratives for audited reveals and redaction review, and staff TOTP secrets.
 */
export const moderationConfigClasses = { common: CommonConfig, http: HttpConfig, narrative: NarrativeKeyConfig };
export type ModerationConfig = ReturnType<typeof loadModerationConfig>;

/** The only place the moderation app reads the environment. */
export function loadModerationConfig(env: Record<string, string | undefined> = process.env) {
  return loadConfigs(moderationConfigClasses, { PORT: '3001', ...env });
}
