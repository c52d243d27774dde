/**
 * `npm run bench`: the reader API against Strapi's own findOne, side by side in one
 * run, on the playground in production mode with a long reading order.
 *
 * Environment: DATABASE_CLIENT (sqlite | postgres), BENCH_ARTICLES (1000),
 * NEWSROOM_CACHE_MAX_BYTES=0 to measure the reader with its answer cache off (every
 * request computed from the database; results kept under "<client>-no-cache"),
 * BENCH_SECONDS per scenario and round (10), BENCH_ROUNDS (3), BENCH_CONNECTIONS (10).
 * Results: a table on stdout, and bench/results/latest.json (one entry per database) with
 * its Markdown table bench/results/latest.md.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import path from 'node:path';

import { keptDatabaseEnv, median, startPlayground } from './playground';
import { recordResults } from './results-table';

const ARTICLE_UID = 'plugin::newsroom.article';
/** The playground's second type: a site's own post with a dynamic-zone body, served through `contentTypes`. */
const POST_UID = 'api::post.post';
const client = process.env.DATABASE_CLIENT ?? 'sqlite';
const articles = Number(process.env.BENCH_ARTICLES ?? 1000);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const port = Number(process.env.BENCH_PORT ?? 1339);

/**
 * Words of ten news topics: each bench article's last paragraph is about one of them
 * (article i: topic i % 10, six of its words picked by i), so that related articles
 * (scenario 10) have a vocabulary that varies as a site's does, not one text repeated.
 */
const TOPIC_WORDS = [
  ['election', 'minister', 'parliament', 'vote', 'party', 'campaign', 'coalition', 'senate', 'reform', 'ballot'],
  ['striker', 'league', 'goal', 'coach', 'season', 'stadium', 'transfer', 'champion', 'referee', 'penalty'],
  ['inflation', 'bank', 'shares', 'market', 'investor', 'profit', 'bond', 'currency', 'merger', 'dividend'],
  ['vaccine', 'hospital', 'patient', 'doctor', 'virus', 'clinic', 'nurse', 'surgery', 'therapy', 'trial'],
  ['software', 'startup', 'chip', 'smartphone', 'network', 'robot', 'browser', 'algorithm', 'server', 'battery'],
  ['festival', 'album', 'actor', 'film', 'concert', 'novel', 'theatre', 'painter', 'gallery', 'orchestra'],
  ['drought', 'flood', 'climate', 'forest', 'glacier', 'emission', 'wildlife', 'storm', 'harvest', 'river'],
  ['court', 'judge', 'verdict', 'lawyer', 'appeal', 'prison', 'witness', 'police', 'fraud', 'sentence'],
  ['school', 'teacher', 'student', 'university', 'exam', 'classroom', 'degree', 'campus', 'lecture', 'tuition'],
  ['airport', 'railway', 'motorway', 'airline', 'ferry', 'tunnel', 'bridge', 'traffic', 'cyclist', 'harbour'],
];

const topicParagraph = (index: number) => {
  const words = TOPIC_WORDS[index % TOPIC_WORDS.length];
  const picked = Array.from({ length: 6 }, (_, k) => words[(index * (k + 3) + k) % words.length]);
  return `Today's report mentions the ${picked.join(', the ')} and more.`;
};

/** One reading order of `articles` published articles, created through the document service (kept between runs). */
const seed = async (strapi: any) => {
  const documents = strapi.documents(ARTICLE_UID);
  const existing = await documents.count({ status: 'published', filters: { title: { $startsWith: 'Bench article' } } });
  if (existing >= articles) return;
  console.log(`Seeding ${articles} published articles in one reading order...`);
  let previous: string | undefined;
  for (let index = 0; index < articles; index += 1) {
    const title = `Bench article ${String(index).padStart(5, '0')}`;
    const body = [
      ...Array.from({ length: 6 }, (_, paragraph) => ({
        type: 'paragraph',
        children: [
          {
            type: 'text',
            text: `${title}, paragraph ${paragraph}. The tram line runs along the river, and the council meets on Tuesday to discuss the budget, the route and the timetable of the works.`,
          },
        ],
      })),
      { type: 'paragraph', children: [{ type: 'text', text: topicParagraph(index) }] },
    ];
    const created: any = await documents.create({
      locale: 'en',
      status: 'published',
      data: {
        title,
        slug: `bench-article-${index}`,
        summary: `Summary of ${title}.`,
        body,
        ...(previous ? { previousArticle: previous } : {}),
      },
    });
    previous = created.documentId;
  }
};

