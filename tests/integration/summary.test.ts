import { bodyFingerprint } from '../../server/src/services/summary/fingerprint';
import { ARTICLE_UID, articleData, createDraft, publish } from './helpers/articles';
import { createFullAccessToken, restrictedAdminToken, superAdminToken } from './helpers/auth';
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
  paragraph(
    'The city council approved a new tram line on Tuesday after four years of debate. The line will link the station to the university.'
  ),
  paragraph('Construction starts in spring and should take two years. Supporters expect fewer cars on the embankment road.'),
  paragraph('Shop owners in the old town fear the roadworks. The council promised compensation for the worst affected streets.'),
];
/** A council report whose fourth paragraph is about parking: the lead is not, so only the title brings parking in. */
const COUNCIL = [
  paragraph(
    'The city council met on Tuesday evening for its monthly session in the town hall. Members discussed the budget for next year at length.'
  ),
  paragraph(
    'The council also approved a new plan for the opening hours of the library. The library will open on Sundays from April onwards.'
  ),
  paragraph(
    'Residents asked about the state of the roads near the school on the hill. The mayor said the works would be finished before the summer.'
  ),
  paragraph(
    'Parking fees in the old town will rise by twenty cents an hour from March. Shop owners said higher parking fees would keep their customers away.'
  ),
];
const COUNCIL_TITLE = 'Parking fees rise in the old town';
const get = (path: string) => app.http().get(`/api/newsroom${path}`);
const suggest = (body: unknown, token = adminToken) =>
  app
    .http()
    .post('/newsroom/summary/suggest')
    .set('Authorization', `Bearer ${token}`)
    .send(body as object);

