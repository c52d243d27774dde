/**
 * `npm run bench:scopes`: the cost of a scoped read (`?scope=tags`) when posts share
 * thousands of tags, against the unscoped read of the same post, with the reader
 * cache off (every request computed). Issue: 200 published posts sharing 3,000
 * tags each made an uncached scoped read take ~600 ms and held `/_health` for
 * seconds under 8 concurrent scoped reads.
 *
 * Environment: DATABASE_CLIENT (sqlite | postgres), BENCH_POSTS (200), BENCH_TAGS (3000),
 * BENCH_REQUESTS (40 per scenario), BENCH_PORT (1340).
 * Results: a table on stdout, and bench/results/scoped-fanout.json (one entry per database,
 * or per BENCH_LABEL) with its Markdown table bench/results/scoped-fanout.md.
 */
import http from 'node:http';

import { keptDatabaseEnv, median, startPlayground } from './playground';
import { recordResults } from './results-table';

const POST_UID = 'api::post.post';
const TAG_UID = 'api::tag.tag';
const client = process.env.DATABASE_CLIENT ?? 'sqlite';
const posts = Number(process.env.BENCH_POSTS ?? 200);
const tags = Number(process.env.BENCH_TAGS ?? 3000);
const requests = Number(process.env.BENCH_REQUESTS ?? 40);
const port = Number(process.env.BENCH_PORT ?? 1340);

/** `posts` published posts, every one holding the same `tags` tags (join rows written in bulk; kept between runs). */
const seed = async (strapi: any) => {
  const documents = strapi.documents(POST_UID);
  const existing = await documents.count({ status: 'published', filters: { headline: { $startsWith: 'Fan-out post' } } });
  if (existing >= posts) return;
  console.log(`Seeding ${posts} published posts sharing ${tags} tags...`);
  const tagRows: any[] = [];
  for (let start = 0; start < tags; start += 500) {
    const data = Array.from({ length: Math.min(500, tags - start) }, (_, index) => ({
      name: `Fan-out tag ${start + index}`,
      slug: `fan-out-tag-${start + index}`,
      documentId: `fanouttag${String(start + index).padStart(15, '0')}`,
      publishedAt: new Date(),
    }));
    await strapi.db.query(TAG_UID).createMany({ data });
  }
  tagRows.push(...(await strapi.db.query(TAG_UID).findMany({ where: { slug: { $startsWith: 'fan-out-tag-' } }, select: ['id'] })));
  const joinTable = strapi.db.metadata.get(POST_UID).attributes.tags.joinTable;
  const knex = strapi.db.connection;
  for (let index = 0; index < posts; index += 1) {
    const headline = `Fan-out post ${String(index).padStart(5, '0')}`;
    const created: any = await documents.create({
      status: 'published',
      data: {
        headline,
        slug: `fan-out-post-${index}`,
        description: `About ${headline}.`,
        content: [{ __component: 'blog.rich-text', body: `${headline}.` }],
      },
    });
    const published = await strapi.db
      .query(POST_UID)
      .findOne({ where: { documentId: created.documentId, publishedAt: { $notNull: true } }, select: ['id'] });
    const rows = tagRows.map((tag, order) => ({
      [joinTable.joinColumn.name]: published.id,
      [joinTable.inverseJoinColumn.name]: tag.id,
      ...(joinTable.orderColumnName ? { [joinTable.orderColumnName]: order + 1 } : {}),
    }));
    for (let start = 0; start < rows.length; start += 200) await knex(joinTable.name).insert(rows.slice(start, start + 200));
  }
};

/** One GET on a connection of its own (no keep-alive: a reused socket the server closed meanwhile would fail the run). */
const get = (url: string): Promise<number> =>
  new Promise((resolve, reject) => {
    http
      .get(url, { agent: false }, (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
      })
      .on('error', reject);
  });

/**
 * The worst case of the walk: a post whose `tags` tags no other post has, so every
 * earlier and later post is tested and none shares one (both neighbors are null).
 */
