import type { Core } from '@strapi/strapi';

type TransactionCallback = Parameters<Core.Strapi['db']['transaction']>[0];

/** The knex transaction Strapi hands to `strapi.db.transaction` callbacks. */
export type Transaction = Parameters<TransactionCallback>[0]['trx'];

/** Runs `work` in the current transaction, or in a new one. */
export const inTransaction = <T>(strapi: Core.Strapi, work: (trx: Transaction) => Promise<T>): Promise<T> =>
  strapi.db.transaction(({ trx }) => work(trx)) as Promise<T>;

/**
 * The largest row id the database can hold: Strapi's `increments` ids are 32-bit
 * integers on PostgreSQL (signed) and MySQL (unsigned). A larger id in a request
 * names no row; sent to PostgreSQL it fails with "out of range" instead.
 */
export const maxRowId = (strapi: Core.Strapi): number => {
  const client = strapi.db.dialect.client;
  if (client === 'postgres') return 2_147_483_647;
  if (client === 'mysql') return 4_294_967_295;
  return Number.MAX_SAFE_INTEGER;
};

/** MySQL stops recursive CTEs after 1000 rounds by default; the hint lifts that, other databases read it as a comment. */
export const RECURSION_HINT = '/*+ SET_VAR(cte_max_recursion_depth = 10000000) */';

/** A link row as selected by the plugin's statements (drivers may answer ids as strings). */
export interface RawLinkRow {
  previousId: number | string;
  nextId: number | string;
}

/** A row as the database driver answers it: column name to value (numbers may come back as strings). */
export type RawRow = Record<string, unknown>;

/**
 * knex.raw answers `{ rows }` on PostgreSQL, `[rows, fields]` on MySQL and a bare array
 * on SQLite. `Row` names the columns the statement selects: the caller's SQL is the
 * only thing that knows them.
 */
export const rowsOf = <Row extends object = RawRow>(result: unknown): Row[] => {
  if (Array.isArray(result)) return (Array.isArray(result[0]) ? result[0] : result) as Row[];
  return (result as { rows: Row[] }).rows;
};
