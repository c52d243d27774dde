import { createFullAccessToken, restrictedAdminToken, superAdminToken } from './helpers/auth';
import { chainLinks, createChain, expectIntact, linksAmong, readLinks } from './helpers/reading-order';
import { startTestApp, type TestApp } from './helpers/strapi';
import { BUILT_IN, documentsOf, localeParam, POST, SUBJECTS, typeQuery, type Subject } from './helpers/subjects';

/**
 * Every rule, reader route and admin route on both kinds of type: the built-in
 * article (localized, blocks body) and a site's own type (the playground's Post:
 * no i18n, a dynamic-zone body, link fields added by the plugin).
 */
let app: TestApp;
let apiToken: string;
let adminToken: string;

beforeAll(async () => {
  app = await startTestApp();
  apiToken = await createFullAccessToken(app);
  adminToken = await superAdminToken(app);
});
afterAll(async () => {
  await app?.stop();
});

const admin = (method: 'get' | 'put' | 'post', path: string) => app.http()[method](path).set('Authorization', `Bearer ${adminToken}`);
const reader = (path: string, token = apiToken) => app.http().get(path).set('Authorization', `Bearer ${token}`);

const customToken = async (permissions: string[]) =>
  (
    await app.strapi.service('admin::api-token').create({
      name: `newsroom-custom-${Math.random()}`,
      type: 'custom',
      permissions,
      lifespan: null,
    })
  ).accessKey as string;