describe('automatic summaries for readers', () => {
  it('serves an automatic summary when the editor wrote none, and the editor summary once written', async () => {
    const article = await createDraft(app, { summary: null, body: STORY });
    await publish(app, article.documentId);

    // `medium` is the stored automatic summary the article page shows; this short body's default is `short`, its lead.
    const auto = await get(`/articles/${article.documentId}/summary?length=medium`);
    expect(auto.body.data).toMatchObject({ summarySource: 'auto', summary: expect.stringContaining('tram line') });
    expect(auto.body.data.summary.length).toBeLessThanOrEqual(600);
    expect((await get(`/read/${article.documentId}`)).body.data).toMatchObject({ summarySource: 'auto', summary: auto.body.data.summary });
    expect((await get(`/articles/${article.documentId}/summary`)).body.data).toMatchObject({
      length: 'short',
      summary: expect.stringMatching(/^The city council approved/),
    });

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
    expect(response.body.data.sentences[0]).toEqual({ text: expect.any(String), score: expect.any(Number), index: expect.any(Number) });
    // Each sentence says where it stands in the body: the first paragraph's two sentences are 0 and 1.
    expect(response.body.data.sentences.map((sentence: { index: number }) => sentence.index)).toEqual([0, 1, 2]);
  });

  it('previews the key points readers would get: whole sentences of the body, as many as its word count picks', async () => {
    const { data } = (await suggest({ body: STORY, locale: 'en' })).body;
    const sentences = STORY.flatMap((block) => block.children[0].text.split(/(?<=\.) /));
    expect(data.length).toBe('short');
    expect(data.keyPoints).toHaveLength(3);
    for (const point of data.keyPoints) expect(sentences).toContain(point);
  });

  it("favours the sentences about the title sent with the body, or the stored draft's title", async () => {
    const about = (response: { body: { data: { sentences: Array<{ text: string }> } } }) =>
      response.body.data.sentences.some((sentence) => sentence.text.startsWith('Parking fees'));
    expect(about(await suggest({ body: COUNCIL, locale: 'en' }))).toBe(false);
    expect(about(await suggest({ body: COUNCIL, locale: 'en', title: COUNCIL_TITLE }))).toBe(true);

    const article = await createDraft(app, { title: COUNCIL_TITLE, body: COUNCIL });
    expect(about(await suggest({ documentId: article.documentId, locale: 'en' }))).toBe(true);
  });

  it('suggests from a stored article', async () => {
    const article = await createDraft(app, { body: STORY });
    const response = await suggest({ documentId: article.documentId, locale: 'en' });
    expect(response.body.data.summary).toContain('tram');
    expect((await suggest({ documentId: 'doesnotexist0000000000000' })).status).toBe(404);
  });

  it('answers an empty summary for an empty body, and still answers for a 1 MB body', async () => {
    expect((await suggest({ body: [] })).body.data).toEqual({ summary: '', sentences: [], keyPoints: [], length: 'short' });
    const huge = Array.from({ length: 8000 }, (_, index) =>
      paragraph(`Sentence number ${index} talks about the tram and its many stops along the river.`)
    );
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
    ['a title with documentId (the draft has its own)', { documentId: 'x', title: 'A title' }],
    ['a title that is an object', { body: [], title: { $ne: 'x' } }],
    ['a title given twice', { body: [], title: ['a', 'b'] }],
    ['a title with control characters', { body: [], title: 'A\u0000title' }],
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

describe('the body fingerprint behind the stale-summary warning', () => {
  const OTHER_STORY = [paragraph('The harbour festival returns in June with boats from twelve countries. Tickets go on sale on Monday.')];
  const status = (documentId: string, token = adminToken, query = '?locale=en') =>
    app.http().get(`/newsroom/articles/${documentId}/summary-status${query}`).set('Authorization', `Bearer ${token}`);
  const storedFingerprint = async (documentId: string) =>
    (await app.strapi.db.query(ARTICLE_UID as any).findOne({ where: { documentId, locale: 'en', publishedAt: null } }))
      .summaryBodyFingerprint;
  const update = (documentId: string, data: Record<string, unknown>) =>
    app.strapi.documents(ARTICLE_UID as any).update({ documentId, locale: 'en', data } as any);

  it('is taken from the body when the summary is written, and kept while only the body changes', async () => {
    const article = await createDraft(app, { summary: 'A tram is coming.', body: STORY });
    expect((await status(article.documentId)).body).toEqual({
      data: { summary: 'A tram is coming.', bodyFingerprint: bodyFingerprint(STORY) },
    });

    // The Content Manager sends the unchanged summary with every save: the fingerprint stays the one it was written against.
    await update(article.documentId, { summary: 'A tram is coming.', body: OTHER_STORY });
    expect(await storedFingerprint(article.documentId)).toBe(bodyFingerprint(STORY));

    // A new summary without a body in the same write is written against the stored body.
    await update(article.documentId, { summary: 'A harbour festival.' });
    expect(await storedFingerprint(article.documentId)).toBe(bodyFingerprint(OTHER_STORY));

    await update(article.documentId, { summary: '' });
    expect((await status(article.documentId)).body).toEqual({ data: { summary: null, bodyFingerprint: null } });
  });

  it('cannot be written by clients: the content API refuses it, the Content Manager and the document service drop it', async () => {
    const INJECTED = { summaryBodyFingerprint: 'w3k128:00000000' };
    const injectedRows = () => app.strapi.db.query(ARTICLE_UID as any).count({ where: INJECTED });
    const apiToken = await createFullAccessToken(app);
    const created = await app
      .http()
      .post('/api/newsroom/articles?status=draft')
      .set('Authorization', `Bearer ${apiToken}`)
      .send({ data: articleData({ summary: 'Written by a client.', body: STORY, ...INJECTED }) });
    expect({ status: created.status, key: created.body.error?.details?.key }).toEqual({ status: 400, key: 'summaryBodyFingerprint' });

    const { documentId } = await createDraft(app, { summary: 'Written by an editor.', body: STORY });
    const updated = await app
      .http()
      .put(`/api/newsroom/articles/${documentId}?status=draft`)
      .set('Authorization', `Bearer ${apiToken}`)
      .send({ data: { title: 'Another title', ...INJECTED } });
    expect(updated.status).toBe(400);

    const viaContentManager = await app
      .http()
      .put(`/content-manager/collection-types/${ARTICLE_UID}/${documentId}?locale=en`)
      .set('Authorization', `Bearer ${adminToken}`)
      .send({ title: 'Another title', summary: 'Rewritten in the Content Manager.', ...INJECTED });
    expect(viaContentManager.status).toBe(200);
    expect(await storedFingerprint(documentId)).toBe(bodyFingerprint(STORY));

    await update(documentId, { summary: 'Rewritten in code.', ...INJECTED });
    expect(await storedFingerprint(documentId)).toBe(bodyFingerprint(STORY));
    expect(await injectedRows()).toBe(0);
  });

  it('is served to admins who may read the article in the Content Manager, and to no one else', async () => {
    const article = await createDraft(app, { summary: 'A tram is coming.', body: STORY });
    const reader = await restrictedAdminToken(app, [['plugin::content-manager.explorer.read', ARTICLE_UID]]);
    expect((await status(article.documentId, reader)).status).toBe(200);
    const writerOnly = await restrictedAdminToken(app, [['plugin::content-manager.explorer.update', ARTICLE_UID]]);
    expect((await status(article.documentId, writerOnly)).status).toBe(403);
    const noArticles = await restrictedAdminToken(app, [['plugin::newsroom.reading-order.read']]);
    expect((await status(article.documentId, noArticles)).status).toBe(403);
    expect((await app.http().get(`/newsroom/articles/${article.documentId}/summary-status`)).status).toBe(401);

    expect((await status('doesnotexist0000000000000')).status).toBe(404);
    expect((await status(article.documentId, adminToken, '?locale=xx')).status).toBe(400);
    expect((await status(article.documentId, adminToken, '?locale[$ne]=en')).status).toBe(400);
  });
});

describe('GET /newsroom/settings', () => {
  it('tells the admin panels the configured limits', async () => {
    const response = await app.http().get('/newsroom/settings').set('Authorization', `Bearer ${adminToken}`);
    expect(response.body).toEqual({
      data: {
        summary: { maxLength: 600, auto: true },
        reader: { wordsPerMinute: 230 },
        suggest: { available: true },
        contentTypes: [
          expect.objectContaining({ uid: 'plugin::newsroom.article', summaryMaxLength: 600, bodyShape: { kind: 'blocks' } }),
          expect.objectContaining({ uid: 'api::post.post', summaryMaxLength: 80, localized: false }),
        ],
      },
    });
  });
});
