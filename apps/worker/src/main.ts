import 'reflect-metadata';
import { runOrExit } from '@tnr/platform';
import { loadWorkerConfig } from './config/worker.config';
import { createWorkerApp } from './worker.app';

void runOrExit(async () => {
  const config = loadWorkerConfig();
  await createWorkerApp(config);
});
