import { Expose } from 'class-transformer';
import { MinLength } from 'class-validator';
import { CommonConfig, HttpConfig, loadConfigs, NarrativeKeyConfig } from '@tnr/platform';

export class NgoAccessConfig {
  /** Until NGO keys are issued by admins, one partner key comes from the environment. */
  @Expose({ name: 'NGO_API_KEY' })
  @MinLength(32, { message: 'NGO_API_KEY must be at least 32 characters' })
  ngoApiKey!: string;
}

/** The narrative keys decrypt messages with reporters (shown to staff redacted). */
export const moderationConfigClasses = { common: CommonConfig, http: HttpConfig, ngo: NgoAccessConfig, narrative: NarrativeKeyConfig };
export type ModerationConfig = ReturnType<typeof loadModerationConfig>;

/** The only place the moderation app reads the environment. */
export function loadModerationConfig(env: Record<string, string | undefined> = process.env) {
  return loadConfigs(moderationConfigClasses, { PORT: '3001', ...env });
}
