import path from 'path';

type Client = 'sqlite' | 'postgres' | 'mysql';

/**
 * SQLite by default (`.tmp/data.db`); `DATABASE_CLIENT=postgres|mysql` with the usual
 * `DATABASE_HOST`, `DATABASE_PORT`, `DATABASE_NAME`, `DATABASE_USERNAME`,
 * `DATABASE_PASSWORD` switches to a server.
 */
export default ({ env }) => {
  const client = env('DATABASE_CLIENT', 'sqlite') as Client;

  const server = (defaultPort: number, defaultUser: string) => ({
    host: env('DATABASE_HOST', '127.0.0.1'),
    port: env.int('DATABASE_PORT', defaultPort),
    database: env('DATABASE_NAME', 'newsroom'),
    user: env('DATABASE_USERNAME', defaultUser),
    password: env('DATABASE_PASSWORD', ''),
  });

  const connections = {
    sqlite: {
      connection: {
        filename: path.join(__dirname, '..', '..', env('DATABASE_FILENAME', '.tmp/data.db')),
      },
      useNullAsDefault: true,
    },
    postgres: {
      connection: { ...server(5432, 'postgres'), schema: env('DATABASE_SCHEMA', 'public') },
      pool: { min: env.int('DATABASE_POOL_MIN', 0), max: env.int('DATABASE_POOL_MAX', 10) },
    },
    mysql: {
      connection: server(3306, 'root'),
      pool: { min: env.int('DATABASE_POOL_MIN', 0), max: env.int('DATABASE_POOL_MAX', 10) },
    },
  };

  if (!(client in connections)) {
    throw new Error(`DATABASE_CLIENT must be one of sqlite, postgres, mysql (got "${client}")`);
  }

  return {
    connection: {
      client,
      ...connections[client],
      acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 60000),
    },
  };
};
