/**
 * Starts the built playground in production mode (`npm run start -w playground`)
 * on a fresh database (SQLite unless given one) with the demo content, and stops
 * it again. The browser tests and the fuzz harness (`scripts/fuzz/`) use it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

import { createTestDatabase, type TestDatabase } from '../../integration/helpers/database';

export const ROOT_DIR = path.resolve(__dirname, '../../..');
const ARTIFACTS_DIR = path.join(ROOT_DIR, 'tests/.artifacts');
const START_TIMEOUT_MS = 120_000;

export interface Playground {
  baseUrl: string;
  /** The server's stdout and stderr (its error log). */
  logFile: string;
  stop: () => Promise<void>;
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });

const waitForHealth = async (baseUrl: string, child: ChildProcess, logFile: string) => {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`the playground exited with code ${child.exitCode}; see ${logFile}`);
    }
    try {
      const response = await fetch(`${baseUrl}/_health`);
      if (response.status === 204) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the playground did not answer within ${START_TIMEOUT_MS / 1000} s; see ${logFile}`);
};

/**
 * `env` adds to the environment, e.g. plugin options the tests rely on. `database`
 * (a fresh SQLite file by default) is dropped when the playground stops.
 */
export const startPlayground = async (env: Record<string, string> = {}, database?: TestDatabase): Promise<Playground> => {
  const port = await freePort();
  const name = `e2e-${process.pid}-${Date.now()}`;
  const db = database ?? (await createTestDatabase('sqlite'));
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const logFile = path.join(ARTIFACTS_DIR, `${name}.log`);
  const log = fs.openSync(logFile, 'w');

  // A process group of its own, so stopping it also stops the Strapi process npm starts.
  const child = spawn('npm', ['run', 'start', '-w', 'playground'], {
    cwd: ROOT_DIR,
    detached: true,
    stdio: ['ignore', log, log],
    env: {
      ...process.env,
      ...env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      ...db.env,
      NEWSROOM_SEED: 'true',
      LOG_LEVEL: 'warn',
    },
  });

  const stop = async () => {
    if (child.exitCode === null && child.pid !== undefined) {
      process.kill(-child.pid, 'SIGTERM');
      const killer = setTimeout(() => child.pid !== undefined && process.kill(-child.pid, 'SIGKILL'), 10_000);
      await exited(child);
      clearTimeout(killer);
    }
    fs.closeSync(log);
    await db.drop();
  };

  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(baseUrl, child, logFile);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, logFile, stop };
};
