import type { Core } from '@strapi/strapi';
import { createStrapi } from '@strapi/strapi';
import supertest from 'supertest';

import { PLAYGROUND_DIR, PLAYGROUND_DIST_DIR } from '../setup/paths';
import { createTestDatabase, type DatabaseClient, type TestDatabase } from './database';

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
 * Waits (up to 10 s) until no database work is in flight. Strapi emits document
 * events after the write that caused them, each with its own queries; destroying
 * Strapi under them rejects them with pool errors that fail the test file.
 */
const settle = async (strapi: Core.Strapi) => {
  const pool = (strapi.db.connection as any).client?.pool;
  if (!pool) return;
  let idleChecks = 0;
  for (let waited = 0; waited < 10_000 && idleChecks < 3; waited += 50) {
    idleChecks = pool.numUsed() === 0 && pool.numPendingAcquires() === 0 ? idleChecks + 1 : 0;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

const boot = async (database: TestDatabase, env: Record<string, string>): Promise<TestApp> => {
  const bootEnv = {
    NEWSROOM_SEED: 'false',
    NEWSROOM_DOCUMENTATION: 'false',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'error',
    ...database.env,
    ...env,
  };

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
      await settle(strapi);
      await strapi.destroy();
      await database.drop();
    },
  };
};

/**
 * Boots the compiled playground on a fresh database. `env` applies to this boot only
 * (for example `NEWSROOM_SEED: 'true'`); demo seeding and the OpenAPI generation are
 * off unless asked for.
 */
export const startTestApp = async (env: Record<string, string> = {}): Promise<TestApp> => boot(await createTestDatabase(), env);

/** Boots the compiled playground on a fresh database of another client than the suite's (a move from SQLite to PostgreSQL, say). */
export const startTestAppOn = async (client: DatabaseClient, env: Record<string, string> = {}): Promise<TestApp> =>
  boot(await createTestDatabase(client), env);

/**
 * Stops the app but keeps its database, for another app to run in this process meanwhile
 * (Strapi allows one instance per process); `resumeTestApp` boots it again.
 */
export const pauseTestApp = async (app: TestApp): Promise<TestDatabase> => {
  await settle(app.strapi);
  await app.strapi.destroy();
  return app.database;
};

/** Boots the playground on the database of a paused app, with `env` for the new boot. */
export const resumeTestApp = (database: TestDatabase, env: Record<string, string> = {}): Promise<TestApp> => boot(database, env);

/** Stops the app and boots the playground again on the same database, with `env` for the new boot (a site changing its configuration). */
export const restartTestApp = async (app: TestApp, env: Record<string, string> = {}): Promise<TestApp> =>
  resumeTestApp(await pauseTestApp(app), env);
