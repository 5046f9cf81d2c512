import 'reflect-metadata';
import { runOrExit } from '@tnr/platform';
import { loadIntakeConfig } from './config/intake.config';
import { createIntakeApp } from './intake.app';

void runOrExit(async () => {
  const config = loadIntakeConfig();
  const app = await createIntakeApp(config);
  await app.listen(config.http.port, config.http.host);
  process.stdout.write(`intake-api listening on http://${config.http.host}:${config.http.port}\n`);
});
