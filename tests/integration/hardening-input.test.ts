import { ARTICLE_UID, articleData, countArticles, createDraft, publish } from './helpers/articles';
import { createFullAccessToken, superAdminToken } from './helpers/auth';
import { answer, expectClientError } from './helpers/http';
import { createChain, expectIntact, readLinks } from './helpers/reading-order';
import { listen } from './helpers/data-transfer';
import { startTestApp, type TestApp } from './helpers/strapi';
import { POST } from './helpers/subjects';

/*
 * What clients send is checked at the edge: server-owned fields are never written
 * by them, a body of the wrong shape or size and an article without a title are
 * refused, and malformed input on every plugin route is a 4xx in Strapi's error
 * shape that changes nothing. Low body limits make the 413s cheap to reach.
 */
const MAX_BODY_BYTES = 5000;
const MAX_BODY_WORDS = 200;

let app: TestApp;
let apiToken: string;
let adminToken: string;

beforeAll(async () => {
  app = await startTestApp({
    NEWSROOM_MAX_BODY_BYTES: String(MAX_BODY_BYTES),
    NEWSROOM_MAX_BODY_WORDS: String(MAX_BODY_WORDS),
  });
  apiToken = await createFullAccessToken(app);
  adminToken = await superAdminToken(app);
  await app.strapi.plugin('i18n').service('locales').create({ code: 'fr', name: 'French (fr)' });
});
afterAll(async () => {
  await app?.stop();
});
afterEach(() => expectIntact(app));

const documents = () => app.strapi.documents(ARTICLE_UID as any);
const api = () => ({ Authorization: `Bearer ${apiToken}` });
const admin = () => ({ Authorization: `Bearer ${adminToken}` });
const restCreate = (data: Record<string, unknown>, query = '?status=draft') =>
  app.http().post(`/api/newsroom/articles${query}`).set(api()).send({ data });
const restUpdate = (documentId: string, data: Record<string, unknown>, query = '?status=draft') =>
  app.http().put(`/api/newsroom/articles/${documentId}${query}`).set(api()).send({ data });

const paragraphs = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];

/** The stored draft row, server-owned fields included (the document service leaves private fields in). */
const storedDraft = (documentId: string) =>
  app.strapi.db.query(ARTICLE_UID as any).findOne({ where: { documentId, locale: 'en', publishedAt: null } });

/** What the plugin stores for a body: read from an article written without any server-owned field. */
const computedFor = async (body: unknown) => {
  const control = await createDraft(app, { body });
  const row = await storedDraft(control.documentId);
  return { autoSummary: row.autoSummary, wordCount: row.wordCount };
};

const INJECTED = { autoSummary: 'Injected automatic summary.', wordCount: 999999 };
const BODY = paragraphs('The new tram line opens on Monday. It has twelve stops across the city.');