/** The same order of posts: Markdown rich-text components and a quote in a dynamic zone, link fields added by the plugin. */
const seedPosts = async (strapi: any) => {
  const documents = strapi.documents(POST_UID);
  const existing = await documents.count({ status: 'published', filters: { headline: { $startsWith: 'Bench post' } } });
  if (existing >= articles) return;
  console.log(`Seeding ${articles} published posts in one reading order...`);
  let previous: string | undefined;
  for (let index = 0; index < articles; index += 1) {
    const headline = `Bench post ${String(index).padStart(5, '0')}`;
    const paragraph = (n: number) =>
      `${headline}, paragraph ${n}. The tram line runs along the river, and the council meets on Tuesday to discuss the budget, the route and the timetable of the works.`;
    const created: any = await documents.create({
      status: 'published',
      data: {
        headline,
        slug: `bench-post-${index}`,
        description: `About ${headline}.`,
        content: [
          { __component: 'blog.rich-text', body: [0, 1, 2].map(paragraph).join('\n\n') },
          { __component: 'blog.quote', title: 'A reader', body: 'Tell me how long it takes.' },
          { __component: 'blog.rich-text', body: [3, 4, 5].map(paragraph).join('\n\n') },
        ],
        ...(previous ? { previousPost: previous } : {}),
      },
    });
    previous = created.documentId;
  }
};

/** A published series of the first `size` bench articles (kept between runs); answers its slug. */
const seedSeries = async (strapi: any, size: number) => {
  const slug = `bench-series-${size}`;
  const series = strapi.documents('plugin::newsroom.series');
  const found = await series.findFirst({ locale: 'en', filters: { slug } });
  if (found) return slug;
  const members: any[] = await strapi.documents(ARTICLE_UID).findMany({
    locale: 'en',
    filters: { title: { $startsWith: 'Bench article' } },
    sort: 'title:asc',
    fields: ['documentId'],
    limit: size,
  });
  const created = await series.create({ locale: 'en', data: { title: `Bench series of ${size}`, slug, articleType: ARTICLE_UID } });
  // As an admin who may read and change every article.
  const everything = { scope: 'all', articles: async () => () => true, series: async () => () => true };
  const access = { visibility: async () => everything, authorize: async () => undefined };
  await strapi
    .plugin('newsroom')
    .service('series')
    .setArticles(
      created.documentId,
      'en',
      members.map((article) => article.documentId),
      access
    );
  await series.publish({ documentId: created.documentId, locale: 'en' });
  return slug;
};

interface Scenario {
  name: string;
  path: string;
  headers?: Record<string, string>;
  expect: number;
}

/** Runs autocannon in a child process; asynchronously, as Strapi answers from this process's event loop. */
const load = async (scenario: Scenario) => {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      path.join(__dirname, 'load-worker.js'),
      JSON.stringify({ url: `http://127.0.0.1:${port}${scenario.path}`, connections, duration: seconds, headers: scenario.headers ?? {} }),
    ],
    { maxBuffer: 16 * 1024 * 1024 }
  );
  return JSON.parse(stdout);
};

const countStatements = async (strapi: any, scenario: Scenario) => {
  let count = 0;
  const listener = () => (count += 1);
  strapi.db.connection.on('query', listener);
  const response = await fetch(`http://127.0.0.1:${port}${scenario.path}`, { headers: scenario.headers });
  strapi.db.connection.off('query', listener);
  if (response.status !== scenario.expect) throw new Error(`${scenario.name}: expected ${scenario.expect}, got ${response.status}`);
  return count;
};

