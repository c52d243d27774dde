/**
 * `npm run bench:scale`: the workspace's editor operations on one chain of
 * BENCH_ARTICLES published articles (default 10,000) and on a tenth as many, on SQLite
 * (BENCH_CLIENT=postgres for PostgreSQL), each in a fresh database: the overview, the whole chain, a reorder
 * sending the whole chain, and moves of one article to the head, the middle and the end
 * of the chain and from another chain. Each operation is timed (median of BENCH_RUNS,
 * default 5) with the statements it runs and the rows the database sends back, so that
 * a cost that grows with the archive shows as a ratio between the two sizes.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { compileStrapi, createStrapi } from '@strapi/strapi';

import { keptDatabaseEnv, median } from './playground';

const PLAYGROUND = path.resolve(__dirname, '..', 'playground');
const ARTICLE_UID = 'plugin::newsroom.article';
const base = Number(process.env.BENCH_ARTICLES ?? 10_000);
const runs = Number(process.env.BENCH_RUNS ?? 5);
const client = process.env.BENCH_CLIENT ?? 'sqlite';

interface Measure {
  ms: number;
  statements: number;
  rows: number;
}

/**
 * Published articles written straight to the table (draft and published rows), linked in
 * one chain by `prefix` order when `linked`, both versions: seeding through the API, or
 * with the bulk link, would take longer than the bench.
 */
const seed = async (strapi: any, count: number, prefix: string, linked: boolean) => {
  const type = strapi.plugin('newsroom').service('types').find(ARTICLE_UID);
  const { articles: table, link } = strapi.plugin('newsroom').service('types').tables(type);
  const db = strapi.db.connection;
  const now = new Date();
  const rows = [];
  for (let index = 0; index < count; index += 1) {
    const documentId = `${prefix}${String(index).padStart(8, '0')}`;
    const publishedAt = new Date(Date.UTC(2020, 0, 1) + index * 3_600_000);
    const row = {
      document_id: documentId,
      locale: 'en',
      title: `Scale ${prefix} ${index}`,
      slug: `scale-${prefix}-${index}`,
      summary: 'Bench.',
      created_at: now,
      updated_at: now,
    };
    rows.push({ ...row, published_at: null }, { ...row, published_at: publishedAt });
  }
  for (let start = 0; start < rows.length; start += 200) await db(table).insert(rows.slice(start, start + 200));
  if (!linked) return;
  const stored: Array<{ id: number; published_at: unknown }> = await db(table)
    .select('id', 'published_at')
    .where('document_id', 'like', `${prefix}%`)
    .orderBy('document_id');
  const pairs = [];
  for (const published of [false, true]) {
    const ids = stored.filter((row) => (row.published_at !== null) === published).map((row) => row.id);
    for (let index = 1; index < ids.length; index += 1) pairs.push({ [link.previous]: ids[index - 1], [link.next]: ids[index] });
  }
  for (let start = 0; start < pairs.length; start += 200) await db(link.table).insert(pairs.slice(start, start + 200));
};

/** Times `work` BENCH_RUNS times; statements and rows from the last run (they do not vary). */
const measure = async (strapi: any, work: (run: number) => Promise<unknown>): Promise<Measure> => {
  const times: number[] = [];
  let [statements, rows] = [0, 0];
  const onQuery = () => (statements += 1);
  const onResponse = (response: unknown) => (rows += Array.isArray(response) ? response.length : 1);
  for (let run = 0; run < runs; run += 1) {
    [statements, rows] = [0, 0];
    strapi.db.connection.on('query', onQuery).on('query-response', onResponse);
    const start = process.hrtime.bigint();
    await work(run);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    strapi.db.connection.off('query', onQuery).off('query-response', onResponse);
    await strapi.plugin('newsroom').service('revalidation').settled();
  }
  return { ms: median(times), statements, rows };
};

