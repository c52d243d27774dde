import type { Core } from '@strapi/strapi';
import type { Transaction } from './database';

/** `'newsroom'` in ASCII: the PostgreSQL advisory lock key for reading-order changes. */
const ADVISORY_LOCK_KEY = '7954894083592859501';

/** The core-store row that MySQL/MariaDB writers lock, as they have no transaction-scoped advisory lock. */
const LOCK_ROW_KEY = 'plugin_newsroom_reading-order-lock';
const STORE_TABLE = 'strapi_core_store_settings';

const ensureLockRow = async (knex: Transaction | Core.Strapi['db']['connection']): Promise<number> => {
  const existing = await knex(STORE_TABLE).select('id').where({ key: LOCK_ROW_KEY }).orderBy('id').first();
  if (existing) return existing.id;
  await knex(STORE_TABLE).insert({
    key: LOCK_ROW_KEY,
    value: JSON.stringify('Row locked (SELECT ... FOR UPDATE) to serialize reading-order changes.'),
    type: 'string',
    environment: null,
    tag: null,
  });
  return (await knex(STORE_TABLE).select('id').where({ key: LOCK_ROW_KEY }).orderBy('id').first()).id;
};

/**
 * Serializes reading-order changes across every Strapi process on the database,
 * until the current transaction ends. Call it first thing in the transaction, so
 * that everything read afterwards includes the previous writer's commit.
 */
export const createReadingOrderLock = (strapi: Core.Strapi) => {
  const client = strapi.db.dialect.client;
  let lockRowId: number | undefined;

  return {
    /** Creates the MySQL lock row ahead of time (at bootstrap) so the first writers do not race for it. */
    async prepare() {
      if (client === 'mysql') lockRowId = await ensureLockRow(strapi.db.connection);
    },

    async acquire(trx: Transaction) {
      if (client === 'postgres') {
        await trx.raw('SELECT pg_advisory_xact_lock(?::bigint)', [ADVISORY_LOCK_KEY]);
      } else if (client === 'mysql') {
        lockRowId ??= await ensureLockRow(trx);
        const locked = await trx(STORE_TABLE).select('id').where({ id: lockRowId }).forUpdate();
        if (locked.length === 0) {
          // Someone removed the row: make a new one and lock that.
          lockRowId = await ensureLockRow(trx);
          await trx(STORE_TABLE).select('id').where({ id: lockRowId }).forUpdate();
        }
      }
      // SQLite: Strapi uses one connection, so transactions already run one at a time.
    },
  };
};

export type ReadingOrderLock = ReturnType<typeof createReadingOrderLock>;
