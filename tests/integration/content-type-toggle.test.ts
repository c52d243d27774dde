import { superAdminToken } from './helpers/auth';
import { byLink, chainLinks, createChain, linksAmong, readLinks } from './helpers/reading-order';
import { restartTestApp, startTestApp, type TestApp } from './helpers/strapi';
import { BUILT_IN, documentsOf, POST } from './helpers/subjects';
import { startWebhookReceiver } from './helpers/webhook';

/**
 * A site turns the plugin off for its own type and on again: the type's own fields
 * keep their data every time (only what the plugin added comes and goes).
 */
let app: TestApp;

/**
 * The playground without the plugin on posts: no mapping, and none of the per-type
 * options that name them (the plugin refuses options for a type it does not serve).
 */
const POSTS_OFF = { NEWSROOM_CONTENT_TYPES: '{}', NEWSROOM_SCOPES: '{}', NEWSROOM_URLS: '{}', NEWSROOM_STRUCTURED_DATA: '{}' };

afterAll(async () => {
  await app?.stop();
});

const ownFields = async (documentIds: string[]) => {
  const posts = await documentsOf(app, POST).findMany({
    filters: { documentId: { $in: documentIds } },
    fields: ['headline', 'slug', 'description'],
    populate: { content: true },
    sort: 'headline',
  } as any);
  return posts.map((post: any) => ({
    headline: post.headline,
    slug: post.slug,
    description: post.description,
    content: post.content.map(({ id: _id, ...component }: any) => component),
  }));
};

it("keeps the type's own fields when the type is turned off and on again", async () => {
  app = await startTestApp();
  const ids = await createChain(app, 3, 'en', POST);
  for (const documentId of ids) await documentsOf(app, POST).publish({ documentId } as any);
  const before = await ownFields(ids);
  expect(before).toHaveLength(3);

  app = await restartTestApp(app, POSTS_OFF);
  expect(Object.keys(app.strapi.contentType(POST.uid as any).attributes)).not.toContain('previousPost');
  expect(await ownFields(ids)).toEqual(before);
  // Without the plugin on the type, its own writes still work.
  await documentsOf(app, POST).update({ documentId: ids[0], data: { description: 'Edited while off.' } } as any);

  app = await restartTestApp(app);
  const after = await ownFields(ids);
  expect(after.map((post) => post.headline)).toEqual(before.map((post) => post.headline));
  expect(after.find((post) => post.description === 'Edited while off.')).toBeDefined();
  // The link table was kept while the type was off: the reading order is back.
  expect(linksAmong(await readLinks(app, 'draft', 'en', POST), ids)).toEqual(chainLinks(...ids));
  expect(linksAmong(await readLinks(app, 'published', 'en', POST), ids)).toEqual(chainLinks(...ids));
});

