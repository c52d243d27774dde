import type { TestApp } from './strapi';

/** Counts the SQL statements (knex query events) a piece of work runs. */
export const countStatements = async (app: TestApp, work: () => Promise<unknown>): Promise<number> => {
  let count = 0;
  const listener = () => {
    count += 1;
  };
  app.strapi.db.connection.on('query', listener);
  try {
    await work();
  } finally {
    app.strapi.db.connection.off('query', listener);
  }
  return count;
};
