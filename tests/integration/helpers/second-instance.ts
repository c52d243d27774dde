import { spawn, type ChildProcess } from 'child_process';
import path from 'path';

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
