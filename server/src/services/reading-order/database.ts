import type { Core } from '@strapi/strapi';

type TransactionCallback = Parameters<Core.Strapi['db']['transaction']>[0];

/** The knex transaction Strapi hands to `strapi.db.transaction` callbacks. */
export type Transaction = Parameters<TransactionCallback>[0]['trx'];

/** Runs `work` in the current transaction, or in a new one. */
export const inTransaction = <T>(strapi: Core.Strapi, work: (trx: Transaction) => Promise<T>): Promise<T> =>
  strapi.db.transaction(({ trx }) => work(trx)) as Promise<T>;
