import crypto from 'crypto';
import fs from 'fs';
import path from 'path';

import { advisoryKeyOf, locksFor, siteScope, type LockScope } from '../../../server/src/services/reading-order/lock-scope';
import { PLAYGROUND_DIR } from '../setup/paths';

export type DatabaseClient = 'sqlite' | 'postgres' | 'mysql';

export interface TestDatabase {
  client: DatabaseClient;
  /** Environment that points the playground at this database. */
  env: Record<string, string>;
  /** A knex configuration for reading the database directly (the fuzz harness checks invariants with it). */
  knexConfig: { client: string; connection: Record<string, unknown>; useNullAsDefault?: boolean };
  drop(): Promise<void>;
}

export const databaseClient = (): DatabaseClient => {
  const client = process.env.DATABASE_CLIENT ?? 'sqlite';
  if (client !== 'sqlite' && client !== 'postgres' && client !== 'mysql') {
    throw new Error(`DATABASE_CLIENT must be sqlite, postgres or mysql (got "${client}")`);
  }
  return client;
};

const uniqueName = () => `newsroom_test_${process.pid}_${crypto.randomBytes(4).toString('hex')}`;

const createSqlite = async (): Promise<TestDatabase> => {
  const filename = path.join('.tmp', `${uniqueName()}.db`);
  const absolute = path.join(PLAYGROUND_DIR, filename);
  return {
    client: 'sqlite',
    env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: filename },
    knexConfig: { client: 'better-sqlite3', connection: { filename: absolute }, useNullAsDefault: true },
    async drop() {
      for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(absolute + suffix, { force: true });
    },
  };
};

const createPostgres = async (): Promise<TestDatabase> => {
  const { Client } = require('pg');
  const connection = {
    host: process.env.DATABASE_HOST ?? '127.0.0.1',
    port: Number(process.env.DATABASE_PORT ?? 5432),
    user: process.env.DATABASE_USERNAME ?? 'postgres',
    password: process.env.DATABASE_PASSWORD ?? '',
  };
  const name = uniqueName();
  const admin = async (sql: string) => {
    const client = new Client({ ...connection, database: process.env.DATABASE_ADMIN_DB ?? 'test' });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE "${name}"`);
  return {
    client: 'postgres',
    env: {
      DATABASE_CLIENT: 'postgres',
      DATABASE_HOST: connection.host,
      DATABASE_PORT: String(connection.port),
      DATABASE_USERNAME: connection.user,
      DATABASE_PASSWORD: connection.password,
      DATABASE_NAME: name,
    },
    knexConfig: { client: 'pg', connection: { ...connection, database: name } },
    drop: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
};

const createMysql = async (): Promise<TestDatabase> => {
  const mysql = require('mysql2/promise');
  const connection = {
    host: process.env.DATABASE_HOST ?? '127.0.0.1',
    port: Number(process.env.DATABASE_PORT ?? 3306),
    user: process.env.DATABASE_USERNAME ?? 'root',
    password: process.env.DATABASE_PASSWORD ?? '',
  };
  const name = uniqueName();
  const admin = async (sql: string) => {
    const client = await mysql.createConnection(connection);
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  return {
    client: 'mysql',
    env: {
      DATABASE_CLIENT: 'mysql',
      DATABASE_HOST: connection.host,
      DATABASE_PORT: String(connection.port),
      DATABASE_USERNAME: connection.user,
      DATABASE_PASSWORD: connection.password,
      DATABASE_NAME: name,
    },
    knexConfig: { client: 'mysql2', connection: { ...connection, database: name } },
    drop: () => admin(`DROP DATABASE IF EXISTS \`${name}\``),
  };
};

/** A fresh, empty database of the client under test (or of `client`), dropped again by `drop()`. */
export const createTestDatabase = (client: DatabaseClient = databaseClient()): Promise<TestDatabase> =>
  ({ sqlite: createSqlite, postgres: createPostgres, mysql: createMysql })[client]();

/**
 * Takes the plugin's reading-order locks of `scope` (the whole site by default) from
 * a connection of its own, as another Strapi process in the middle of a change would,
 * and holds them until `release()`. PostgreSQL: advisory locks; MySQL/MariaDB: rows of
 * `newsroom_locks`. The names and keys come from the plugin's own `lock-scope.ts`.
 */
export const holdReadingOrderLock = async (
  database: TestDatabase,
  scope: LockScope = siteScope()
): Promise<{ release(): Promise<void> }> => {
  if (database.client === 'sqlite') throw new Error('SQLite has one writer; there is no lock to hold');
  const knex = require('knex')(database.knexConfig);
  const trx = await knex.transaction();
  for (const lock of locksFor(scope)) {
    if (database.client === 'postgres') {
      await trx.raw(`SELECT ${lock.shared ? 'pg_advisory_xact_lock_shared' : 'pg_advisory_xact_lock'}(?::bigint)`, [
        advisoryKeyOf(lock.name),
      ]);
    } else {
      await knex('newsroom_locks').insert({ name: lock.name }).onConflict('name').ignore();
      await trx.raw(`SELECT name FROM newsroom_locks WHERE name = ? ${lock.shared ? 'LOCK IN SHARE MODE' : 'FOR UPDATE'}`, [lock.name]);
    }
  }
  return {
    async release() {
      await trx.rollback();
      await knex.destroy();
    },
  };
};