describe.each(SUBJECTS.map((subject) => [subject.name, subject] as const))('on %s', (_name, subject: Subject) => {
  const documents = () => documentsOf(app, subject);
  const publish = (documentId: string) => documents().publish({ documentId, ...localeParam(subject) } as any);
  const update = (documentId: string, data: Record<string, unknown>) =>
    documents().update({ documentId, ...localeParam(subject), data } as any);
  const slugOf = async (documentId: string) =>
    (await documents().findOne({ documentId, ...localeParam(subject) } as any))![subject.fields.slug] as string;

  afterEach(async () => {
    await expectIntact(app, subject);
  });

  describe('the reading-order rules', () => {
    it('keeps both sides of a link in step', async () => {
      const [a, b] = await createChain(app, 2, 'en', subject);
      const draft = await documents().findOne({ documentId: a, ...localeParam(subject), populate: [subject.fields.next] } as any);
      expect(draft![subject.fields.next]).toMatchObject({ documentId: b });
      expect(await readLinks(app, 'draft', 'en', subject)).toEqual(expect.arrayContaining(chainLinks(a, b)));
    });

    it('refuses a self-link and a loop, changing nothing', async () => {
      const [a, b, c] = await createChain(app, 3, 'en', subject);
      const before = await readLinks(app, 'draft', 'en', subject);
      await expect(update(a, { [subject.fields.next]: a })).rejects.toMatchObject({ details: { rule: 'self-link' } });
      await expect(update(c, { [subject.fields.next]: a })).rejects.toMatchObject({ details: { rule: 'cycle', articles: [c, a, b, c] } });
      expect(await readLinks(app, 'draft', 'en', subject)).toEqual(before);
    });

    it('never links across types', async () => {
      const other = subject === POST ? BUILT_IN : POST;
      const [foreign] = await createChain(app, 1, 'en', other);
      const [a] = await createChain(app, 1, 'en', subject);
      await expect(update(a, { [subject.fields.next]: foreign })).rejects.toMatchObject({ details: { rule: 'not-found' } });
    });

    it('publishes links with the articles, closes the gap of an unpublished one and heals a deleted one', async () => {
      const [a, b, c, d] = await createChain(app, 4, 'en', subject);
      const ids = [a, b, c, d];
      const links = async (status: 'draft' | 'published') => linksAmong(await readLinks(app, status, 'en', subject), ids);
      for (const id of ids) await publish(id);
      expect(await links('published')).toEqual(chainLinks(a, b, c, d));
      await documents().unpublish({ documentId: b, ...localeParam(subject) } as any);
      expect(await links('published')).toEqual(chainLinks(a, c, d));
      await documents().delete({ documentId: c, ...localeParam(subject) } as any);
      expect(await links('published')).toEqual(chainLinks(a, d));
      expect(await links('draft')).toEqual(chainLinks(a, b, d));
    });

    it('keeps the order valid under concurrent relinking', async () => {
      const ids = await createChain(app, 6, 'en', subject);
      await Promise.allSettled(ids.map((id, index) => update(id, { [subject.fields.next]: ids[(index + 2) % ids.length] })));
      // afterEach checks the invariants.
    });
  });

  describe('the reader API', () => {
    it('answers an article page with teasers from the mapped fields and an ETag', async () => {
      const [a, b, c] = await createChain(app, 3, 'en', subject);
      for (const id of [a, b, c]) await publish(id);
      const slug = await slugOf(b);
      const response = await reader(`/api/newsroom/read/${slug}${typeQuery(subject)}`);
      expect(response.status).toBe(200);
      expect(response.body.data).toMatchObject({
        documentId: b,
        slug,
        locale: subject.localized ? 'en' : null,
        previous: { documentId: a, source: 'linked' },
        next: { documentId: c, source: 'linked' },
      });
      expect(response.body.data.title).toMatch(/^(Article|Post) /);
      expect(response.body.data.readingTimeMinutes).toBe(1);
      const again = await reader(`/api/newsroom/read/${b}${typeQuery(subject)}`).set('If-None-Match', response.headers.etag);
      expect(again.status).toBe(304);

      const neighbors = await reader(`/api/newsroom/articles/${b}/neighbors${typeQuery(subject)}`);
      expect(neighbors.body.data).toMatchObject({ previous: { documentId: a }, next: { documentId: c } });
      const order = await reader(`/api/newsroom/articles/${b}/reading-order${typeQuery(subject)}`);
      expect(order.body.data.map((item: { documentId: string }) => item.documentId)).toEqual([a, b, c]);
    });

    it("serves an automatic summary within the summary field's limit when the editor wrote none", async () => {
      const long = Array.from(
        { length: 6 },
        (_, i) => `Sentence number ${i + 1} tells the reader something new about the harbour project.`
      ).join(' ');
      const created = await documents().create({
        ...localeParam(subject),
        data: subject.data({ [subject.fields.summary]: null }, long),
      } as any);
      await publish(created.documentId);
      const response = await reader(`/api/newsroom/articles/${created.documentId}/summary${typeQuery(subject)}`);
      expect(response.status).toBe(200);
      expect(response.body.data.summarySource).toBe('auto');
      expect(response.body.data.summary).toMatch(/harbour|Sentence/);
      if (subject === POST) {
        expect(response.body.data.summary.length).toBeLessThanOrEqual(80);
        expect(response.body.data.summary).not.toMatch(/quote/);
      }
    });

    it("answers 403 to a caller that holds the reader route but not the type's find/findOne", async () => {
      const [a] = await createChain(app, 1, 'en', subject);
      await publish(a);
      const readerOnly = await customToken(['plugin::newsroom.reader.read']);
      const refused = await reader(`/api/newsroom/read/${a}${typeQuery(subject)}`, readerOnly);
      expect(refused.status).toBe(403);
      expect(refused.body).toMatchObject({ data: null, error: { status: 403, name: 'ForbiddenError' } });
      const allowed = await customToken(['plugin::newsroom.reader.read', `${subject.uid}.findOne`]);
      expect((await reader(`/api/newsroom/read/${a}${typeQuery(subject)}`, allowed)).status).toBe(200);
    });

    it('lists the articles each answer shows in Cache-Tag, on 200 and 304', async () => {
      const [a, b, c] = await createChain(app, 3, 'en', subject);
      for (const id of [a, b, c]) await publish(id);
      const tag = (id: string) => (subject.localized ? `newsroom:${id}:en` : `newsroom:${id}`);
      // Every answer also carries its type's tag, which a purge of the whole type names.
      const ofType = subject.localized ? `newsroom-type:${subject.uid}:en` : `newsroom-type:${subject.uid}`;
      const tagsOf = (response: { headers: Record<string, string> }) =>
        response.headers['cache-tag']
          .split(',')
          .filter((value) => value !== ofType)
          .sort();
      expect((await reader(`/api/newsroom/articles/${a}/summary${typeQuery(subject)}`)).headers['cache-tag'].split(',')).toContain(ofType);
      const read = await reader(`/api/newsroom/read/${b}${typeQuery(subject)}`);
      expect(tagsOf(read)).toEqual([a, b, c].map(tag).sort());
      const revalidated = await reader(`/api/newsroom/read/${b}${typeQuery(subject)}`).set('If-None-Match', read.headers.etag);
      expect(revalidated.status).toBe(304);
      expect(tagsOf(revalidated)).toEqual([a, b, c].map(tag).sort());
      expect(tagsOf(await reader(`/api/newsroom/articles/${b}/neighbors${typeQuery(subject)}`))).toEqual([a, b, c].map(tag).sort());
      expect(tagsOf(await reader(`/api/newsroom/articles/${b}/summary${typeQuery(subject)}`))).toEqual([tag(b)]);
      expect(tagsOf(await reader(`/api/newsroom/articles/${a}/reading-order?after=1&before=0${typeQuery(subject, '&')}`))).toEqual(
        [a, b].map(tag).sort()
      );
    });

    it('never shows a draft', async () => {
      const [a, b] = await createChain(app, 2, 'en', subject);
      await publish(a);
      const response = await reader(`/api/newsroom/read/${a}${typeQuery(subject)}`);
      expect(response.body.data.next).toBeNull();
      expect((await reader(`/api/newsroom/read/${b}${typeQuery(subject)}`)).status).toBe(404);
    });
  });

  describe('the admin routes', () => {
    it('read and change the order of the type', async () => {
      const [a, b] = await createChain(app, 2, 'en', subject);
      const [c] = await createChain(app, 1, 'en', subject);
      const order = await admin('get', `/newsroom/articles/${a}/reading-order${typeQuery(subject)}`);
      expect(order.status).toBe(200);
      expect(order.body.data.next).toMatchObject({ documentId: b });

      const changed = await admin('put', `/newsroom/articles/${a}/links${typeQuery(subject)}`).send({ next: c });
      expect(changed.status).toBe(200);
      expect(changed.body.data.next).toMatchObject({ documentId: c });
      expect(changed.body.data.detached).toEqual([expect.objectContaining({ reason: 'replaced' })]);

      const search = await admin('get', `/newsroom/articles/search?q=${subject === POST ? 'Post' : 'Article'}${typeQuery(subject, '&')}`);
      expect(search.status).toBe(200);
      expect(search.body.data.length).toBeGreaterThan(0);
    });

    it("suggest a summary for a body as the type holds it, within the field's limit", async () => {
      const body = subject.data(
        {},
        'The council approved the new harbour plan on Monday after a long debate. Work starts in spring and should end within two years.'
      )[subject.fields.body];
      const response = await admin('post', `/newsroom/summary/suggest${typeQuery(subject)}`).send({ body });
      expect(response.status).toBe(200);
      expect(response.body.data.summary).toMatch(/harbour/);
      if (subject === POST) expect(response.body.data.summary.length).toBeLessThanOrEqual(80);
    });

    it('report the summary status of the type', async () => {
      const [a] = await createChain(app, 1, 'en', subject);
      const response = await admin('get', `/newsroom/articles/${a}/summary-status${typeQuery(subject)}`);
      expect(response.status).toBe(200);
      expect(response.body.data.summary).toMatch(/^(Summary of|About) /);
      expect(response.body.data.bodyFingerprint).toEqual(expect.any(String));
    });
  });

  it("hides what the plugin stores from the type's own API and refuses it as input", async () => {
    const [a] = await createChain(app, 1, 'en', subject);
    await publish(a);
    const own = await reader(`${subject.restBase}/${a}`);
    expect(own.status).toBe(200);
    const keys = Object.keys(own.body.data);
    for (const hidden of [
      'autoSummary',
      'wordCount',
      'summaryBodyFingerprint',
      'newsroomAutoSummary',
      'newsroomWordCount',
      'newsroomSummaryFingerprint',
    ]) {
      expect(keys).not.toContain(hidden);
    }
    const forged = subject === POST ? { newsroomAutoSummary: 'Forged' } : { autoSummary: 'Forged' };
    await app.http().put(`${subject.restBase}/${a}`).set('Authorization', `Bearer ${apiToken}`).send({ data: forged });
    const row = await app.strapi.db.query(subject.uid as any).findOne({ where: { documentId: a, publishedAt: null } });
    expect(row[subject === POST ? 'newsroomAutoSummary' : 'autoSummary']).not.toBe('Forged');
  });
});

