import { createFullAccessToken } from './helpers/auth';
import { ARTICLE_UID, articleData, countArticles, createDraft, publish } from './helpers/articles';
import { startTestApp, type TestApp } from './helpers/strapi';

let app: TestApp;
let token: string;

beforeAll(async () => {
  app = await startTestApp();
  token = await createFullAccessToken(app);
});
afterAll(async () => {
  await app?.stop();
});

const authorized = () => ({ Authorization: `Bearer ${token}` });

describe('the Article content type', () => {
  it('is registered as plugin::newsroom.article in collection newsroom_articles, with draft & publish and i18n', async () => {
    const contentType = app.strapi.contentType(ARTICLE_UID as any) as any;
    expect(contentType.collectionName).toBe('newsroom_articles');
    expect(contentType.options.draftAndPublish).toBe(true);
    expect(contentType.pluginOptions.i18n.localized).toBe(true);
    expect(await app.strapi.db.connection.schema.hasTable('newsroom_articles')).toBe(true);
  });

  it('has the documented fields', () => {
    const { attributes } = app.strapi.contentType(ARTICLE_UID as any) as any;
    expect(attributes.title).toMatchObject({ type: 'string', required: true });
    expect(attributes.slug).toMatchObject({ type: 'uid', targetField: 'title', required: true });
    expect(attributes.summary).toMatchObject({ type: 'text', maxLength: 600 });
    expect(attributes.body).toMatchObject({ type: 'blocks' });
    expect(attributes.cover).toMatchObject({ type: 'media', multiple: false, allowedTypes: ['images'] });
    expect(attributes.previousArticle).toMatchObject({
      type: 'relation',
      relation: 'oneToOne',
      target: ARTICLE_UID,
      inversedBy: 'nextArticle',
    });
    expect(attributes.nextArticle).toMatchObject({
      type: 'relation',
      relation: 'oneToOne',
      target: ARTICLE_UID,
      mappedBy: 'previousArticle',
    });
    for (const name of ['title', 'slug', 'summary', 'body', 'cover', 'previousArticle', 'nextArticle']) {
      expect(attributes[name].pluginOptions?.i18n?.localized).toBe(true);
    }
  });
});

describe('REST for an authorized client', () => {
  it('creates, reads, updates and deletes an article', async () => {
    const data = articleData();
    const created = await app.http().post('/api/newsroom/articles').set(authorized()).send({ data });
    expect(created.status).toBe(201);
    const { documentId } = created.body.data;
    expect(created.body.data).toMatchObject({ title: data.title, slug: data.slug, locale: 'en' });

    const read = await app.http().get(`/api/newsroom/articles/${documentId}`).set(authorized());
    expect(read.status).toBe(200);
    expect(read.body.data).toMatchObject({ documentId, summary: data.summary, body: data.body });

    const updated = await app
      .http()
      .put(`/api/newsroom/articles/${documentId}`)
      .set(authorized())
      .send({ data: { title: 'A better headline' } });
    expect(updated.status).toBe(200);
    expect(updated.body.data.title).toBe('A better headline');

    const listed = await app.http().get('/api/newsroom/articles').set(authorized());
    expect(listed.body.data.map((article: any) => article.documentId)).toContain(documentId);

    const deleted = await app.http().delete(`/api/newsroom/articles/${documentId}`).set(authorized());
    expect(deleted.status).toBe(204);
    const gone = await app.http().get(`/api/newsroom/articles/${documentId}`).set(authorized());
    expect(gone.status).toBe(404);
    expect(gone.body).toMatchObject({ data: null, error: { status: 404, name: 'NotFoundError' } });
  });
});

