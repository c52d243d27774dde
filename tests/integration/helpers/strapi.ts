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

/**
 * Boots the compiled playground on a fresh database. `env` adds to the environment
 * for this boot only (for example `NEWSROOM_SEED: 'true'`); demo seeding is off unless asked.
 */
export const startTestApp = async (env: Record<string, string> = {}): Promise<TestApp> => {
  const database = await createTestDatabase();
  Object.assign(process.env, { NEWSROOM_SEED: 'false', STRAPI_LOG_LEVEL: 'error' }, database.env, env);

  const strapi = await createStrapi({
    appDir: PLAYGROUND_DIR,
    distDir: PLAYGROUND_DIST_DIR,
    autoReload: false,
    serveAdminPanel: false,
  }).load();
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