describe('writes Strapi itself would get wrong', () => {
  it.each(['xx', 'EN', 'all'])('refuse an unknown locale (%s) on a localized type, creating nothing', async (locale) => {
    const before = await app.strapi.db.query(BUILT_IN.uid as any).count();
    const response = await app
      .http()
      .post(`${BUILT_IN.restBase}?locale=${locale}`)
      .set('Authorization', `Bearer ${apiToken}`)
      .send({ data: BUILT_IN.data() });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError', details: { field: 'locale' } } });
    expect(await app.strapi.db.query(BUILT_IN.uid as any).count()).toBe(before);
  });

  it("answer 400, not 500, to deleting a draft on its own on a site's type", async () => {
    const [a] = await createChain(app, 1, 'en', POST);
    const response = await app.http().delete(`${POST.restBase}/${a}?status=draft`).set('Authorization', `Bearer ${apiToken}`);
    expect(response.status).toBe(400);
    expect(await documentsOf(app, POST).findOne({ documentId: a } as any)).not.toBeNull();
  });
});

describe('the type parameter', () => {
  it.each([
    ['an unknown uid', 'type=api::nope.nope'],
    ['a type the plugin does not serve', 'type=plugin::users-permissions.user'],
    ['an object', 'type[$ne]=x'],
    ['a repeated value', 'type=a&type=b'],
  ])('is a 400 for %s, naming the served types', async (_name, query) => {
    for (const path of [
      '/api/newsroom/read/x',
      '/api/newsroom/articles/x/neighbors',
      '/api/newsroom/articles/x/summary',
      '/api/newsroom/articles/x/reading-order',
    ]) {
      const response = await reader(`${path}?${query}`);
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError' } });
    }
    const admins = await admin('get', `/newsroom/articles/x/reading-order?${query}`);
    expect(admins.status).toBe(400);
  });

  it('lists the served types in the error', async () => {
    const response = await reader('/api/newsroom/read/x?type=api::nope.nope');
    expect(response.body.error.message).toContain('plugin::newsroom.article');
    expect(response.body.error.message).toContain('api::post.post');
  });

  it('lists both types in the admin settings', async () => {
    const response = await admin('get', '/newsroom/settings');
    expect(response.body.data.contentTypes.map((type: { uid: string }) => type.uid)).toEqual([BUILT_IN.uid, POST.uid]);
    expect(response.body.data.contentTypes[1]).toMatchObject({ localized: false, summaryMaxLength: 80, fields: { title: 'headline' } });
  });
});

