import type { Core } from '@strapi/strapi';
import { createStrapi } from '@strapi/strapi';
import supertest from 'supertest';

import { PLAYGROUND_DIR, PLAYGROUND_DIST_DIR } from '../setup/paths';
import { createTestDatabase, type TestDatabase } from './database';

export interface TestApp {
  strapi: Core.Strapi;
  database: TestDatabase;
  http(): supertest.Agent;
  stop(): Promise<void>;
}

/** Sets environment variables for the duration of `run`, then restores the old values. */
const withEnv = async <T>(env: Record<string, string>, run: () => Promise<T>): Promise<T> => {
  const saved = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
  Object.assign(process.env, env);
  try {
    return await run();
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
};

/**
 * Boots the compiled playground on a fresh database. `env` applies to this boot only
 * (for example `NEWSROOM_SEED: 'true'`); demo seeding and the OpenAPI generation are
 * off unless asked for.
 */
export const startTestApp = async (env: Record<string, string> = {}): Promise<TestApp> => {
  const database = await createTestDatabase();
  const bootEnv = { NEWSROOM_SEED: 'false', NEWSROOM_DOCUMENTATION: 'false', LOG_LEVEL: process.env.LOG_LEVEL ?? 'error', ...database.env, ...env };

  // Strapi reads its configuration both when created and when loaded.
  const strapi = await withEnv(bootEnv, async () => {
    const instance = createStrapi({
      appDir: PLAYGROUND_DIR,
      distDir: PLAYGROUND_DIST_DIR,
      autoReload: false,
      serveAdminPanel: false,
    });
    try {
      return await instance.load();
    } catch (error) {
      await instance.destroy().catch(() => undefined);
      await database.drop();
      throw error;
    }
  });
  strapi.server.mount();

  return {
    strapi,
    database,
    http: () => supertest.agent(strapi.server.httpServer),
    async stop() {
      await strapi.destroy();
      await database.drop();
    },
  };
};
