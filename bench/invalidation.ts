/**
 * `npm run bench:cache`: how long a committed change takes to reach another
 * instance's reader cache. Two Strapi processes on one PostgreSQL database (this
 * one writes, a second one serves); for each transport (PostgreSQL LISTEN/NOTIFY,
 * Redis pub/sub), BENCH_CHANGES (default 200) times: the second instance caches an
 * article's answer, this one renames and publishes it, and the second is read in a
 * tight loop until it answers the new title. The latency runs from the end of the
 * publish call (after the commit) to the first fresh answer, so it includes one
 * HTTP round trip of the polling. REDIS_URL (redis://127.0.0.1:6379).
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import path from 'node:path';

import { compileStrapi, createStrapi } from '@strapi/strapi';

const ROOT = path.resolve(__dirname, '..');
const PLAYGROUND = path.join(ROOT, 'playground');
const ARTICLE_UID = 'plugin::newsroom.article';
const changes = Number(process.env.BENCH_CHANGES ?? 200);
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const secondPort = Number(process.env.BENCH_PORT ?? 1341);

const psql = (sql: string) => execFileSync('psql', ['-h', '127.0.0.1', '-U', 'postgres', '-d', 'test', '-c', sql], { stdio: 'ignore' });

const startSecond = (env: Record<string, string>): Promise<ChildProcess> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'tests/integration/support/serve-playground.js')], {
      env: { ...process.env, ...env, PORT: String(secondPort), HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child.on('exit', (code) => reject(new Error(`second instance exited with ${code}`)));
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('READY')) resolve(child);
    });
  });

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

const measure = async (transport: 'postgres' | 'redis') => {
  const name = `newsroom_bench_cache_${Date.now()}`;
  psql(`CREATE DATABASE ${name}`);
  const env: Record<string, string> = {
    NODE_ENV: 'production',
    LOG_LEVEL: 'error',
    NEWSROOM_SEED: 'false',
    NEWSROOM_DOCUMENTATION: 'false',
    DATABASE_CLIENT: 'postgres',
    DATABASE_NAME: name,
    DATABASE_USERNAME: 'postgres',
    NEWSROOM_CACHE_CHANNEL: `newsroom_bench_${process.pid}`,
    ...(transport === 'redis' ? { NEWSROOM_CACHE_REDIS: redisUrl } : {}),
  };
  const saved = { ...process.env };
  Object.assign(process.env, env);
  const strapi: any = await createStrapi({
    appDir: PLAYGROUND,
    distDir: path.join(PLAYGROUND, 'dist'),
    autoReload: false,
    serveAdminPanel: false,
  }).load();
  process.env = saved;
  const second = await startSecond(env);
  try {
    const documents = strapi.documents(ARTICLE_UID);
    const body = [{ type: 'paragraph', children: [{ type: 'text', text: 'A short body.' }] }];
    const created = await documents.create({ locale: 'en', status: 'published', data: { title: 'Bench 0', slug: 'bench-cache', body } });
    const url = `http://127.0.0.1:${secondPort}/api/newsroom/read/${created.documentId}`;
    const title = async () => ((await (await fetch(url)).json()) as { data: { title: string } }).data.title;
    const latencies: number[] = [];
    for (let change = 1; change <= changes; change += 1) {
      // Cached on the second instance (the second read is a hit).
      await title();
      await title();
      await documents.update({ documentId: created.documentId, locale: 'en', data: { title: `Bench ${change}` } });
      await documents.publish({ documentId: created.documentId, locale: 'en' });
      const committed = performance.now();
      let polls = 0;
      while ((await title()) !== `Bench ${change}`) {
        polls += 1;
        if (polls > 20_000) throw new Error(`change ${change} never reached the second instance`);
      }
      latencies.push(performance.now() - committed);
    }
    return {
      transport,
      changes,
      p50: Number(percentile(latencies, 50).toFixed(2)),
      p90: Number(percentile(latencies, 90).toFixed(2)),
      p99: Number(percentile(latencies, 99).toFixed(2)),
      max: Number(Math.max(...latencies).toFixed(2)),
    };
  } finally {
    second.removeAllListeners('exit');
    second.kill('SIGTERM');
    await strapi.destroy();
    psql(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
};

const main = async () => {
  await compileStrapi({ appDir: PLAYGROUND });
  const rows = [];
  for (const transport of ['postgres', 'redis'] as const) rows.push(await measure(transport));
  console.log('Milliseconds from a committed publish on one instance to the first fresh answer on the other:');
  console.table(rows);
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