const atSize = async (size: number): Promise<Record<string, Measure>> => {
  const name = `newsroom-bench-scale-${size}-${Date.now()}`;
  Object.assign(
    process.env,
    { LOG_LEVEL: 'error', NEWSROOM_SEED: 'false', NEWSROOM_DOCUMENTATION: 'false' },
    keptDatabaseEnv(client, name)
  );
  // The playground as the last build left it (the integration tests' too): compiled once, never while they run.
  if (!fs.existsSync(path.join(PLAYGROUND, 'dist'))) await compileStrapi({ appDir: PLAYGROUND });
  const strapi: any = await createStrapi({
    appDir: PLAYGROUND,
    distDir: path.join(PLAYGROUND, 'dist'),
    autoReload: false,
    serveAdminPanel: false,
  }).load();
  try {
    await seed(strapi, size, 'c', true);
    await seed(strapi, 3, 'o', false);
    const type = strapi.plugin('newsroom').service('types').find(ARTICLE_UID);
    const orders = strapi.plugin('newsroom').service('orders');
    const visibility = { scope: 'all', articles: async () => () => true, series: async () => () => true };
    const anchor = 'c00000000';
    const chain = async () =>
      (await orders.detail(type, 'en', anchor, visibility)).articles.map((article: { documentId: string }) => article.documentId);
    const move = (article: string, position: number) =>
      orders.move({
        type,
        locale: 'en',
        documentId: anchor,
        article,
        position,
        apply: 'published',
        authorize: () => undefined,
        visibility,
      });
    const ids = await chain();
    const length = ids.length;
    const results: Record<string, Measure> = {};
    results.overview = await measure(strapi, () => orders.overview(type, 'en', { q: '', page: 1, pageSize: 20 }, visibility));
    results['chain detail (whole)'] = await measure(strapi, () => orders.detail(type, 'en', anchor, visibility));
    // The same rotation each run: the last article to the head, the whole chain sent.
    let order = ids;
    results['reorder (last to the head, whole chain sent)'] = await measure(strapi, async () => {
      order = [order[order.length - 1], ...order.slice(0, -1)];
      return orders.reorder({ type, locale: 'en', documentId: anchor, order, apply: 'published', authorize: () => undefined, visibility });
    });
    const current = await chain();
    results['move to the head'] = await measure(strapi, (run) => move(current[length - 1 - run], 1));
    results['move to the middle'] = await measure(strapi, (run) => move(current[run], Math.floor(length / 2)));
    results['move to the end'] = await measure(strapi, (run) => move(current[length - 100 - run], length));
    results['move from no chain to the middle'] = await measure(strapi, (run) => move(`o0000000${run % 3}`, Math.floor(length / 2) + 1));
    return results;
  } finally {
    await strapi.destroy();
    // A fresh database each run: what a run leaves (moved articles) would change the next one's figures.
    if (client === 'sqlite') fs.rmSync(path.join(PLAYGROUND, '.tmp', `${name}.db`), { force: true });
    else
      execFileSync(
        'psql',
        ['-h', '127.0.0.1', '-U', 'postgres', '-d', 'test', '-c', `DROP DATABASE ${name.replace(/-/g, '_')} WITH (FORCE)`],
        { stdio: 'ignore' }
      );
  }
};

const main = async () => {
  const size = Number(process.env.BENCH_SCALE_SIZE ?? 0);
  if (size > 0) {
    process.stdout.write(`\nRESULT ${JSON.stringify(await atSize(size))}\n`);
    process.exit(0);
  }
  // One process per size: Strapi keeps process-wide state between boots.
  const sizes = [base / 10, base];
  const results = sizes.map((each) => {
    const output = spawnSync(process.execPath, ['--require', './scripts/register-ts.js', __filename], {
      env: { ...process.env, BENCH_SCALE_SIZE: String(each) },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const line = output.stdout.split('\n').find((text) => text.startsWith('RESULT '));
    if (!line) throw new Error(`bench at ${each} failed:\n${output.stdout}\n${output.stderr}`);
    return JSON.parse(line.slice('RESULT '.length)) as Record<string, Measure>;
  });
  console.log(`${client}, one chain of N published articles (median of ${runs} runs; statements and rows sent back by the database)`);
  console.log(`| operation | ${sizes.map((each) => `${each.toLocaleString('en')}: ms, statements, rows`).join(' | ')} | time ratio |`);
  console.log(`| --- | ${sizes.map(() => '---').join(' | ')} | --- |`);
  for (const name of Object.keys(results[0])) {
    const cells = results.map((result) => `${result[name].ms.toFixed(1)} ms, ${result[name].statements}, ${result[name].rows}`);
    console.log(`| ${name} | ${cells.join(' | ')} | ${(results[1][name].ms / results[0][name].ms).toFixed(2)}x |`);
  }
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