it('computes word counts and automatic summaries of posts written while the plugin did not serve the type, and says which pages changed', async () => {
  app = await restartTestApp(app, POSTS_OFF);
  // A front end's webhook, kept in the database across the restart.
  const webhook = await startWebhookReceiver(app, await superAdminToken(app));
  const { received } = webhook;
  const text =
    'The harbour reopened on Monday after two years of works. Ferries run every hour again, and the old fish market has become a covered hall.';
  const written = await documentsOf(app, POST).create({
    status: 'published',
    data: { ...POST.data({ description: null }, text) },
  } as any);
  app = await restartTestApp(app);
  const summary = async () => (await app.http().get(`/api/newsroom/articles/${written.documentId}/summary?type=${POST.uid}`)).body.data;
  // The backfill runs after startup, in the background.
  for (let attempt = 0; attempt < 100 && (await summary()).summarySource !== 'auto'; attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect(await summary()).toMatchObject({ summarySource: 'auto', readingTimeMinutes: 1 });
  expect((await summary()).summary.length).toBeLessThanOrEqual(80);

  try {
    for (
      let waited = 0;
      waited < 5_000 && !received.some((event) => event.pages.some((page) => page.documentId === written.documentId));
      waited += 50
    ) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const page = received.flatMap((event) => event.pages).find((candidate) => candidate.documentId === written.documentId);
    expect(page).toMatchObject({ type: POST.uid, locale: null, reasons: ['updated'] });
  } finally {
    await webhook.close();
  }
});

it('joins again a chain cut by deletes made while the plugin did not serve the type, after a dry run, and only where its ends are still free', async () => {
  // P -> X -> Y -> N and A -> B -> C, all published; X, Y and B are deleted while the type is off.
  const [p, x, y, n] = await createChain(app, 4, 'en', POST);
  const [a, b, c] = await createChain(app, 3, 'en', POST);
  for (const documentId of [p, x, y, n, a, b, c]) await documentsOf(app, POST).publish({ documentId } as any);
  app = await restartTestApp(app, POSTS_OFF);
  for (const documentId of [x, y, b]) await documentsOf(app, POST).delete({ documentId } as any);
  app = await restartTestApp(app);
  // Since then, an editor linked A to a new post: that end has moved on and is left alone.
  const [z] = await createChain(app, 1, 'en', POST);
  await documentsOf(app, POST).update({ documentId: a, data: { nextPost: z } } as any);

  const ids = [p, n, a, c, z];
  const token = await superAdminToken(app);
  const admin = (request: any) => request.set('Authorization', `Bearer ${token}`);
  const linksNow = async () => ({
    draft: linksAmong(await readLinks(app, 'draft', 'en', POST), ids),
    published: linksAmong(await readLinks(app, 'published', 'en', POST), ids),
  });
  const before = await linksNow();
  expect(before.draft).toEqual(chainLinks(a, z));

  const check = await admin(app.http().get(`/newsroom/check?type=${POST.uid}`));
  expect(check.status).toBe(200);
  const split = check.body.data.problems.filter((problem: any) => problem.kind === 'split-chain');
  expect(split.map((problem: any) => problem.articles.map((article: any) => [article.documentId, article.status]))).toEqual([
    [
      [p, 'draft'],
      [x, 'missing'],
      [y, 'missing'],
      [n, 'draft'],
    ],
    [
      [p, 'published'],
      [x, 'missing'],
      [y, 'missing'],
      [n, 'published'],
    ],
  ]);

  const dryRun = await admin(app.http().post('/newsroom/repair').send({ type: POST.uid, dryRun: true }));
  expect(dryRun.body.data.counts).toMatchObject({ linksAdded: 2, linksRemoved: 0 });
  expect(await linksNow()).toEqual(before);

  const repaired = await admin(app.http().post('/newsroom/repair').send({ type: POST.uid, dryRun: false }));
  expect(repaired.body.data.counts).toMatchObject({ linksAdded: 2 });
  expect(await linksNow()).toEqual({ draft: chainLinks(a, z).concat(chainLinks(p, n)).sort(byLink), published: chainLinks(p, n) });
  const recheck = await admin(app.http().get(`/newsroom/check?type=${POST.uid}`));
  expect(recheck.body.data.problems).toEqual([]);
});

describe('builtInArticle: false', () => {
  it('leaves the built-in article type out of Strapi, serves the site type by default, and finds every built-in article and link again once turned back on', async () => {
    app ??= await startTestApp();
    const ids = await createChain(app, 3, 'en', BUILT_IN);
    for (const documentId of ids) await documentsOf(app, BUILT_IN).publish({ documentId } as any);
    const rows = async () => Number((await app.strapi.db.connection('newsroom_articles').count({ count: '*' }))[0].count);
    const rowsBefore = await rows();
    const [post] = await createChain(app, 1, 'en', POST);
    await documentsOf(app, POST).publish({ documentId: post } as any);
    const series = await app.strapi
      .documents('plugin::newsroom.series' as any)
      .create({ data: { title: 'Off and on', slug: 'off-and-on', articleType: BUILT_IN.uid }, locale: 'en' } as any);
    const filled = await app
      .http()
      .put(`/newsroom/series/${series.documentId}/articles?locale=en`)
      .set('Authorization', `Bearer ${await superAdminToken(app)}`)
      .send({ articles: ids });
    expect(filled.status).toBe(200);
    await app.strapi.documents('plugin::newsroom.series' as any).publish({ documentId: series.documentId, locale: 'en' } as any);
    const readSeries = () => app.http().get(`/api/newsroom/series/${series.documentId}`);
    const seriesBefore = (await readSeries()).body.data;
    expect(seriesBefore.articles.map((article: any) => article.documentId)).toEqual(ids);
    const readMiddle = () => app.http().get(`/api/newsroom/read/${ids[1]}`);
    const before = (await readMiddle()).body.data;
    expect([before.previous?.documentId, before.next?.documentId]).toEqual([ids[0], ids[2]]);

    app = await restartTestApp(app, { NEWSROOM_BUILT_IN_ARTICLE: 'false', NEWSROOM_URLS: '{}' });
    // Not registered at all: no content type, no Content Manager entry, no core routes.
    expect(app.strapi.contentTypes[BUILT_IN.uid as keyof typeof app.strapi.contentTypes]).toBeUndefined();
    const token = await superAdminToken(app);
    const admin = (path: string) => app.http().get(path).set('Authorization', `Bearer ${token}`);
    const settings = await admin('/newsroom/settings');
    expect(settings.body.data.contentTypes.map((type: any) => [type.uid, type.hasArticles])).toEqual([[POST.uid, true]]);
    const managed = await admin('/content-manager/content-types');
    expect(managed.body.data.map((type: any) => type.uid)).not.toContain(BUILT_IN.uid);
    expect((await app.http().get('/api/newsroom/articles')).status).toBe(404);
    // A request that names no type is about the first of contentTypes.
    expect((await app.http().get(`/api/newsroom/read/${post}`)).body.data).toMatchObject({ documentId: post });
    const named = await app.http().get(`/api/newsroom/read/${ids[1]}?type=${encodeURIComponent(BUILT_IN.uid)}`);
    expect(named.status).toBe(400);
    expect(named.body.error.details).toMatchObject({ field: 'type', allowed: [POST.uid] });
    // Its rows stay while it is off; its series are not readers' content then.
    expect(await rows()).toBe(rowsBefore);
    expect((await readSeries()).status).toBe(404);
    const adminSeries = await admin(`/newsroom/series/${series.documentId}/articles?locale=en`);
    expect(adminSeries.status).toBe(400);
    expect(adminSeries.body.error.details).toEqual({ field: 'articleType' });

    app = await restartTestApp(app);
    expect(await rows()).toBe(rowsBefore);
    expect((await readMiddle()).body.data).toEqual(before);
    expect(linksAmong(await readLinks(app, 'published', 'en', BUILT_IN), ids)).toEqual(chainLinks(...ids));
    expect((await readSeries()).body.data).toEqual(seriesBefore);
    const settingsAgain = await app
      .http()
      .get('/newsroom/settings')
      .set('Authorization', `Bearer ${await superAdminToken(app)}`);
    expect(settingsAgain.body.data.contentTypes.map((type: any) => [type.uid, type.displayName])).toEqual([
      [BUILT_IN.uid, 'Article'],
      [POST.uid, 'Post'],
    ]);
  });
});
