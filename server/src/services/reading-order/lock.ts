import type { Core } from '@strapi/strapi';
import createHttpError from 'http-errors';

import type { TypeTables } from '../../registry';
import type { Transaction } from '../database';

/** `'newsroom'` in ASCII: the PostgreSQL advisory lock key for reading-order changes. */
const ADVISORY_LOCK_KEY = '7954894083592859501';

/**
 * MySQL/MariaDB have no transaction-scoped advisory lock, so writers lock a row. It
 * lives in a table the plugin owns, keyed by a primary key: there is never a second
 * lock row (a core-store row had no unique key, and an import that clears the core
 * store could leave two), and locking it by key takes a row lock, not a table scan.
 * Strapi's schema sync leaves tables it did not create alone.
 */
const LOCK_TABLE = 'newsroom_locks';
const LOCK_NAME = 'reading-order';

/** PostgreSQL `lock_not_available` and MySQL `ER_LOCK_WAIT_TIMEOUT`. */
const isLockTimeout = (error: unknown) => {
  const { code, errno } = error as { code?: string; errno?: number };
  return code === '55P03' || code === 'ER_LOCK_WAIT_TIMEOUT' || errno === 1205;
};

/** The answer when another change held the lock for longer than `readingOrder.lockTimeoutMs`: retry later. */
export const lockBusyError = (timeoutMs: number) => {
  const error = createHttpError(
    503,
    `The reading order is being changed by another request; waited ${timeoutMs} ms. Try again.`
  );
  error.details = { rule: 'busy' };
  return error;
};

type Knex = Transaction | Core.Strapi['db']['connection'];

const ensureLockTable = async (knex: Knex) => {
  if (!(await knex.schema.hasTable(LOCK_TABLE))) {
    try {
      await knex.schema.createTable(LOCK_TABLE, (table) => {
        table.string('name', 64).primary();
      });
    } catch (error) {
      // Another instance made it first.
      if (!(await knex.schema.hasTable(LOCK_TABLE))) throw error;
    }
  }
  await knex(LOCK_TABLE).insert({ name: LOCK_NAME }).onConflict('name').ignore();
};

/**
 * Serializes reading-order changes across every Strapi process on the database,
 * until the current transaction ends. Call it first thing in the transaction, so
 * that everything read afterwards includes the previous writer's commit. Waiting
 * is bounded: past `timeoutMs` the change fails with a 503 instead of stalling.
 */
export const createReadingOrderLock = (strapi: Core.Strapi, timeoutMs: () => number) => {
  const client = strapi.db.dialect.client;

  const acquirePostgres = async (trx: Transaction) => {
    // SET LOCAL takes no bind parameters; the value is a validated integer.
    await trx.raw(`SET LOCAL lock_timeout = ${Math.trunc(timeoutMs())}`);
    await trx.raw('SELECT pg_advisory_xact_lock(?::bigint)', [ADVISORY_LOCK_KEY]);
    await trx.raw('SET LOCAL lock_timeout = DEFAULT');
  };

  const acquireMysql = async (trx: Transaction) => {
    // InnoDB counts in whole seconds (at least 1); the setting is per connection, so it is set every time.
    await trx.raw(`SET SESSION innodb_lock_wait_timeout = ${Math.max(1, Math.ceil(timeoutMs() / 1000))}`);
    const locked = await trx(LOCK_TABLE).select('name').where({ name: LOCK_NAME }).forUpdate();
    if (locked.length === 0) {
      // Someone removed the row: put it back (the primary key keeps it single) and lock it.
      await trx(LOCK_TABLE).insert({ name: LOCK_NAME }).onConflict('name').ignore();
      await trx(LOCK_TABLE).select('name').where({ name: LOCK_NAME }).forUpdate();
    }
  };

  return {
    /** Creates the MySQL lock table and row ahead of time (at bootstrap) so the first writers do not race for it. */
    async prepare() {
      if (client === 'mysql') await ensureLockTable(strapi.db.connection);
    },

    async acquire(trx: Transaction) {
      try {
        if (client === 'postgres') await acquirePostgres(trx);
        else if (client === 'mysql') await acquireMysql(trx);
        // SQLite: Strapi uses one connection, so transactions already run one at a time.
      } catch (error) {
        if (isLockTimeout(error)) throw lockBusyError(timeoutMs());
        throw error;
      }
    },
  };
};

export type ReadingOrderLock = ReturnType<typeof createReadingOrderLock>;

/**
 * Locks the rows of one article (every locale and version) until the transaction
 * ends: what a save that changes no link holds instead of the reading-order lock.
 * PostgreSQL's FOR NO KEY UPDATE still lets other transactions insert link rows
 * pointing at the article (their foreign-key check takes KEY SHARE). SQLite has one
 * writer: nothing to lock.
 */
export const lockDocumentRows = async (strapi: Core.Strapi, trx: Transaction, tables: TypeTables, documentId: string) => {
  const client = strapi.db.dialect.client;
  if (client !== 'postgres' && client !== 'mysql') return;
  const query = trx(tables.articles).select(tables.columns.id).where(tables.columns.documentId, documentId);
  await (client === 'postgres' ? query.forNoKeyUpdate() : query.forUpdate());
};
