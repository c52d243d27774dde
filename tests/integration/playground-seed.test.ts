import { ARTICLE_UID } from './helpers/articles';
import { startTestApp, type TestApp } from './helpers/strapi';
import { PLAYGROUND_DIST_DIR } from './setup/paths';

const ADMIN = { email: 'seed-test@newsroom.example.com', password: 'Seed-test-password-1' };

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({
    NEWSROOM_SEED: 'true',
    NEWSROOM_ADMIN_EMAIL: ADMIN.email,
    NEWSROOM_ADMIN_PASSWORD: ADMIN.password,
  });
});
afterAll(async () => {
  await app?.stop();
});

const articles = (status: 'draft' | 'published', locale: string) =>
  app.strapi.documents(ARTICLE_UID as any).findMany({
    status,
    locale,
    populate: { previousArticle: true, nextArticle: true },
    limit: 1000,
  } as any) as Promise<any[]>;

/** Follows nextArticle links from the article that has no previous one. */
const readingOrders = (list: any[]) => {
  const byId = new Map(list.map((article) => [article.documentId, article]));
  return list
    .filter((article) => !article.previousArticle && article.nextArticle)
    .map((head) => {
      const chain = [head.title];
      for (let current = head; current.nextArticle;) {
        current = byId.get(current.nextArticle.documentId);
        chain.push(current.title);
      }
      return chain;
    });
};

describe('the playground on first start', () => {
  it('lets the configured super admin log in', async () => {
    const response = await app.http().post('/admin/login').send(ADMIN);
    expect(response.status).toBe(200);
    expect(response.body.data.token).toEqual(expect.any(String));
  });

  it('seeds one English reading order of at least 8 published articles, each with a summary and several paragraphs', async () => {
    const published = await articles('published', 'en');
    const [order, ...others] = readingOrders(published);
    expect(others).toHaveLength(0);
    expect(order.length).toBeGreaterThanOrEqual(8);
    for (const article of published.filter((candidate) => order.includes(candidate.title))) {
      expect(article.summary.length).toBeGreaterThan(20);
      expect(article.body.filter((block: any) => block.type === 'paragraph').length).toBeGreaterThanOrEqual(2);
    }
  });

  it('seeds 2 English drafts and 2 unlinked published articles', async () => {
    const drafts = await articles('draft', 'en');
    const published = await articles('published', 'en');
    const publishedIds = new Set(published.map((article) => article.documentId));
    expect(drafts.filter((article) => !publishedIds.has(article.documentId))).toHaveLength(2);
    expect(published.filter((article) => !article.previousArticle && !article.nextArticle)).toHaveLength(2);
  });

  it('seeds a French reading order of at least 3 articles', async () => {
    const [order] = readingOrders(await articles('published', 'fr'));
    expect(order.length).toBeGreaterThanOrEqual(3);
  });

  it('serves the published English articles to the public API without a token', async () => {
    const response = await app.http().get('/api/newsroom/articles?pagination[pageSize]=100');
    expect(response.status).toBe(200);
    expect(response.body.data.length).toBe((await articles('published', 'en')).length);
    expect(response.body.data.every((article: any) => article.locale === 'en' && article.publishedAt)).toBe(true);
  });

  it('adds nothing when seeding runs again', async () => {
    const before = await app.strapi.db.query(ARTICLE_UID as any).count();
    const { seedDemoContent } = require(`${PLAYGROUND_DIST_DIR}/src/seed/content`);
    expect(await seedDemoContent(app.strapi)).toBe(false);
    expect(await app.strapi.db.query(ARTICLE_UID as any).count()).toBe(before);
  });
});
