import crypto from 'crypto';

import supertest from 'supertest';

import { createFullAccessToken } from './helpers/auth';
import { databaseClient } from './helpers/database';
import { createChain } from './helpers/reading-order';
import { startSecondInstance, type SecondInstance } from './helpers/second-instance';
import { startTestApp, type TestApp } from './helpers/strapi';
import { BUILT_IN, documentsOf, localeParam, POST, type Subject } from './helpers/subjects';

/*
 * Two Strapi processes on one database, each with its reader answer cache: what one
 * writes, the other stops serving as soon as it hears of it (PostgreSQL NOTIFY, or
 * Redis pub/sub with `cache.redis`). SQLite serves one process: nothing to share.
 */
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const transports: Array<'postgres' | 'redis'> = { sqlite: [], postgres: ['postgres', 'redis'], mysql: ['redis'] }[databaseClient()] as any;
const describeTransports = transports.length > 0 ? describe.each(transports) : describe.skip.each([['none']]);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describeTransports('reader answers cached on two instances, invalidated through %s', (transport) => {
  let app: TestApp;
  let second: SecondInstance;
  // A channel of this run's own: other test runs may share the Redis server.
  const env: Record<string, string> = {
    NEWSROOM_CACHE_CHANNEL: `newsroom_test_${crypto.randomBytes(4).toString('hex')}`,
    ...(transport === 'redis' ? { NEWSROOM_CACHE_REDIS: REDIS_URL } : {}),
  };

  beforeAll(async () => {
    app = await startTestApp(env);
    second = await startSecondInstance({ ...app.database.env, ...env }, 21000 + (process.pid % 9000) + (transport === 'redis' ? 1 : 0));
  });
  afterAll(async () => {
    await second?.stop();
    await app?.stop();
  });

  it('listens with the configured transport', () => {
    expect(app.strapi.plugin('newsroom').service('reader-cache').status()).toMatchObject({ transport, listening: true });
  });

  const readOnSecond = (subject: Subject, documentId: string) =>
    supertest(second.baseUrl).get(`/api/newsroom/read/${documentId}${subject === BUILT_IN ? '' : `?type=${subject.uid}`}`);

  /** Reads on the second instance until `done` holds, then `confirm` more times: it must keep holding. */
  const readUntil = async (subject: Subject, documentId: string, done: (body: any) => boolean, confirm = 10) => {
    for (let attempt = 0; attempt < 500; attempt += 1) {
      const response = await readOnSecond(subject, documentId);
      expect(response.status).toBe(200);
      if (done(response.body)) {
        for (let again = 0; again < confirm; again += 1) expect(done((await readOnSecond(subject, documentId)).body)).toBe(true);
        return;
      }
      await sleep(20);
    }
    throw new Error('the second instance never showed the change');
  };

  describe.each([BUILT_IN, POST].map((subject) => [subject.name, subject] as const))('on %s', (_name, subject: Subject) => {
    const title = subject.fields.title;
    const documents = () => documentsOf(app, subject);
    const rename = async (documentId: string, value: string) => {
      await documents().update({ documentId, ...localeParam(subject), data: { [title]: value } } as any);
      await documents().publish({ documentId, ...localeParam(subject) } as any);
    };

    it("keeps serving its cached answer through a change it cannot see (direct SQL), and drops it on the other instance's write", async () => {
      const [a] = await createChain(app, 1, 'en', subject);
      await documents().publish({ documentId: a, ...localeParam(subject) } as any);
      const before = (await readOnSecond(subject, a)).body.data.title;

      // Written behind the plugin's back: the cached answer stays (this is what makes the next step a test of the invalidation).
      const table = app.strapi.db.metadata.get(subject.uid as any).tableName;
      await app.strapi.db
        .connection(table)
        .where({ document_id: a })
        .whereNotNull('published_at')
        .update({ [title]: 'Changed by SQL' });
      expect((await readOnSecond(subject, a)).body.data.title).toBe(before);

      await rename(a, 'Renamed on the first instance');
      await readUntil(subject, a, (body) => body.data.title === 'Renamed on the first instance');
    });

    it('drops the answers that show a renamed article as a teaser', async () => {
      const [a, b] = await createChain(app, 2, 'en', subject);
      for (const id of [a, b]) await documents().publish({ documentId: id, ...localeParam(subject) } as any);
      expect((await readOnSecond(subject, a)).body.data.next).toMatchObject({ documentId: b });

      await rename(b, 'The next one, renamed');
      await readUntil(subject, a, (body) => body.data.next?.title === 'The next one, renamed');
    });

    it('drops the answer of an unpublished article: 404, and its neighbor closes the gap', async () => {
      const [a, b, c] = await createChain(app, 3, 'en', subject);
      for (const id of [a, b, c]) await documents().publish({ documentId: id, ...localeParam(subject) } as any);
      expect((await readOnSecond(subject, b)).status).toBe(200);
      expect((await readOnSecond(subject, a)).body.data.next).toMatchObject({ documentId: b });

      await documents().unpublish({ documentId: b, ...localeParam(subject) } as any);
      await readUntil(subject, a, (body) => body.data.next?.documentId === c);
      expect((await readOnSecond(subject, b)).status).toBe(404);
    });
  });

  (transport === 'postgres' ? it : it.skip)(
    'forgets everything it holds when its listening connection is lost, and listens again',
    async () => {
      const cache = () => app.strapi.plugin('newsroom').service('reader-cache');
      const [a] = await createChain(app, 1, 'en', BUILT_IN);
      await documentsOf(app, BUILT_IN).publish({ documentId: a, locale: 'en' } as any);
      const read = () => app.http().get(`/api/newsroom/read/${a}`);
      expect((await read()).status).toBe(200);
      const table = app.strapi.db.metadata.get(BUILT_IN.uid as any).tableName;
      await app.strapi.db
        .connection(table)
        .where({ document_id: a })
        .whereNotNull('published_at')
        .update({ title: 'Changed while nobody listened' });
      const cachedTitle = (await read()).body.data.title;
      expect(cachedTitle).not.toBe('Changed while nobody listened');

      // Invalidations sent while the connection is down would be missed: nothing held may be trusted after it.
      await app.strapi.db.connection.raw(
        "select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and query like 'LISTEN%' and pid <> pg_backend_pid()"
      );
      for (let waited = 0; waited < 10_000 && cache().status().listening; waited += 20) await sleep(20);
      for (let waited = 0; waited < 15_000 && !cache().status().listening; waited += 50) await sleep(50);
      expect(cache().status().listening).toBe(true);
      expect((await read()).body.data.title).toBe('Changed while nobody listened');
    }
  );

  it('drops its answers on the write of an instance that caches nothing (cache.maxBytes: 0), which still tells the others', async () => {
    const uncached = await startSecondInstance(
      { ...app.database.env, ...env, NEWSROOM_CACHE_MAX_BYTES: '0' },
      23000 + (process.pid % 9000) + (transport === 'redis' ? 1 : 0)
    );
    try {
      const token = await createFullAccessToken(app);
      const [a] = await createChain(app, 1, 'en', BUILT_IN);
      await documentsOf(app, BUILT_IN).publish({ documentId: a, locale: 'en' } as any);
      expect((await readOnSecond(BUILT_IN, a)).status).toBe(200);
      const renamed = await supertest(uncached.baseUrl)
        .put(`/api/newsroom/articles/${a}?locale=en`)
        .set('Authorization', `Bearer ${token}`)
        .send({ data: { title: 'Renamed where nothing is cached' } });
      expect(renamed.status).toBe(200);
      await readUntil(BUILT_IN, a, (body) => body.data.title === 'Renamed where nothing is cached');
    } finally {
      await uncached.stop();
    }
  });

  it('never serves a cached answer to a caller who may no longer read it', async () => {
    const [a] = await createChain(app, 1, 'en', BUILT_IN);
    await documentsOf(app, BUILT_IN).publish({ documentId: a, locale: 'en' } as any);
    expect((await readOnSecond(BUILT_IN, a)).status).toBe(200);
    expect((await readOnSecond(BUILT_IN, a)).status).toBe(200);

    const permissions = app.strapi.db.query('plugin::users-permissions.permission');
    const granted = await permissions.findOne({ where: { action: 'plugin::newsroom.reader.read' }, populate: ['role'] });
    await permissions.delete({ where: { id: granted.id } });
    try {
      const forbidden = await readOnSecond(BUILT_IN, a);
      expect(forbidden.status).toBe(403);
      expect(forbidden.body.error.name).toBe('ForbiddenError');
    } finally {
      await permissions.create({ data: { action: granted.action, role: granted.role.id } });
    }
  });
});