describe('server-owned fields (autoSummary, wordCount)', () => {
  it('refuses them on REST create and update with a 400 naming the field, storing nothing', async () => {
    const before = await countArticles(app);
    const created = await restCreate(articleData({ body: BODY, ...INJECTED }));
    expect(answer(created)).toMatchObject({ status: 400, error: { name: 'ValidationError', details: { key: 'autoSummary' } } });
    expect(await countArticles(app)).toBe(before);

    const { documentId } = await createDraft(app, { body: BODY });
    const stored = await storedDraft(documentId);
    for (const [field, value] of Object.entries(INJECTED)) {
      const updated = await restUpdate(documentId, { title: 'A new title', [field]: value });
      expect(answer(updated)).toMatchObject({ status: 400, error: { name: 'ValidationError', details: { key: field } } });
    }
    expect(await storedDraft(documentId)).toMatchObject({
      title: stored.title,
      autoSummary: stored.autoSummary,
      wordCount: stored.wordCount,
    });
  });

  it('ignores them on the document service', async () => {
    const expected = await computedFor(BODY);
    const created = await documents().create({ locale: 'en', data: articleData({ body: BODY, ...INJECTED }) as any });
    expect(await storedDraft(created.documentId)).toMatchObject(expected);

    await documents().update({ documentId: created.documentId, locale: 'en', data: { summary: 'Edited.', ...INJECTED } as any });
    expect(await storedDraft(created.documentId)).toMatchObject(expected);
  });

  it('does not return them to clients', async () => {
    const { documentId } = await createDraft(app, { body: BODY });
    await publish(app, documentId);
    const one = await app.http().get(`/api/newsroom/articles/${documentId}`);
    expect(one.status).toBe(200);
    expect(one.body.data).not.toHaveProperty('autoSummary');
    expect(one.body.data).not.toHaveProperty('wordCount');
  });

  it('refuses them in a GraphQL mutation, storing nothing', async () => {
    const before = await countArticles(app);
    const data = articleData();
    const response = await app
      .http()
      .post('/graphql')
      .set(api())
      .send({
        query: `mutation Create($title: String!, $slug: String!) {
          createNewsroomArticle(status: DRAFT, data: { title: $title, slug: $slug, autoSummary: "Injected automatic summary.", wordCount: 999999 }) { documentId }
        }`,
        variables: { title: data.title, slug: data.slug },
      });
    // They are not in the input type: the query does not validate.
    expect(response.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(await countArticles(app)).toBe(before);
    expect(await app.strapi.db.query(ARTICLE_UID as any).count({ where: { autoSummary: INJECTED.autoSummary } })).toBe(0);
  });
});

describe('the body', () => {
  it('refuses a string as the blocks body with a 400 on details.path ["body"], changing nothing', async () => {
    const before = await countArticles(app);
    const created = await restCreate(articleData({ body: 'A plain string is not blocks.' }));
    expect(created.status).toBe(400);
    expect(created.body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError', details: { path: ['body'] } } });
    expect(await countArticles(app)).toBe(before);

    const { documentId } = await createDraft(app, { body: BODY });
    const stored = await storedDraft(documentId);
    const updated = await restUpdate(documentId, { body: 'A plain string is not blocks.' });
    expect(updated.status).toBe(400);
    expect(updated.body.error).toMatchObject({ name: 'ValidationError', details: { path: ['body'] } });
    expect(await storedDraft(documentId)).toEqual(stored);
  });

  const manyWords = paragraphs(Array.from({ length: MAX_BODY_WORDS + 50 }, () => 'word').join(' '));
  const manyBytes = paragraphs('x'.repeat(MAX_BODY_BYTES + 100));

  it.each([
    ['limits.maxBodyWords', manyWords],
    ['limits.maxBodyBytes', manyBytes],
  ])('answers a body over %s with a 413 PayloadTooLargeError, changing nothing', async (limit, body) => {
    const before = await countArticles(app);
    const created = await restCreate(articleData({ body }));
    expect(created.status).toBe(413);
    expect(created.body).toMatchObject({ data: null, error: { status: 413, name: 'PayloadTooLargeError', details: { limit } } });
    await expect(documents().create({ locale: 'en', data: articleData({ body }) as any })).rejects.toMatchObject({
      name: 'PayloadTooLargeError',
    });
    expect(await countArticles(app)).toBe(before);

    const { documentId } = await createDraft(app, { body: BODY });
    const stored = await storedDraft(documentId);
    expect((await restUpdate(documentId, { body })).status).toBe(413);
    expect(await storedDraft(documentId)).toEqual(stored);
  });
});

describe('the title', () => {
  it('is required on a create, REST and document service, drafts included', async () => {
    const before = await countArticles(app);
    const { title: _title, ...untitled } = articleData();
    const response = await restCreate(untitled);
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError' } });
    await expect(documents().create({ locale: 'en', data: untitled as any })).rejects.toMatchObject({ name: 'ValidationError' });
    expect(await countArticles(app)).toBe(before);
  });

  it('refuses a title over 255 characters before a slug is made from it (a 66 KB title made SQLite fail the slug look-up)', async () => {
    const before = await countArticles(app);
    const { slug: _slug, ...data } = articleData({ title: '<a'.repeat(33_000) });
    const response = await restCreate(data);
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({ name: 'ValidationError', details: { path: ['title'] } });
    expect(await countArticles(app)).toBe(before);
  });

  it("cannot be updated to ''", async () => {
    const { documentId, title } = await createDraft(app);
    const response = await restUpdate(documentId, { title: '' });
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({ name: 'ValidationError' });
    expect((await storedDraft(documentId)).title).toBe(title);
  });
});

describe('malformed input on the plugin routes is a 4xx in Strapi’s error shape and changes nothing', () => {
  let published: string;
  let draft: string;
  const snapshot = async () => ({
    drafts: await readLinks(app, 'draft'),
    published: await readLinks(app, 'published'),
    count: await countArticles(app),
  });
  let stateBefore: Awaited<ReturnType<typeof snapshot>>;

  beforeAll(async () => {
    [published] = await createChain(app, 2);
    await publish(app, published);
    [draft] = await createChain(app, 1);
    stateBefore = await snapshot();
  });
  afterAll(async () => {
    expect(await snapshot()).toEqual(stateBefore);
  });

  const LOCALE_MUTATIONS = ['locale[$ne]=x', 'locale[]=en', 'locale=en&locale=fr', 'locale=en%00', 'locale=xx-unknown'];
  const LONG_KEY = 'a'.repeat(300);

  const readerRoutes = (key: string) => [
    `/api/newsroom/read/${key}`,
    `/api/newsroom/articles/${key}/neighbors`,
    `/api/newsroom/articles/${key}/summary`,
    `/api/newsroom/articles/${key}/reading-order`,
  ];

  it('refuses object, array, repeated, NUL and unknown locales on the reader routes', async () => {
    for (const path of readerRoutes(published)) {
      for (const query of LOCALE_MUTATIONS) expectClientError(await app.http().get(`${path}?${query}`), `${path}?${query}`);
    }
    expectClientError(await app.http().get(`/api/newsroom/articles/${published}/reading-order?before[$gt]=1`), 'reading-order before[$gt]');
  });

  it('refuses a NUL in the key and a 300-character key on the reader routes', async () => {
    for (const key of [`${published}%00`, '%00', LONG_KEY]) {
      for (const path of readerRoutes(key)) expectClientError(await app.http().get(path), path);
    }
  });

  it('refuses malformed queries and ids on the admin search and reading-order routes', async () => {
    const get = (path: string) => app.http().get(path).set(admin());
    for (const query of [...LOCALE_MUTATIONS, 'q[$ne]=', 'q[]=a', 'exclude[$ne]=', `exclude=${draft}%00`, 'q=a%00']) {
      expectClientError(await get(`/newsroom/articles/search?${query}`), `search?${query}`);
    }
    for (const query of [...LOCALE_MUTATIONS, 'before[$gt]=1', 'after[]=1']) {
      expectClientError(await get(`/newsroom/articles/${draft}/reading-order?${query}`), `reading-order?${query}`);
    }
    for (const key of [`${draft}%00`, '%00', LONG_KEY]) {
      expectClientError(await get(`/newsroom/articles/${key}/reading-order`), `reading-order ${key.slice(0, 20)}`);
    }
  });

  it('refuses malformed bodies and ids on PUT /newsroom/articles/:documentId/links', async () => {
    const put = (documentId: string, body: unknown) =>
      app
        .http()
        .put(`/newsroom/articles/${documentId}/links`)
        .set(admin())
        .send(body as object);
    const bodies: unknown[] = [
      { next: '   ', dryRun: true },
      { next: '   ' },
      { next: { $ne: 1 } },
      { previous: [published] },
      { next: `${published}\u0000` },
      { next: null, locale: { $ne: 'x' } },
      { next: null, locale: ['en'] },
      { next: null, locale: 'xx-unknown' },
      { next: null, locale: 'en\u0000' },
    ];
    for (const body of bodies) {
      const response = await put(draft, body);
      expectClientError(response, `links ${JSON.stringify(body)}`);
      expect(response.status).toBe(400);
    }
    for (const key of [`${draft}%00`, LONG_KEY]) expectClientError(await put(key, { next: null }), `links ${key.slice(0, 20)}`);
  });

  it('refuses malformed bodies on POST /newsroom/summary/suggest', async () => {
    const suggest = (body: unknown) =>
      app
        .http()
        .post('/newsroom/summary/suggest')
        .set(admin())
        .send(body as object);
    const bodies: unknown[] = [
      { documentId: draft, locale: { $ne: 'x' } },
      { documentId: draft, locale: ['en'] },
      { documentId: draft, locale: 'xx-unknown' },
      { documentId: draft, locale: 'en\u0000' },
      { documentId: { $ne: 1 } },
      { documentId: `${draft}\u0000` },
      { documentId: LONG_KEY },
    ];
    for (const body of bodies) expectClientError(await suggest(body), `suggest ${JSON.stringify(body).slice(0, 60)}`);
  });

  it('refuses a link written to every locale at once (locale=*)', async () => {
    const response = await app
      .http()
      .post('/api/newsroom/articles?status=draft&locale=*')
      .set(api())
      .send({ data: articleData({ previousArticle: { connect: [{ documentId: published }] } }) });
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({ status: 400, name: 'ValidationError' });
  });

  it('answers a relation id past 2^31 with a 400 or 404, never a 500', async () => {
    for (const value of [{ set: [{ id: 2147483648 }] }, { connect: [{ id: 2 ** 53 }] }, 2147483648]) {
      const response = await restUpdate(draft, { previousArticle: value });
      expectClientError(response, `previousArticle ${JSON.stringify(value)}`);
      expect([400, 404]).toContain(response.status);
    }
  });

  it.each([
    ['filters[previousPost][documentId][$eq][$in]=a', 'an object under $eq'],
    ['filters[category][id][$bogus]=1', 'an unknown operator'],
  ])("refuses %s (%s) on a site type's own DELETE with a 400, deleting nothing (Strapi alone answers 500)", async (query) => {
    const [post] = await createChain(app, 1, 'en', POST);
    const response = await app.http().delete(`/api/posts/${post}?${query}`).set(api());
    expectClientError(response, `DELETE ?${query}`);
    expect(response.status).toBe(400);
    expect((await app.http().get(`/api/posts/${post}?status=draft`).set(api())).status).toBe(200);
  });

  it('refuses a NUL in the documentId of the core article routes', async () => {
    expectClientError(await app.http().get(`/api/newsroom/articles/${published}%00`), 'findOne %00');
    expectClientError(await restUpdate(`${draft}%00`, { title: 'Never stored' }), 'update %00');
  });
});

describe('oversized admin bodies', () => {
  it('refuses 100,000 ids in a reorder with a 413 before reading them, in a small answer, changing nothing', async () => {
    const [a, b] = await createChain(app, 2);
    const before = await readLinks(app, 'draft');
    const order = Array.from({ length: 100_000 }, (_, index) => `id${String(index).padStart(21, '0')}`);
    const response = await app
      .http()
      .put(`/newsroom/orders/${a}?locale=en`)
      .set(admin())
      .send({ order: [a, ...order, b], apply: 'draft' });
    expect(answer(response)).toMatchObject({ status: 413, error: { name: 'PayloadTooLargeError', details: { max: 1024 * 1024 } } });
    expect(JSON.stringify(response.body).length).toBeLessThan(1_000);
    expect(await readLinks(app, 'draft')).toEqual(before);
  });

  it('answers a reorder past its 10,000 ids with a 400 that does not echo them', async () => {
    const [a] = await createChain(app, 1);
    const order = [a, ...Array.from({ length: 10_001 }, (_, index) => `x${index}`)];
    const response = await app.http().put(`/newsroom/orders/${a}?locale=en`).set(admin()).send({ order, apply: 'draft' });
    expect(answer(response)).toMatchObject({ status: 400, error: { name: 'ValidationError', details: { field: 'order', max: 10_000 } } });
    expect(JSON.stringify(response.body).length).toBeLessThan(1_000);
  });

  it('names a few unknown fields of a huge body, not all of them', async () => {
    const body = Object.fromEntries(Array.from({ length: 2_000 }, (_, index) => [`field${index}`, 1]));
    const response = await app
      .http()
      .post('/newsroom/repair')
      .set(admin())
      .send({ ...body, dryRun: true });
    expect(answer(response)).toMatchObject({ status: 400, error: { name: 'ValidationError' } });
    expect(response.body.error.details.fields).toHaveLength(10);
    expect(JSON.stringify(response.body).length).toBeLessThan(1_000);
  });

  it('refuses a 64 kB+ body on the other admin routes, and a body without a length', async () => {
    const [a] = await createChain(app, 1);
    const response = await app
      .http()
      .put(`/newsroom/articles/${a}/links`)
      .set(admin())
      .send({ locale: 'en', padding: 'x'.repeat(70_000) });
    expect(answer(response)).toMatchObject({ status: 413, error: { name: 'PayloadTooLargeError' } });

    // Chunked: the size is known only once read.
    const { request } = await import('node:http');
    const url = await listen(app);
    await new Promise<void>((resolve, reject) => {
      const call = request(
        {
          host: url.hostname,
          port: url.port,
          method: 'POST',
          path: '/newsroom/repair',
          headers: { ...admin(), 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
        },
        (res) => {
          let text = '';
          res.on('data', (chunk) => (text += chunk));
          res.on('end', () => {
            try {
              expect(res.statusCode).toBe(411);
              expect(JSON.parse(text).error.name).toBe('LengthRequiredError');
              resolve();
            } catch (error) {
              reject(error);
            }
          });
        }
      );
      call.on('error', reject);
      call.write('{"dryRun":');
      call.end('true}');
    });
  });
});

describe('GraphQL cost', () => {
  it('answers neighbors for the first 200 articles of a request and an error for each look-up past them', async () => {
    const ids = await createChain(app, 45);
    for (const id of ids) await publish(app, id);
    const aliases = ['a', 'b', 'c', 'd', 'e'];
    const query = `{ ${aliases
      .map(
        (alias) =>
          `${alias}: newsroomArticles(filters: { documentId: { in: ${JSON.stringify(ids)} } }, pagination: { pageSize: 100 }) { documentId neighbors { next { documentId } } }`
      )
      .join(' ')} }`;

    const response = await app.http().post('/graphql').send({ query });
    const articles = aliases.flatMap((alias) => response.body.data?.[alias] ?? []);
    expect(articles).toHaveLength(aliases.length * ids.length);
    const answered = articles.filter((article: any) => article.neighbors !== null);
    expect(answered).toHaveLength(200);
    expect(response.body.errors).toHaveLength(articles.length - 200);
    for (const error of response.body.errors) expect(error.message).toContain('at most 200');
  });
});