describe('the public role (granted find and findOne by the playground)', () => {
  it('reads published articles and never sees drafts', async () => {
    const draft = await createDraft(app);
    const published = await createDraft(app);
    await publish(app, published.documentId);

    const list = await app.http().get('/api/newsroom/articles?pagination[pageSize]=100');
    expect(list.status).toBe(200);
    const ids = list.body.data.map((article: any) => article.documentId);
    expect(ids).toContain(published.documentId);
    expect(ids).not.toContain(draft.documentId);

    expect((await app.http().get(`/api/newsroom/articles/${published.documentId}`)).status).toBe(200);
    expect((await app.http().get(`/api/newsroom/articles/${draft.documentId}`)).status).toBe(404);
  });

  it('gets 403 on every write', async () => {
    const article = await createDraft(app);
    const before = await countArticles(app);
    const writes = [
      app.http().post('/api/newsroom/articles').send({ data: articleData() }),
      app
        .http()
        .put(`/api/newsroom/articles/${article.documentId}`)
        .send({ data: { title: 'Defaced' } }),
      app.http().delete(`/api/newsroom/articles/${article.documentId}`),
    ];
    for (const response of await Promise.all(writes)) {
      expect(response.status).toBe(403);
      expect(response.body).toMatchObject({ data: null, error: { status: 403, name: 'ForbiddenError' } });
    }
    expect(await countArticles(app)).toBe(before);
  });
});

describe('the summary length limit (summary.maxLength, 600 by default)', () => {
  it('rejects a create with a 601-character summary with a 400 ValidationError and writes nothing', async () => {
    const before = await countArticles(app);
    const response = await app
      .http()
      .post('/api/newsroom/articles')
      .set(authorized())
      .send({ data: articleData({ summary: 'x'.repeat(601) }) });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      data: null,
      error: { status: 400, name: 'ValidationError', message: expect.stringContaining('summary') },
    });
    expect(response.body.error.details).toBeDefined();
    expect(await countArticles(app)).toBe(before);
  });

  it('rejects an update over the limit and keeps the old summary', async () => {
    const article = await createDraft(app, { summary: 'Short and sweet.' });
    const response = await app
      .http()
      .put(`/api/newsroom/articles/${article.documentId}?status=draft`)
      .set(authorized())
      .send({ data: { summary: 'y'.repeat(601) } });
    expect(response.status).toBe(400);
    expect(response.body.error.name).toBe('ValidationError');
    const stored = await app.strapi.documents(ARTICLE_UID as any).findOne({ documentId: article.documentId });
    expect(stored?.summary).toBe('Short and sweet.');
  });

  it('accepts exactly 600 characters', async () => {
    const response = await app
      .http()
      .post('/api/newsroom/articles')
      .set(authorized())
      .send({ data: articleData({ summary: 'z'.repeat(600) }) });
    expect(response.status).toBe(201);
  });

  it('is enforced on the document service too', async () => {
    await expect(createDraft(app, { summary: 'w'.repeat(601) })).rejects.toMatchObject({
      name: 'ValidationError',
    });
  });
});

describe('previousArticle and nextArticle are one relation', () => {
  it('shows B.previousArticle = A as A.nextArticle = B, in draft and after publishing both', async () => {
    const a = await createDraft(app);
    const b = await createDraft(app);

    const linked = await app
      .http()
      .put(`/api/newsroom/articles/${b.documentId}?status=draft`)
      .set(authorized())
      .send({ data: { previousArticle: a.documentId } });
    expect(linked.status).toBe(200);

    const draftA = await app.http().get(`/api/newsroom/articles/${a.documentId}?status=draft&populate=nextArticle`).set(authorized());
    expect(draftA.body.data.nextArticle?.documentId).toBe(b.documentId);

    await publish(app, a.documentId);
    await publish(app, b.documentId);

    const publishedA = await app.http().get(`/api/newsroom/articles/${a.documentId}?populate=nextArticle`);
    expect(publishedA.body.data.nextArticle?.documentId).toBe(b.documentId);
    const publishedB = await app.http().get(`/api/newsroom/articles/${b.documentId}?populate=previousArticle`);
    expect(publishedB.body.data.previousArticle?.documentId).toBe(a.documentId);
  });
});
