import { spawn, type ChildProcess } from 'child_process';
import path from 'path';

import type { TestApp } from './strapi';

/** A second Strapi process on the same database as a test app. */
export interface SecondInstance {
  baseUrl: string;
  stop(): Promise<void>;
}

export const startSecondInstance = (env: Record<string, string>, port: number): Promise<SecondInstance> =>
  new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(process.execPath, [path.join(__dirname, '../support/serve-playground.js')], {
      env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'error', NEWSROOM_SEED: 'false' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let errors = '';
    child.stderr!.on('data', (chunk) => (errors += chunk));
    child.on('exit', (code) => reject(new Error(`second Strapi exited with ${code}: ${errors}`)));
    child.stdout!.on('data', (chunk: Buffer) => {
      if (!chunk.toString().includes('READY')) return;
      resolve({
        baseUrl: `http://127.0.0.1:${port}`,
        stop: () =>
          new Promise((done) => {
            child.removeAllListeners('exit');
            child.on('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
  });

/**
 * A second process on the app's database, and the addresses both listen on (this
 * process's app first), for requests spread over the two. The app gets a port of its
 * own: `app.http()` would make supertest listen on and close the shared server around
 * each request, which resets requests still in flight in a burst (ECONNRESET).
 */
export const startBeside = async (app: TestApp, port: number): Promise<{ second: SecondInstance; baseUrls: string[] }> => {
  const second = await startSecondInstance(app.database.env, port);
  const server = app.strapi.server.httpServer;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { second, baseUrls: [`http://127.0.0.1:${(server.address() as { port: number }).port}`, second.baseUrl] };
};
