import { superAdminToken, createFullAccessToken } from './helpers/auth';
import { localesScope } from '../../server/src/services/reading-order/lock-scope';
import { databaseClient, holdReadingOrderLock } from './helpers/database';
import { answer } from './helpers/http';
import { chainLinks, createChain, expectIntact, linksAmong, readLinks } from './helpers/reading-order';
import { startTestApp, type TestApp } from './helpers/strapi';
import { BUILT_IN, POST } from './helpers/subjects';

/*
 * A link change waits at most `readingOrder.lockTimeoutMs` for the lock another
 * process holds, then fails with a 503 and changes nothing. SQLite has one writer
 * and no such lock, so this runs on PostgreSQL and MySQL/MariaDB.
 */
const describeOnServerDatabase = databaseClient() === 'sqlite' ? describe.skip : describe;

describeOnServerDatabase('readingOrder.lockTimeoutMs', () => {
  let app: TestApp;
  let adminToken: string;
  let apiToken: string;

  beforeAll(async () => {
    app = await startTestApp({ NEWSROOM_LOCK_TIMEOUT_MS: '500' });
    adminToken = await superAdminToken(app);
    apiToken = await createFullAccessToken(app);
    await app.strapi.plugin('i18n').service('locales').create({ code: 'fr', name: 'French (fr)' });
  });
  afterAll(async () => {
    await app?.stop();
  });
  afterEach(() => expectIntact(app));

  const putLinks = (documentId: string, body: Record<string, unknown>) =>
    app.http().put(`/newsroom/articles/${documentId}/links`).set('Authorization', `Bearer ${adminToken}`).send(body);
  const restUpdate = (documentId: string, data: Record<string, unknown>) =>
    app.http().put(`/api/newsroom/articles/${documentId}?status=draft`).set('Authorization', `Bearer ${apiToken}`).send({ data });

  it.each([
    ['the admin links route', (a: string, b: string) => putLinks(a, { next: b })],
    ['a REST update', (a: string, b: string) => restUpdate(a, { nextArticle: b })],
  ])('answers %s with a 503 while another connection holds the lock, then succeeds once it is released', async (_name, change) => {
    const [a] = await createChain(app, 1);
    const [b] = await createChain(app, 1);

    const lock = await holdReadingOrderLock(app.database);
    let refused;
    try {
      refused = await change(a, b);
    } finally {
      await lock.release();
    }
    expect(answer(refused)).toMatchObject({ status: 503, error: { status: 503, name: expect.any(String), message: expect.any(String) } });
    expect(refused.body.data).toBeNull();
    expect(linksAmong(await readLinks(app, 'draft'), [a, b])).toEqual([]);

    expect((await change(a, b)).status).toBe(200);
    expect(linksAmong(await readLinks(app, 'draft'), [a, b])).toEqual(chainLinks(a, b));
  });

  it('lets a save that changes no link through while the lock is held: a slow save never holds it, so it never blocks link changes', async () => {
    const [a, b] = await createChain(app, 2);
    const lock = await holdReadingOrderLock(app.database);
    let saved;
    let linked;
    try {
      saved = await restUpdate(a, { title: 'Saved while the lock is held' });
      // A change of the reading order still waits for the lock, and gives up.
      linked = await restUpdate(a, { nextArticle: null });
    } finally {
      await lock.release();
    }
    expect(saved.status).toBe(200);
    expect(saved.body.data.title).toBe('Saved while the lock is held');
    expect(linked.status).toBe(503);
    expect(linksAmong(await readLinks(app, 'draft'), [a, b])).toEqual(chainLinks(a, b));
  });

  it('never makes editors of other locales or other types wait: only a change of the held type and locale waits', async () => {
    const [enA, enB] = await createChain(app, 2);
    const [frA, frB] = await createChain(app, 2, 'fr');
    const [postA, postB] = await createChain(app, 2, 'en', POST);
    const lock = await holdReadingOrderLock(app.database, localesScope(BUILT_IN.uid, ['fr']));
    const results: Record<string, number> = {};
    try {
      results.english = (await putLinks(enA, { next: null, locale: 'en' })).status;
      results.post = (
        await app
          .http()
          .put(`/newsroom/articles/${postA}/links?type=${POST.uid}`)
          .set('Authorization', `Bearer ${adminToken}`)
          .send({ next: null })
      ).status;
      results.french = (await putLinks(frA, { next: null, locale: 'fr' })).status;
    } finally {
      await lock.release();
    }
    expect(results).toEqual({ english: 200, post: 200, french: 503 });
    expect(linksAmong(await readLinks(app, 'draft'), [enA, enB])).toEqual([]);
    expect(linksAmong(await readLinks(app, 'draft', 'en', POST), [postA, postB])).toEqual([]);
    expect(linksAmong(await readLinks(app, 'draft', 'fr'), [frA, frB])).toEqual(chainLinks(frA, frB));
  });
});
