import { Expose, Transform } from 'class-transformer';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { IsOptional, IsString, Matches } from 'class-validator';
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
 * The built admin UI (`npm run build` writes it to dist/admin-ui). By default the first
 * `dist/admin-ui` found above this file, which is the same folder whether the code runs from
 * dist/ (npm start, Docker) or from the TypeScript sources (tests).
 */
export function defaultAdminUiDir(from: string = __dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'dist', 'admin-ui');
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return join(from, 'admin-ui-not-built');
  }
}

export class AdminUiConfig {
  @Expose({ name: 'ADMIN_UI_DIR' })
  @Transform(({ value }) => (value === '' ? defaultAdminUiDir() : value))
  @IsString()
  @Matches(/^\//, { message: 'ADMIN_UI_DIR must be an absolute path' })
  dir: string = defaultAdminUiDir();
}

/**
 * The narrative keys decrypt messages with reporters (shown to staff redacted), raw
 * narratives for audited reveals and redaction review, and staff TOTP secrets.
 */
export const moderationConfigClasses = { common: CommonConfig, http: HttpConfig, narrative: NarrativeKeyConfig, ops: OpsConfig, adminUi: AdminUiConfig };
export type ModerationConfig = ReturnType<typeof loadModerationConfig>;

/** The only place the moderation app reads the environment. */
export function loadModerationConfig(env: Record<string, string | undefined> = process.env) {
  return loadConfigs(moderationConfigClasses, { PORT: '3001', ...env });
}