describe('admin permissions per type', () => {
  const postFields = { fields: ['headline', 'slug', 'description', 'image', 'content', 'previousPost', 'nextPost'], locales: undefined };

  it("answer 403 on a type whose Content Manager permissions the admin lacks, even with the plugin's own actions", async () => {
    const [a] = await createChain(app, 1, 'en', POST);
    const articlesOnly = await restrictedAdminToken(app, [
      ['plugin::newsroom.reading-order.read'],
      ['plugin::newsroom.reading-order.update'],
      ['plugin::content-manager.explorer.read', BUILT_IN.uid],
      ['plugin::content-manager.explorer.update', BUILT_IN.uid],
    ]);
    const get = (token: string) =>
      app
        .http()
        .get(`/newsroom/articles/${a}/reading-order${typeQuery(POST)}`)
        .set('Authorization', `Bearer ${token}`);
    expect((await get(articlesOnly)).status).toBe(403);
    const search = await app
      .http()
      .get(`/newsroom/articles/search${typeQuery(POST)}`)
      .set('Authorization', `Bearer ${articlesOnly}`);
    expect(search.status).toBe(403);

    const postReaders = await restrictedAdminToken(app, [
      ['plugin::newsroom.reading-order.read'],
      ['plugin::content-manager.explorer.read', POST.uid, postFields],
    ]);
    expect((await get(postReaders)).status).toBe(200);
    const put = await app
      .http()
      .put(`/newsroom/articles/${a}/links${typeQuery(POST)}`)
      .set('Authorization', `Bearer ${postReaders}`)
      .send({ next: null });
    expect(put.status).toBe(403);
  });
});

describe('GraphQL on every type', () => {
  const graphql = (query: string) => app.http().post('/graphql').set('Authorization', `Bearer ${apiToken}`).send({ query });

  it("answers newsroomRead(type:) and the reader fields on the site's type", async () => {
    const [a, b] = await createChain(app, 2, 'en', POST);
    for (const id of [a, b]) await documentsOf(app, POST).publish({ documentId: id } as any);
    const read = await graphql(`{ newsroomRead(type: "api::post.post", slug: "${a}") { documentId locale next { documentId } } }`);
    expect(read.body.errors).toBeUndefined();
    expect(read.body.data.newsroomRead).toMatchObject({ documentId: a, locale: null, next: { documentId: b } });
    const fields = await graphql(
      `{ post(documentId: "${a}") { headline neighbors { next { documentId } } readingTimeMinutes summarySource } }`
    );
    expect(fields.body.errors).toBeUndefined();
    expect(fields.body.data.post).toMatchObject({ neighbors: { next: { documentId: b } }, readingTimeMinutes: 1 });
  });

  it('refuses an unknown type', async () => {
    const response = await graphql('{ newsroomRead(type: "api::nope.nope", slug: "x") { documentId } }');
    expect(response.body.errors?.[0]?.message).toMatch(/type must be one of/);
  });
});
