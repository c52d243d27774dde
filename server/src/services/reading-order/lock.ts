import type { Core } from '@strapi/strapi';
import createHttpError from 'http-errors';

import type { TypeTables } from '../../registry';
import type { Transaction } from '../database';
import { advisoryKeyOf, locksFor, type LockRequest, type LockScope } from './lock-scope';

/**
 * MySQL/MariaDB have no transaction-scoped advisory lock, so writers lock rows. They
 * live in a table the plugin owns, keyed by a primary key: there is never a second
 * row of one name (a core-store row had no unique key, and an import that clears the
 * core store could leave two), and locking a row by key takes a record lock, not a
 * table scan or a gap. Strapi's schema sync leaves tables it did not create alone.
 */
const LOCK_TABLE = 'newsroom_locks';

/** PostgreSQL `lock_not_available` and MySQL `ER_LOCK_WAIT_TIMEOUT`. */
const isLockTimeout = (error: unknown) => {
  const { code, errno } = error as { code?: string; errno?: number };
  return code === '55P03' || code === 'ER_LOCK_WAIT_TIMEOUT' || errno === 1205;
};

/**
 * PostgreSQL `deadlock_detected` and MySQL `ER_LOCK_DEADLOCK`: a change started inside
 * another that needs a lock the outer one did not take can meet a change waiting the
 * other way; the database aborts one of them, which is then told to retry.
 */
const isDeadlock = (error: unknown) => {
  const { code, errno } = error as { code?: string; errno?: number };
  return code === '40P01' || code === 'ER_LOCK_DEADLOCK' || errno === 1213;
};

/** The answer when another change held the lock for longer than `readingOrder.lockTimeoutMs`: retry later. */
export const lockBusyError = (timeoutMs: number) => {
  const error = createHttpError(503, `The reading order is being changed by another request; waited ${timeoutMs} ms. Try again.`);
  error.details = { rule: 'busy' };
  return error;
};

type Knex = Transaction | Core.Strapi['db']['connection'];

const ensureLockTable = async (knex: Knex) => {
  if (await knex.schema.hasTable(LOCK_TABLE)) return;
  try {
    await knex.schema.createTable(LOCK_TABLE, (table: { string(name: string, length: number): { primary(): unknown } }) => {
      table.string('name', 64).primary();
    });
  } catch (error) {
    // Another instance made it first.
    if (!(await knex.schema.hasTable(LOCK_TABLE))) throw error;
  }
};

/**
 * Serializes reading-order changes that may meet, across every Strapi process on the
 * database, until the current transaction ends: changes of other types or locales
 * run side by side (see `lock-scope.ts`). Call it first thing in the transaction, so
 * that everything read afterwards includes the previous writer's commit. Waiting is
 * bounded: past `timeoutMs` the change fails with a 503 instead of stalling.
 */
export const createReadingOrderLock = (strapi: Core.Strapi, timeoutMs: () => number) => {
  const client = strapi.db.dialect.client;

  const acquirePostgres = async (trx: Transaction, locks: LockRequest[]) => {
    // SET LOCAL takes no bind parameters; the value is a validated integer.
    await trx.raw(`SET LOCAL lock_timeout = ${Math.trunc(timeoutMs())}`);
    for (const lock of locks) {
      const take = lock.shared ? 'pg_advisory_xact_lock_shared' : 'pg_advisory_xact_lock';
      await trx.raw(`SELECT ${take}(?::bigint)`, [advisoryKeyOf(lock.name)]);
    }
    await trx.raw('SET LOCAL lock_timeout = DEFAULT');
  };

  const lockRow = (trx: Transaction, lock: LockRequest) => {
    const query = trx(LOCK_TABLE).select('name').where({ name: lock.name });
    return lock.shared ? query.forShare() : query.forUpdate();
  };

  /**
   * Locking reads only, before the locks are held: InnoDB's REPEATABLE READ takes its
   * snapshot at a transaction's first plain read, which must come after the previous
   * writer's commit. Rows are made at start-up for every served type and locale; one
   * of a locale added since is inserted here by its first change.
   */
  const acquireMysql = async (trx: Transaction, locks: LockRequest[]) => {
    // InnoDB counts in whole seconds (at least 1); the setting is per connection, so it is set every time.
    await trx.raw(`SET SESSION innodb_lock_wait_timeout = ${Math.max(1, Math.ceil(timeoutMs() / 1000))}`);
    for (const lock of locks) {
      if ((await lockRow(trx, lock)).length > 0) continue;
      // A new locale, or someone removed the row: put it in (the primary key keeps it single) and lock it.
      await trx(LOCK_TABLE).insert({ name: lock.name }).onConflict('name').ignore();
      await lockRow(trx, lock);
    }
  };

  return {
    /**
     * Creates the MySQL lock table and the rows of these scopes ahead of time (at
     * bootstrap, outside any transaction) so that changes find them and the first
     * writers do not race to insert them.
     */
    async prepare(scopes: LockScope[]) {
      if (client !== 'mysql') return;
      const connection = strapi.db.connection;
      await ensureLockTable(connection);
      const names = [...new Set(scopes.flatMap((scope) => locksFor(scope).map((lock) => lock.name)))];
      for (let start = 0; start < names.length; start += 500) {
        await connection(LOCK_TABLE)
          .insert(names.slice(start, start + 500).map((name) => ({ name })))
          .onConflict('name')
          .ignore();
      }
    },

    async acquire(trx: Transaction, scope: LockScope) {
      const locks = locksFor(scope);
      try {
        if (client === 'postgres') await acquirePostgres(trx, locks);
        else if (client === 'mysql') await acquireMysql(trx, locks);
        // SQLite: Strapi uses one connection, so transactions already run one at a time.
      } catch (error) {
        if (isLockTimeout(error) || isDeadlock(error)) throw lockBusyError(timeoutMs());
        throw error;
      }
    },
  };
};

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
