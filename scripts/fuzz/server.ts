/**
 * The playground on a throw-away database with the demo content (the helpers the
 * browser and integration tests use), a knex connection to the same database for
 * the invariants, and a second playground on that database with the reader cache off,
 * whose answers the reader cache check compares with the first one's.
 */
import knexFactory, { type Knex } from 'knex';

import { startPlayground, type Playground } from '../../tests/e2e/support/playground';
import { createTestDatabase, type DatabaseClient } from '../../tests/integration/helpers/database';

export interface FuzzServer extends Playground {
  knex: Knex;
  database: DatabaseClient;
  /** The same app on the same database with `cache.maxBytes: 0`: every answer computed from the database. Only read from. */
  fresh: Playground;
  /** How long the fresh instance took to start. */
  freshStartMs: number;
}

export const startFuzzServer = async (client: DatabaseClient, env: Record<string, string>): Promise<FuzzServer> => {
  const database = await createTestDatabase(client);
  // The OpenAPI document is not fuzzed and costs seconds at start.
  const common = { NEWSROOM_DOCUMENTATION: 'false', ...env };
  // No expiry (ttlMs 0): every write the fuzz makes goes through Strapi, so an answer it leaves stale is a bug however
  // old, and the default expiry (1 s on MySQL without Redis) would hide it.
  const playground = await startPlayground({ NEWSROOM_CACHE_TTL_MS: '0', ...common }, database);
  const started = performance.now();
  let fresh: Playground;
  try {
    // Started once the first has seeded the database and before any request: on SQLite its start-up writes
    // (schema check, permissions) then never meet the fuzz's. Afterwards it is sent reader GETs only, during the
    // checks, when nothing is in flight (Strapi's one write there: an API token's lastUsedAt, at most hourly).
    // The database is the first one's to drop.
    fresh = await startPlayground({ ...common, NEWSROOM_CACHE_MAX_BYTES: '0' }, { ...database, drop: async () => {} });
  } catch (error) {
    await playground.stop();
    throw error;
  }
  const freshStartMs = performance.now() - started;
  const knex = knexFactory({ ...database.knexConfig, pool: { min: 0, max: 2 } });
  return {
    ...playground,
    knex,
    database: client,
    fresh,
    freshStartMs,
    async stop() {
      await knex.destroy();
      await fresh.stop();
      await playground.stop();
    },
  };
};
