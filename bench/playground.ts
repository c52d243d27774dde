/**
 * What the HTTP benches share: a database kept between runs (seeding takes longer
 * than measuring), and the playground started in production mode on a port.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

import { compileStrapi, createStrapi } from '@strapi/strapi';

export const PLAYGROUND = path.resolve(__dirname, '..', 'playground');

/** The environment of a database named `name`, kept between runs: a SQLite file, or a PostgreSQL database made once. */
export const keptDatabaseEnv = (client: string, name: string): Record<string, string> => {
  if (client === 'sqlite') return { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: `.tmp/${name}.db` };
  if (client === 'postgres') {
    const database = name.replace(/-/g, '_');
    try {
      execFileSync('psql', ['-h', '127.0.0.1', '-U', 'postgres', '-d', 'test', '-c', `CREATE DATABASE ${database}`], { stdio: 'ignore' });
    } catch {
      // It exists from an earlier run: reuse what it holds.
    }
    return { DATABASE_CLIENT: 'postgres', DATABASE_NAME: database, DATABASE_USERNAME: 'postgres' };
  }
  throw new Error(`bench runs on sqlite or postgres, not "${client}"`);
};

/** The playground in production mode, listening on 127.0.0.1:`port`, demo seed off; `env` adds to the process environment. */
export const startPlayground = async (port: number, env: Record<string, string>): Promise<any> => {
  Object.assign(
    process.env,
    { NODE_ENV: 'production', LOG_LEVEL: 'error', NEWSROOM_SEED: 'false', HOST: '127.0.0.1', PORT: String(port) },
    env
  );
  await compileStrapi({ appDir: PLAYGROUND });
  const strapi: any = await createStrapi({
    appDir: PLAYGROUND,
    distDir: path.join(PLAYGROUND, 'dist'),
    autoReload: false,
    serveAdminPanel: false,
  }).load();
  await strapi.listen();
  return strapi;
};

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
