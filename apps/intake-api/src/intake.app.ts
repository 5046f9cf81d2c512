import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { configureHttpApp, OpenApiDocument } from '@tnr/platform';
import type { IntakeConfig } from './config/intake.config';
import { formErrorPage } from './form/form-error-page';
import { IntakeModule } from './intake.module';

/** Builds the public intake app (used by main.ts and by the end-to-end tests). */
export async function createIntakeApp(config: IntakeConfig): Promise<INestApplication> {
  const app = await NestFactory.create(IntakeModule.register(config), { bodyParser: false, bufferLogs: true });
  configureHttpApp(app, { errorPage: formErrorPage, connectionLimits: config.limits });
  app.get(OpenApiDocument).build(app, { title: 'TNR Watch intake API', description: 'Anonymous submission of reports and follow-up by receipt. Never send identifying data you do not need to; receipts travel in POST bodies only.', security: 'none' });
  return app;
}
