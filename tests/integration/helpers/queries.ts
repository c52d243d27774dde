import type { TestApp } from './strapi';

/**
 * Counts the SQL statements (knex query events) a piece of work runs. With `table`,
 * only those naming that table: background work of Strapi (webhook runner, token
 * bookkeeping) can land in the same window and would make exact counts flaky.
 */
export const countStatements = async (app: TestApp, work: () => Promise<unknown>, { table }: { table?: string } = {}): Promise<number> => {
  // Revalidation events of earlier commits are computed in the background: let them finish first.
  await app.strapi.plugin('newsroom').service('revalidation').settled();
  let count = 0;
  const listener = (query: { sql?: string }) => {
    if (!table || query.sql?.includes(table)) count += 1;
  };
  app.strapi.db.connection.on('query', listener);
  try {
    await work();
  } finally {
    app.strapi.db.connection.off('query', listener);
  }
  return count;
};
