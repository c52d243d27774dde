/**
 * `npm run bench:bulk`: "link by publication date" of 10,000 published articles,
 * side by side with the naive way (one document-service update per article, which
 * writes the link and publishes it so readers see it, as the job does), on SQLite
 * and PostgreSQL in the same run. Each database runs in a child process of this one.
 * The naive loop runs on a subset (BENCH_NAIVE, default 500, in another locale) and
 * is reported per article and extrapolated to BENCH_ARTICLES (default 10,000).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { compileStrapi, createStrapi } from '@strapi/strapi';

const PLAYGROUND = path.resolve(__dirname, '..', 'playground');
const ARTICLE_UID = 'plugin::newsroom.article';
const articles = Number(process.env.BENCH_ARTICLES ?? 10_000);
const naiveCount = Number(process.env.BENCH_NAIVE ?? 500);
const CLIENTS = (process.env.BENCH_CLIENTS ?? 'sqlite,postgres').split(',');

interface Result {
  client: string;
  articles: number;
  bulkMs: number;
  dryRunMs: number;
  changes: number;
  state: string;
  naiveArticles: number;
  naiveMs: number;
  overviewMs: number;
  overviewStatements: number;
  reorderMs: number;
}

const psql = (sql: string) => execFileSync('psql', ['-h', '127.0.0.1', '-U', 'postgres', '-d', 'test', '-c', sql], { stdio: 'ignore' });

const createDatabase = (client: string, name: string): { env: Record<string, string>; drop: () => void } => {
  if (client === 'sqlite') {
    const file = path.join(PLAYGROUND, '.tmp', `${name}.db`);
    return { env: { DATABASE_FILENAME: `.tmp/${name}.db` }, drop: () => fs.rmSync(file, { force: true }) };
  }
  psql(`CREATE DATABASE ${name}`);
  return { env: { DATABASE_NAME: name, DATABASE_USERNAME: 'postgres' }, drop: () => psql(`DROP DATABASE ${name} WITH (FORCE)`) };
};

const time = async (work: () => Promise<unknown>) => {
  const start = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - start) / 1e6;
};

/** Published articles written straight to the table (draft and published rows), in no order: seeding through the API would take longer than the bench. */
const seed = async (strapi: any, count: number, locale: string, prefix: string) => {
  const table = strapi.db.metadata.get(ARTICLE_UID).tableName;
  const now = new Date();
  const rows = [];
  for (let index = 0; index < count; index += 1) {
    const documentId = `${prefix}${String(index).padStart(8, '0')}`;
    // Every tenth pair shares a publication time: ties are ordered by documentId.
    const publishedAt = new Date(Date.UTC(2020, 0, 1) + Math.floor(index / 2) * 3_600_000 * (index % 10 === 0 ? 0 : 1));
    const base = {
      document_id: documentId,
      locale,
      title: `Bulk ${prefix} ${index}`,
      slug: `bulk-${prefix}-${index}`,
      summary: 'Bench.',
      created_at: now,
      updated_at: now,
    };
    rows.push({ ...base, published_at: null }, { ...base, published_at: publishedAt });
  }
  for (let start = 0; start < rows.length; start += 200) await strapi.db.connection(table).insert(rows.slice(start, start + 200));
  return rows.filter((row) => row.published_at !== null).map((row) => row.document_id);
};

