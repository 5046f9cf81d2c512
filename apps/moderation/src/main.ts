import 'reflect-metadata';
import { runOrExit } from '@tnr/platform';
import { loadModerationConfig } from './config/moderation.config';
import { createModerationApp } from './moderation.app';

void runOrExit(async () => {
  const config = loadModerationConfig();
  const app = await createModerationApp(config);
  await app.listen(config.http.port, config.http.host);
  process.stdout.write(`moderation listening on http://${config.http.host}:${config.http.port}\n`);
});
