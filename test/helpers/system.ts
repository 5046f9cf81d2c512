import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import type { AddressInfo } from 'node:net';
import { loadIntakeConfig } from '../../apps/intake-api/src/config/intake.config';
import { createIntakeApp } from '../../apps/intake-api/src/intake.app';
import { loadModerationConfig } from '../../apps/moderation/src/config/moderation.config';
import { createModerationApp } from '../../apps/moderation/src/moderation.app';
import { AuthService } from '../../apps/moderation/src/auth/auth.service';
import { loadWorkerConfig } from '../../apps/worker/src/config/worker.config';
import { createWorkerApp } from '../../apps/worker/src/worker.app';
import { testEnv } from './test-env';

export interface RunningSystem {
  env: Record<string, string | undefined>;
  intakeUrl: string;
  moderationUrl: string;
  intake: INestApplication;
  moderation: INestApplication;
  worker: INestApplicationContext;
  createStaff(username: string, password: string, role: 'admin' | 'moderator' | 'analyst'): Promise<string>;
  close(): Promise<void>;
}

function urlOf(app: INestApplication): string {
  const address = app.getHttpServer().address() as AddressInfo;
  return `http://127.0.0.1:${address.port}`;
}

/** Boots the three apps, as their main.ts files do, against the real database and queue. */
export async function startSystem(overrides: Record<string, string | undefined> = {}): Promise<RunningSystem> {
  const env = testEnv(overrides);
  const intakeConfig = loadIntakeConfig(env);
  const moderationConfig = loadModerationConfig(env);
  const worker = await createWorkerApp(loadWorkerConfig(env));
  let intake: INestApplication | undefined;
  let moderation: INestApplication | undefined;
  try {
    intake = await createIntakeApp(intakeConfig);
    await intake.listen(0, '127.0.0.1');
    moderation = await createModerationApp(moderationConfig);
    await moderation.listen(0, '127.0.0.1');
  } catch (e) {
    await intake?.close();
    await worker.close();
    throw e;
  }
  return {
    env,
    intake,
    moderation,
    worker,
    intakeUrl: urlOf(intake),
    moderationUrl: urlOf(moderation),
    createStaff: (username, password, role) => moderation.get(AuthService).createUser(username, password, role, new Date()),
    close: async () => {
      await intake.close();
      await moderation.close();
      await worker.close();
    },
  };
}
