import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import type { AddressInfo } from 'node:net';
import { loadIntakeConfig } from '../../apps/intake-api/src/config/intake.config';
import { createIntakeApp } from '../../apps/intake-api/src/intake.app';
import { loadModerationConfig } from '../../apps/moderation/src/config/moderation.config';
import { createModerationApp } from '../../apps/moderation/src/moderation.app';
import { loadWorkerConfig } from '../../apps/worker/src/config/worker.config';
import { createWorkerApp } from '../../apps/worker/src/worker.app';
import { DATA_SOURCE, NgoKeyRepository, type NgoKeyScope } from '@tnr/database';
import { insertStaff, loginStaff, openSessionDirectly } from './staff';
import { testEnv } from './test-env';

export interface RunningSystem {
  env: Record<string, string | undefined>;
  intakeUrl: string;
  moderationUrl: string;
  intake: INestApplication;
  moderation: INestApplication;
  worker: INestApplicationContext;
  createStaff(username: string, password: string, role: 'admin' | 'moderator' | 'analyst'): Promise<string>;
  /** Password + TOTP login (enrols on the first call); returns a bearer token. */
  login(username: string, password: string): Promise<string>;
  /** A session opened directly in the database (no password, no TOTP): for tests about other routes. */
  session(username: string): Promise<string>;
  /** An admin-issued partner key (shown once), by default with every scope. */
  createNgoKey(scopes?: NgoKeyScope[]): Promise<string>;
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
    createStaff: (username, password, role) => insertStaff(moderation.get(DATA_SOURCE), username, password, role),
    login: async (username, password) => (await loginStaff(urlOf(moderation), username, password)).token,
    session: (username) => openSessionDirectly(moderation.get(DATA_SOURCE), username),
    createNgoKey: async (scopes = ['statistics:read', 'metadata:read']) => (await moderation.get(NgoKeyRepository).create({ name: 'test partner', scopes, expiresOn: null }, null, new Date())).key,
    close: async () => {
      await intake.close();
      await moderation.close();
      await worker.close();
    },
  };
}