const seedLoner = async (strapi: any) => {
  const slug = 'fan-out-loner';
  const found = await strapi.documents(POST_UID).findFirst({ status: 'published', filters: { slug } });
  if (found) return slug;
  for (let start = 0; start < tags; start += 500) {
    const data = Array.from({ length: Math.min(500, tags - start) }, (_, index) => ({
      name: `Loner tag ${start + index}`,
      slug: `loner-tag-${start + index}`,
      documentId: `lonertag${String(start + index).padStart(16, '0')}`,
      publishedAt: new Date(),
    }));
    await strapi.db.query(TAG_UID).createMany({ data });
  }
  const tagRows = await strapi.db.query(TAG_UID).findMany({ where: { slug: { $startsWith: 'loner-tag-' } }, select: ['id'] });
  const created: any = await strapi.documents(POST_UID).create({
    status: 'published',
    data: {
      headline: 'Fan-out loner',
      slug,
      description: 'No tag in common.',
      content: [{ __component: 'blog.rich-text', body: 'Alone.' }],
    },
  });
  const published = await strapi.db
    .query(POST_UID)
    .findOne({ where: { documentId: created.documentId, publishedAt: { $notNull: true } }, select: ['id'] });
  // In the middle of the others by date, so that both directions walk.
  const table = strapi.db.metadata.get(POST_UID).tableName;
  const middle = await strapi.db
    .query(POST_UID)
    .findOne({ where: { slug: `fan-out-post-${Math.floor(posts / 2)}`, publishedAt: { $notNull: true } }, select: ['publishedAt'] });
  await strapi.db
    .connection(table)
    .where({ id: published.id })
    .update({ published_at: new Date(new Date(middle.publishedAt).getTime() + 1) });
  const joinTable = strapi.db.metadata.get(POST_UID).attributes.tags.joinTable;
  const rows = tagRows.map((tag: any, order: number) => ({
    [joinTable.joinColumn.name]: published.id,
    [joinTable.inverseJoinColumn.name]: tag.id,
    ...(joinTable.orderColumnName ? { [joinTable.orderColumnName]: order + 1 } : {}),
  }));
  for (let start = 0; start < rows.length; start += 200) await strapi.db.connection(joinTable.name).insert(rows.slice(start, start + 200));
  return slug;
};

/** Milliseconds of `count` requests one after the other (the first, warming up, left out). */
const timings = async (url: string, count: number) => {
  const times: number[] = [];
  for (let index = 0; index <= count; index += 1) {
    const started = performance.now();
    const status = await get(url);
    if (status !== 200) throw new Error(`${url}: ${status}`);
    if (index > 0) times.push(performance.now() - started);
  }
  return times;
};

/** `/_health` latency while `total` scoped reads run `concurrency` at a time. */
const healthUnderLoad = async (url: string, total: number, concurrency: number) => {
  const health: number[] = [];
  let running = true;
  const probe = (async () => {
    while (running) {
      const started = performance.now();
      await get(`http://127.0.0.1:${port}/_health`);
      health.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        next += 1;
        await get(url);
      }
    })
  );
  running = false;
  await probe;
  return { p50: median(health), max: Math.max(...health) };
};

const main = async () => {
  const strapi = await startPlayground(port, {
    NEWSROOM_CACHE_MAX_BYTES: '0',
    ...keptDatabaseEnv(client, `bench-scopes-${posts}-${tags}`),
  });
  try {
    await seed(strapi);
    const base = `http://127.0.0.1:${port}/api/newsroom/read/fan-out-post-${Math.floor(posts / 2)}?type=${POST_UID}`;
    const unscoped = await timings(base, requests);
    const scoped = await timings(`${base}&scope=tags`, requests);
    const load = await healthUnderLoad(`${base}&scope=tags`, 80, 8);
    const loner = await seedLoner(strapi);
    const unshared = await timings(`http://127.0.0.1:${port}/api/newsroom/read/${loner}?type=${POST_UID}&scope=tags`, requests);
    const row = {
      posts,
      tagsEach: tags,
      unscopedMedianMs: Number(median(unscoped).toFixed(1)),
      scopedMedianMs: Number(median(scoped).toFixed(1)),
      scopedVsUnscoped: Number((median(scoped) / median(unscoped)).toFixed(2)),
      scopedNoneSharedMedianMs: Number(median(unshared).toFixed(1)),
      healthP50MsUnderScopedLoad: Number(load.p50.toFixed(1)),
      healthMaxMsUnderScopedLoad: Number(load.max.toFixed(1)),
    };
    console.table([row]);
    recordResults('scoped-fanout', process.env.BENCH_LABEL ?? client, { requests, ...row });
  } finally {
    await strapi.destroy();
  }
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