const main = async () => {
  const strapi = await startPlayground(port, keptDatabaseEnv(client, `bench-${articles}`));
  try {
    await seed(strapi);
    await seedPosts(strapi);
    const middlePost: any = await strapi
      .documents(POST_UID)
      .findFirst({ status: 'published', filters: { slug: `bench-post-${Math.floor(articles / 2)}` } });
    const middle: any = await strapi
      .documents(ARTICLE_UID)
      .findFirst({ status: 'published', filters: { slug: `bench-article-${Math.floor(articles / 2)}` } });
    const { documentId, slug } = middle;
    // The first 500 articles form a series; the middle article (the other scenarios) is in none.
    const seriesSize = Math.min(500, Math.floor(articles / 2));
    const seriesSlug = await seedSeries(strapi, seriesSize);
    const inSeries: any = await strapi
      .documents(ARTICLE_UID)
      .findFirst({ status: 'published', filters: { slug: `bench-article-${Math.floor(seriesSize / 2)}` } });
    const etag = (await fetch(`http://127.0.0.1:${port}/api/newsroom/read/${slug}`)).headers.get('etag')!;

    const scenarios: Scenario[] = [
      { name: '1. findOne (Strapi)', path: `/api/newsroom/articles/${documentId}`, expect: 200 },
      {
        name: '2. findOne + populate previous/next (Strapi)',
        path: `/api/newsroom/articles/${documentId}?populate[previousArticle][fields][0]=title&populate[previousArticle][fields][1]=slug&populate[nextArticle][fields][0]=title&populate[nextArticle][fields][1]=slug`,
        expect: 200,
      },
      { name: '3. read/:slug', path: `/api/newsroom/read/${slug}`, expect: 200 },
      { name: '4. read/:slug, If-None-Match (304)', path: `/api/newsroom/read/${slug}`, headers: { 'If-None-Match': etag }, expect: 304 },
      { name: '5. reading-order before=25 after=25', path: `/api/newsroom/articles/${slug}/reading-order?before=25&after=25`, expect: 200 },
      {
        name: '6. Post: findOne + populate content, previous/next (Strapi)',
        path: `/api/posts/${middlePost.documentId}?populate[content][populate]=*&populate[previousPost][fields][0]=headline&populate[previousPost][fields][1]=slug&populate[nextPost][fields][0]=headline&populate[nextPost][fields][1]=slug`,
        expect: 200,
      },
      { name: '7. Post: read/:slug?type=api::post.post', path: `/api/newsroom/read/${middlePost.slug}?type=${POST_UID}`, expect: 200 },
      { name: `8. read/:slug of an article in a series of ${seriesSize}`, path: `/api/newsroom/read/${inSeries.slug}`, expect: 200 },
      {
        name: `9. series/:slug, ${seriesSize} articles, pageSize=100`,
        path: `/api/newsroom/series/${seriesSlug}?pageSize=100`,
        expect: 200,
      },
      // Compare with 3 (read) with the answer cache off (NEWSROOM_CACHE_MAX_BYTES=0): docs/related.md.
      { name: '10. articles/:slug/related (limit 5)', path: `/api/newsroom/articles/${slug}/related`, expect: 200 },
    ];

    const statements = [];
    for (const scenario of scenarios) statements.push(await countStatements(strapi, scenario));

    const runs: any[][] = scenarios.map(() => []);
    for (let round = 0; round < rounds; round += 1) {
      // Alternating scenarios within each round spreads drift (CPU heat, caches) over all of them.
      for (const [index, scenario] of scenarios.entries()) {
        const result = await load(scenario);
        if (result.non2xx > 0 && scenario.expect !== 304) throw new Error(`${scenario.name}: ${result.non2xx} non-2xx answers`);
        runs[index].push(result);
      }
    }

    const baseline = median(runs[1].map((run) => run.rps));
    const rows = scenarios.map((scenario, index) => ({
      scenario: scenario.name,
      rps: Math.round(median(runs[index].map((run) => run.rps))),
      p50: median(runs[index].map((run) => run.p50)),
      p99: median(runs[index].map((run) => run.p99)),
      vsScenario2: Number((median(runs[index].map((run) => run.rps)) / baseline).toFixed(2)),
      sqlStatements: statements[index],
    }));
    console.table(rows);

    const cacheOff = process.env.NEWSROOM_CACHE_MAX_BYTES === '0';
    recordResults('latest', cacheOff ? `${client}-no-cache` : client, {
      articles,
      readerCache: !cacheOff,
      secondsPerRun: seconds,
      rounds,
      connections,
      rows,
    });
  } finally {
    await strapi.destroy();
  }
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
