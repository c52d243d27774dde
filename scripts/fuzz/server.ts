/**
 * The playground on a throw-away database with the demo content (the helpers the
 * browser and integration tests use), plus a knex connection to the same database
 * for the invariants.
 */
import knexFactory, { type Knex } from 'knex';

import { startPlayground, type Playground } from '../../tests/e2e/support/playground';
import { createTestDatabase, type DatabaseClient } from '../../tests/integration/helpers/database';

export interface FuzzServer extends Playground {
  knex: Knex;
  database: DatabaseClient;
}

export const startFuzzServer = async (client: DatabaseClient, env: Record<string, string>): Promise<FuzzServer> => {
  const database = await createTestDatabase(client);
  const playground = await startPlayground(
    // The OpenAPI document is not fuzzed and costs seconds at start.
    { NEWSROOM_DOCUMENTATION: 'false', ...env },
    database
  );
  const knex = knexFactory({ ...database.knexConfig, pool: { min: 0, max: 2 } });
  return {
    ...playground,
    knex,
    database: client,
    async stop() {
      await knex.destroy();
      await playground.stop();
    },
  };
};