const runOne = async (client: string): Promise<Result> => {
  const name = `newsroom_bench_bulk_${Date.now()}`;
  const database = createDatabase(client, name);
  Object.assign(
    process.env,
    { LOG_LEVEL: 'error', NEWSROOM_SEED: 'false', NEWSROOM_DOCUMENTATION: 'false', DATABASE_CLIENT: client },
    database.env
  );
  await compileStrapi({ appDir: PLAYGROUND });
  const strapi: any = await createStrapi({
    appDir: PLAYGROUND,
    distDir: path.join(PLAYGROUND, 'dist'),
    autoReload: false,
    serveAdminPanel: false,
  }).load();
  try {
    await strapi.plugin('i18n').service('locales').create({ code: 'fr', name: 'French (fr)' });
    await seed(strapi, articles, 'en', 'en');
    const naiveIds = await seed(strapi, naiveCount, 'fr', 'fr');
    const bulk = strapi.plugin('newsroom').service('bulk');
    const type = strapi.plugin('newsroom').service('types').find(ARTICLE_UID);
    const target = { type, locale: 'en', scope: 'all' as const };

    let changes = 0;
    const dryRunMs = await time(async () => {
      changes = (await bulk.dryRun(target)).changes;
    });
    let jobId = '';
    const bulkMs = await time(async () => {
      jobId = await bulk.start(target);
      await bulk.settled();
      await strapi.plugin('newsroom').service('revalidation').settled();
    });
    const { state } = await bulk.find(jobId);

    // The workspace on the linked archive: the overview, then the last article moved to the front, live at once.
    const orders = strapi.plugin('newsroom').service('orders');
    // An admin who may read every article: the overview's own cost, no permission look-up.
    const visibility = { scope: 'all', articles: async () => () => true, series: async () => () => true };
    let overviewStatements = 0;
    const countStatement = () => (overviewStatements += 1);
    strapi.db.connection.on('query', countStatement);
    const overviewMs = await time(() => orders.overview(type, 'en', { q: '', page: 1, pageSize: 20 }, visibility));
    strapi.db.connection.off('query', countStatement);
    const chain = (await orders.detail(type, 'en', `en${String(0).padStart(8, '0')}`, visibility)).articles.map(
      (article: any) => article.documentId
    );
    const reorderMs = await time(() =>
      orders.reorder({
        type,
        locale: 'en',
        documentId: chain[0],
        order: [chain[chain.length - 1], ...chain.slice(0, -1)],
        apply: 'published',
        authorize: () => undefined,
        visibility,
      })
    );

    const documents = strapi.documents(ARTICLE_UID);
    const naiveMs = await time(async () => {
      for (let index = 1; index < naiveIds.length; index += 1) {
        await documents.update({
          documentId: naiveIds[index],
          locale: 'fr',
          status: 'published',
          data: { previousArticle: naiveIds[index - 1] },
        });
      }
    });
    return {
      client,
      articles,
      bulkMs,
      dryRunMs,
      changes,
      state,
      naiveArticles: naiveIds.length - 1,
      naiveMs,
      overviewMs,
      overviewStatements,
      reorderMs,
    };
  } finally {
    await strapi.destroy();
    database.drop();
  }
};

const main = async () => {
  const child = process.env.BENCH_BULK_CHILD;
  if (child) {
    const result = await runOne(child);
    process.stdout.write(`\nRESULT ${JSON.stringify(result)}\n`);
    process.exit(0);
  }
  const results: Result[] = [];
  for (const client of CLIENTS) {
    // One process per database: Strapi keeps process-wide state between boots.
    const output = spawnSync(process.execPath, ['--require', './scripts/register-ts.js', __filename], {
      env: { ...process.env, BENCH_BULK_CHILD: client },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const line = output.stdout.split('\n').find((text) => text.startsWith('RESULT '));
    if (!line) throw new Error(`bench on ${client} failed:\n${output.stdout}\n${output.stderr}`);
    results.push(JSON.parse(line.slice('RESULT '.length)));
  }
  console.log(`link by publication date (scope "all", chunks of the default size), ${articles} published articles in no order`);
  console.table(
    results.map((result) => {
      const perNaive = result.naiveMs / result.naiveArticles;
      const perBulk = result.bulkMs / (result.articles - 1);
      return {
        database: result.client,
        'job state': result.state,
        'link changes': result.changes,
        'dry run s': Number((result.dryRunMs / 1000).toFixed(2)),
        'bulk job s': Number((result.bulkMs / 1000).toFixed(2)),
        'bulk ms/article': Number(perBulk.toFixed(3)),
        [`naive ms/article (${result.naiveArticles} measured)`]: Number(perNaive.toFixed(2)),
        [`naive s for ${result.articles} (extrapolated)`]: Number(((perNaive * (result.articles - 1)) / 1000).toFixed(1)),
        'naive / bulk': Number((perNaive / perBulk).toFixed(1)),
      };
    })
  );
  console.log(
    `the workspace on those ${articles} linked articles: GET /newsroom/orders, and a reorder moving the last to the front (apply "published")`
  );
  console.table(
    results.map((result) => ({
      database: result.client,
      'overview ms': Math.round(result.overviewMs),
      'overview SQL statements': result.overviewStatements,
      'reorder ms': Math.round(result.reorderMs),
    }))
  );
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
