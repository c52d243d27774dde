import { superAdminToken } from './helpers/auth';
import { byLink, chainLinks, createChain, linksAmong, readLinks } from './helpers/reading-order';
import { restartTestApp, startTestApp, type TestApp } from './helpers/strapi';
import { documentsOf, POST } from './helpers/subjects';
import { startWebhookReceiver } from './helpers/webhook';

/**
 * A site turns the plugin off for its own type and on again: the type's own fields
 * keep their data every time (only what the plugin added comes and goes).
 */
let app: TestApp;

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

  app = await restartTestApp(app, { NEWSROOM_CONTENT_TYPES: '{}', NEWSROOM_SCOPES: '{}' });
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
  app = await restartTestApp(app, { NEWSROOM_CONTENT_TYPES: '{}', NEWSROOM_SCOPES: '{}' });
  // A front end's webhook, kept in the database across the restart.
  const webhook = await startWebhookReceiver(app, await superAdminToken(app));
  const { received } = webhook;
  const text = 'The harbour reopened on Monday after two years of works. Ferries run every hour again, and the old fish market has become a covered hall.';
  const written = await documentsOf(app, POST).create({
    status: 'published',
    data: { ...POST.data({ description: null }, text) },
  } as any);
  app = await restartTestApp(app);
  const summary = async () =>
    (await app.http().get(`/api/newsroom/articles/${written.documentId}/summary?type=${POST.uid}`)).body.data;
  // The backfill runs after startup, in the background.
  for (let attempt = 0; attempt < 100 && (await summary()).summarySource !== 'auto'; attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect(await summary()).toMatchObject({ summarySource: 'auto', readingTimeMinutes: 1 });
  expect((await summary()).summary.length).toBeLessThanOrEqual(80);

  try {
    for (let waited = 0; waited < 5_000 && !received.some((event) => event.pages.some((page) => page.documentId === written.documentId)); waited += 50) {
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
  app = await restartTestApp(app, { NEWSROOM_CONTENT_TYPES: '{}', NEWSROOM_SCOPES: '{}' });
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
    [[p, 'draft'], [x, 'missing'], [y, 'missing'], [n, 'draft']],
    [[p, 'published'], [x, 'missing'], [y, 'missing'], [n, 'published']],
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
