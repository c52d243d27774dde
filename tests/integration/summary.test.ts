import { ARTICLE_UID, createDraft, publish } from './helpers/articles';
import { restrictedAdminToken, superAdminToken } from './helpers/auth';
import { startTestApp, type TestApp } from './helpers/strapi';

let app: TestApp;
let adminToken: string;
beforeAll(async () => {
  app = await startTestApp();
  adminToken = await superAdminToken(app);
});
afterAll(async () => {
  await app?.stop();
});

const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });
const STORY = [
  paragraph('The city council approved a new tram line on Tuesday after four years of debate. The line will link the station to the university.'),
  paragraph('Construction starts in spring and should take two years. Supporters expect fewer cars on the embankment road.'),
  paragraph('Shop owners in the old town fear the roadworks. The council promised compensation for the worst affected streets.'),
];
const get = (path: string) => app.http().get(`/api/newsroom${path}`);
const suggest = (body: unknown, token = adminToken) =>
  app.http().post('/newsroom/summary/suggest').set('Authorization', `Bearer ${token}`).send(body as object);

describe('automatic summaries for readers', () => {
  it('serves an automatic summary when the editor wrote none, and the editor summary once written', async () => {
    const article = await createDraft(app, { summary: null, body: STORY });
    await publish(app, article.documentId);

    const auto = await get(`/articles/${article.documentId}/summary`);
    expect(auto.body.data).toMatchObject({ summarySource: 'auto', summary: expect.stringContaining('tram line') });
    expect(auto.body.data.summary.length).toBeLessThanOrEqual(600);
    expect((await get(`/read/${article.documentId}`)).body.data).toMatchObject({ summarySource: 'auto', summary: auto.body.data.summary });

    await app.strapi.documents(ARTICLE_UID as any).update({
      documentId: article.documentId,
      locale: 'en',
      data: { summary: 'The editor says: a tram is coming.' },
    } as any);
    await publish(app, article.documentId);
    expect((await get(`/read/${article.documentId}`)).body.data).toMatchObject({
      summarySource: 'editor',
      summary: 'The editor says: a tram is coming.',
    });
  });

  it('keeps the automatic summary out of the content API', async () => {
    const article = await createDraft(app, { summary: null, body: STORY });
    await publish(app, article.documentId);
    const response = await get(`/articles/${article.documentId}`);
    expect(response.body.data).not.toHaveProperty('autoSummary');
    expect(response.body.data).not.toHaveProperty('wordCount');
  });

  it('rejects a body of the wrong shape with 400 and writes nothing', async () => {
    const before = await app.strapi.db.query(ARTICLE_UID as any).count();
    await expect(createDraft(app, { body: [{ type: 'paragraph', children: 'not a list' }] })).rejects.toMatchObject({
      name: 'ValidationError',
    });
    expect(await app.strapi.db.query(ARTICLE_UID as any).count()).toBe(before);
  });
});

describe('POST /newsroom/summary/suggest', () => {
  it('suggests a summary from a body, with scored sentences', async () => {
    const response = await suggest({ body: STORY, locale: 'en' });
    expect(response.status).toBe(200);
    expect(response.body.data.summary.length).toBeGreaterThan(20);
    expect(response.body.data.sentences[0]).toEqual({ text: expect.any(String), score: expect.any(Number) });
  });

  it('suggests from a stored article', async () => {
    const article = await createDraft(app, { body: STORY });
    const response = await suggest({ documentId: article.documentId, locale: 'en' });
    expect(response.body.data.summary).toContain('tram');
    expect((await suggest({ documentId: 'doesnotexist0000000000000' })).status).toBe(404);
  });

  it('answers an empty summary for an empty body, and still answers for a 1 MB body', async () => {
    expect((await suggest({ body: [] })).body.data).toEqual({ summary: '', sentences: [] });
    const huge = Array.from({ length: 8000 }, (_, index) => paragraph(`Sentence number ${index} talks about the tram and its many stops along the river.`));
    const response = await suggest({ body: huge });
    expect(JSON.stringify(huge).length).toBeGreaterThan(1_000_000);
    expect(response.status).toBe(200);
    expect(response.body.data.summary.length).toBeGreaterThan(0);
  });

  it.each([
    ['a body of the wrong shape', { body: 42 }],
    ['neither body nor documentId', {}],
    ['both body and documentId', { body: [], documentId: 'x' }],
    ['an unknown field', { body: [], extra: 1 }],
    ['an unknown locale', { body: [], locale: 'xx' }],
  ])('rejects %s with 400', async (_name, body) => {
    const response = await suggest(body);
    expect(response.status).toBe(400);
    expect(response.body.error.name).toBe('ValidationError');
  });

  it('requires Content Manager update permission on articles', async () => {
    const reader = await restrictedAdminToken(app, [['plugin::content-manager.explorer.read', ARTICLE_UID]]);
    expect((await suggest({ body: STORY }, reader)).status).toBe(403);
    const editor = await restrictedAdminToken(app, [['plugin::content-manager.explorer.update', ARTICLE_UID]]);
    expect((await suggest({ body: STORY }, editor)).status).toBe(200);
    expect((await app.http().post('/newsroom/summary/suggest').send({ body: STORY })).status).toBe(401);
  });
});

describe('GET /newsroom/settings', () => {
  it('tells the admin panels the configured limits', async () => {
    const response = await app.http().get('/newsroom/settings').set('Authorization', `Bearer ${adminToken}`);
    expect(response.body).toEqual({
      data: { summary: { maxLength: 600, auto: true }, reader: { wordsPerMinute: 230 }, suggest: { available: true } },
    });
  });
});
