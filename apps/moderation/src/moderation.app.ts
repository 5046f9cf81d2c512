import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { configureHttpApp, OpenApiDocument } from '@tnr/platform';
import type { ModerationConfig } from './config/moderation.config';
import { ModerationModule } from './moderation.module';
import { mountQueueDashboard } from './ops/queue-dashboard';

/** The staff API's OpenAPI document (also generated offline for the admin UI: scripts/generate-admin-ui-api.ts). */
export const MODERATION_OPENAPI_INFO = { title: 'TNR Watch moderation API', description: 'Staff triage of redacted reports, decisions, and partner NGO statistics.', security: 'staff' } as const;

/** Builds the staff-facing moderation app (used by main.ts and by the end-to-end tests). */
export async function createModerationApp(config: ModerationConfig): Promise<INestApplication> {
  const app = await NestFactory.create(ModerationModule.register(config), { bodyParser: false, bufferLogs: true });
  configureHttpApp(app);
  mountQueueDashboard(app);
  app.get(OpenApiDocument).build(app, MODERATION_OPENAPI_INFO);
  return app;
}
