import { ARTICLE_UID, articleData, createDraft, publish } from './helpers/articles';
import { createFullAccessToken, createReadOnlyToken, restrictedAdminToken } from './helpers/auth';
import { answer, expectForbidden } from './helpers/http';
import { chainLinks, createChain, findViolations, linksAmong, readLinks } from './helpers/reading-order';
import { startTestApp, type TestApp } from './helpers/strapi';

/*
 * Drafts never leave the admin: the public role and read-only tokens get published
 * articles only, readers see published state only (a draft-only link changes
 * nothing they see), and the admin routes honour the Content Manager's locale
 * conditions. This file boots with the default options (skipUnpublished on, no
 * date fallback).
 */
let app: TestApp;
let fullAccess: string;
let readOnly: string;

beforeAll(async () => {
  app = await startTestApp();
  fullAccess = await createFullAccessToken(app);
  readOnly = await createReadOnlyToken(app);
  await app.strapi.plugin('i18n').service('locales').create({ code: 'fr', name: 'French (fr)' });
});
afterAll(async () => {
  await app?.stop();
});

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const graphql = (query: string, headers: Record<string, string> = {}) => app.http().post('/graphql').set(headers).send({ query });
const read = (documentId: string) => app.http().get(`/api/newsroom/read/${documentId}`);

describe('drafts on the core article routes', () => {
  let draft: string;
  let published: string;
  beforeAll(async () => {
    draft = (await createDraft(app)).documentId;
    published = (await createDraft(app)).documentId;
    await publish(app, published);
  });

  it('refuses status=draft to the public role with a 403 ForbiddenError, on the list and on one article', async () => {
    expectForbidden(await app.http().get('/api/newsroom/articles?status=draft'));
    expectForbidden(await app.http().get(`/api/newsroom/articles/${draft}?status=draft`));
    expectForbidden(await app.http().get(`/api/newsroom/articles/${published}?status=draft`));
  });

  it('still serves published articles to the public role, with status=published or no status', async () => {
    for (const query of ['', '?status=published']) {
      const list = await app.http().get(`/api/newsroom/articles${query}`);
      expect(list.status).toBe(200);
      const ids = list.body.data.map((article: any) => article.documentId);
      expect(ids).toContain(published);
      expect(ids).not.toContain(draft);
      expect((await app.http().get(`/api/newsroom/articles/${published}${query}`)).status).toBe(200);
    }
  });

  it('refuses drafts to a read-only API token with a 403', async () => {
    expectForbidden(await app.http().get('/api/newsroom/articles?status=draft').set(bearer(readOnly)));
    expectForbidden(await app.http().get(`/api/newsroom/articles/${draft}?status=draft`).set(bearer(readOnly)));
    expect((await app.http().get('/api/newsroom/articles').set(bearer(readOnly))).status).toBe(200);
  });

  it('lets a read-only API token (the one a front end should use) read the reader API, REST and GraphQL, and nothing more', async () => {
    const [a, b] = await createChain(app, 2);
    await publish(app, a);
    await publish(app, b);
    const token = bearer(readOnly);
    const page = await app.http().get(`/api/newsroom/read/${a}?locale=en`).set(token);
    expect(page.status).toBe(200);
    expect(page.body.data.next).toMatchObject({ documentId: b });
    for (const path of [`/api/newsroom/articles/${a}/neighbors`, `/api/newsroom/articles/${a}/summary`, `/api/newsroom/articles/${a}/reading-order`]) {
      expect([path, (await app.http().get(path).set(token)).status]).toEqual([path, 200]);
    }
    const graphql = await app.http().post('/graphql').set(token).send({ query: `{ newsroomRead(slug: "${a}") { documentId next { documentId } } }` });
    expect(graphql.body.errors).toBeUndefined();
    expect(graphql.body.data.newsroomRead).toEqual({ documentId: a, next: { documentId: b } });
    // Writes stay refused to it.
    const write = await app.http().post('/api/newsroom/articles').set(token).send({ data: { title: 'No' } });
    expect(write.status).toBe(403);
  });

  it('serves drafts to a full-access API token', async () => {
    const list = await app.http().get('/api/newsroom/articles?status=draft&pagination[pageSize]=100').set(bearer(fullAccess));
    expect(list.status).toBe(200);
    expect(list.body.data.map((article: any) => article.documentId)).toContain(draft);
    const one = await app.http().get(`/api/newsroom/articles/${draft}?status=draft`).set(bearer(fullAccess));
    expect(one.status).toBe(200);
    expect(one.body.data).toMatchObject({ documentId: draft, publishedAt: null });
  });

  it.each(['status[]=draft', 'status=bogus', 'status[$ne]=published', 'status=draft&status=published'])(
    'answers %s with a 400 ValidationError',
    async (query) => {
      for (const path of ['/api/newsroom/articles', `/api/newsroom/articles/${draft}`]) {
        const response = await app.http().get(`${path}?${query}`);
        expect(answer(response)).toMatchObject({ status: 400, error: { status: 400, name: 'ValidationError' } });
      }
    }
  );

  it('refuses newsroomArticles(status: DRAFT) to the public role with a FORBIDDEN GraphQL error', async () => {
    for (const query of [
      '{ newsroomArticles(status: DRAFT) { documentId title } }',
      `{ newsroomArticle(documentId: "${draft}", status: DRAFT) { documentId } }`,
    ]) {
      const response = await graphql(query);
      expect(response.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(JSON.stringify(response.body.data ?? {})).not.toContain(draft);
    }
    const published_ = await graphql('{ newsroomArticles(status: PUBLISHED) { documentId } }');
    expect(published_.body.errors).toBeUndefined();
    expect(published_.body.data.newsroomArticles.map((article: any) => article.documentId)).toContain(published);
  });

  it('answers newsroomArticles(status: DRAFT) to a full-access token, and refuses it to a read-only token', async () => {
    const writer = await graphql('{ newsroomArticles(status: DRAFT, pagination: { pageSize: 100 }) { documentId } }', bearer(fullAccess));
    expect(writer.body.errors).toBeUndefined();
    expect(writer.body.data.newsroomArticles.map((article: any) => article.documentId)).toContain(draft);

    const reader = await graphql('{ newsroomArticles(status: DRAFT) { documentId } }', bearer(readOnly));
    expect(reader.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('readers see published state only', () => {
  it('ignores a draft-only link through an unpublished article until it is published', async () => {
    const [a] = await createChain(app, 1);
    const [b] = await createChain(app, 1);
    const [u] = await createChain(app, 1);
    await publish(app, a);
    await publish(app, b);

    // Link A -> U -> B in drafts: nothing published changes.
    await app.strapi.documents(ARTICLE_UID as any).update({ documentId: u, locale: 'en', data: { previousArticle: a, nextArticle: b } as any });
    expect(linksAmong(await readLinks(app, 'draft'), [a, u, b])).toEqual(chainLinks(a, u, b));
    expect(linksAmong(await readLinks(app, 'published'), [a, u, b])).toEqual([]);
    expect((await read(a)).body.data.next).toBeNull();
    expect((await read(b)).body.data.previous).toBeNull();

    await publish(app, u);
    expect((await read(a)).body.data.next).toMatchObject({ documentId: u, source: 'linked' });
    const middle = (await read(u)).body.data;
    expect(middle.previous).toMatchObject({ documentId: a, source: 'linked' });
    expect(middle.next).toMatchObject({ documentId: b, source: 'linked' });
    expect((await read(b)).body.data.previous).toMatchObject({ documentId: u, source: 'linked' });
    expect(await findViolations(app)).toEqual([]);
  });

  it('steps over an unpublished article (A -> C) and shows it again once republished (A -> B -> C)', async () => {
    const [a, b, c] = await createChain(app, 3);
    for (const id of [a, b, c]) await publish(app, id);

    await app.strapi.documents(ARTICLE_UID as any).unpublish({ documentId: b, locale: 'en' });
    expect((await read(a)).body.data.next).toMatchObject({ documentId: c });
    expect((await read(c)).body.data.previous).toMatchObject({ documentId: a });
    expect((await read(a)).body.data.previous).toBeNull();
    expect((await read(c)).body.data.next).toBeNull();
    expect((await read(b)).status).toBe(404);

    await publish(app, b);
    expect((await read(a)).body.data.next).toMatchObject({ documentId: b, source: 'linked' });
    expect((await read(b)).body.data).toMatchObject({ previous: { documentId: a }, next: { documentId: c } });
    expect((await read(c)).body.data.previous).toMatchObject({ documentId: b, source: 'linked' });
    expect(linksAmong(await readLinks(app, 'published'), [a, b, c])).toEqual(chainLinks(a, b, c));
    expect(await findViolations(app)).toEqual([]);
  });
});

describe('admin routes with a Content Manager permission limited to French', () => {
  let token: string;
  let english: string;
  let french: string;
  beforeAll(async () => {
    const frenchOnly = { locales: ['fr'] };
    token = await restrictedAdminToken(app, [
      ['plugin::newsroom.reading-order.read'],
      ['plugin::content-manager.explorer.read', ARTICLE_UID, frenchOnly],
      ['plugin::content-manager.explorer.update', ARTICLE_UID, frenchOnly],
    ]);
    english = (await createDraft(app, { title: 'Conditions english draft' }, 'en')).documentId;
    french = (await createDraft(app, { title: 'Conditions brouillon' }, 'fr')).documentId;
  });
  const admin = (request: any) => request.set(bearer(token));

  it('finds no English drafts in search, and the French ones', async () => {
    const englishSearch = await admin(app.http().get('/newsroom/articles/search?locale=en&q=Conditions'));
    if (englishSearch.status === 200) expect(englishSearch.body.data).toEqual([]);
    else expectForbidden(englishSearch);

    const frenchSearch = await admin(app.http().get('/newsroom/articles/search?locale=fr&q=Conditions'));
    expect(frenchSearch.status).toBe(200);
    expect(frenchSearch.body.data.map((item: any) => item.documentId)).toEqual([french]);
  });

  it("refuses an English article's reading order with a 403, and answers a French one", async () => {
    expectForbidden(await admin(app.http().get(`/newsroom/articles/${english}/reading-order?locale=en`)));
    expect((await admin(app.http().get(`/newsroom/articles/${french}/reading-order?locale=fr`))).status).toBe(200);
  });

  it('refuses a summary suggestion from an English article with a 403, and makes one from a French one', async () => {
    expectForbidden(await admin(app.http().post('/newsroom/summary/suggest').send({ documentId: english, locale: 'en' })));
    expect((await admin(app.http().post('/newsroom/summary/suggest').send({ documentId: french, locale: 'fr' }))).status).toBe(200);
  });
});

/**
 * Every admin route that shows or changes articles obeys the Content Manager's
 * permission with its conditions, as the Content Manager itself does: a route run
 * by a full editor, a French-only editor, an "is creator" editor and a read-only one.
 */
describe('admin routes x roles: locale and creator conditions', () => {
  const READ = 'plugin::content-manager.explorer.read';
  const UPDATE = 'plugin::content-manager.explorer.update';
  const CREATE = 'plugin::content-manager.explorer.create';
  const ORDER_READ = 'plugin::newsroom.reading-order.read';
  const ORDER_UPDATE = 'plugin::newsroom.reading-order.update';
  const roles: Record<string, string> = {};
  let english: string[];
  beforeAll(async () => {
    english = await createChain(app, 2);
    roles.full = await restrictedAdminToken(app, [[ORDER_READ], [ORDER_UPDATE], [READ, ARTICLE_UID], [UPDATE, ARTICLE_UID]]);
    roles.french = await restrictedAdminToken(app, [
      [ORDER_READ],
      [ORDER_UPDATE],
      [READ, ARTICLE_UID, { locales: ['fr'] }],
      [UPDATE, ARTICLE_UID, { locales: ['fr'] }],
    ]);
    roles.creator = await restrictedAdminToken(app, [
      [ORDER_READ],
      [ORDER_UPDATE],
      [READ, ARTICLE_UID, {}, ['admin::is-creator']],
      [UPDATE, ARTICLE_UID, {}, ['admin::is-creator']],
      [CREATE, ARTICLE_UID, {}, ['admin::is-creator']],
    ]);
    roles.readOnly = await restrictedAdminToken(app, [[ORDER_READ], [READ, ARTICLE_UID]]);
  });
  const as = (role: string) => (request: any) => request.set(bearer(roles[role]));

  const wholeLocaleRoutes = (locale: string) => [
    ['GET /newsroom/orders', (request: any) => request.get(`/newsroom/orders?locale=${locale}`)],
    ['GET /newsroom/orders/:documentId', (request: any) => request.get(`/newsroom/orders/${english[0]}?locale=${locale}`)],
    ['GET /newsroom/check', (request: any) => request.get(`/newsroom/check?locale=${locale}`)],
    ['POST /newsroom/repair (dry run)', (request: any) => request.post('/newsroom/repair').send({ locale, dryRun: true })],
    ['POST /newsroom/repair', (request: any) => request.post('/newsroom/repair').send({ locale, dryRun: false })],
  ] as const;

  it.each(wholeLocaleRoutes('en').map(([name, call]) => [name, call]))(
    '%s in English: 200 for a full editor, a 403 for French-only, "is creator" and (writes) read-only editors, and nothing changes',
    async (name, call) => {
      const before = await readLinks(app, 'draft');
      expect((await as('full')(call(app.http()))).status).toBe(200);
      for (const role of ['french', 'creator']) {
        const response = await as(role)(call(app.http()));
        expectForbidden(response);
        // The 403 says which permission's conditions leave out what the route covers.
        expect(response.body.error.details).toMatchObject({ action: expect.stringMatching(/^plugin::content-manager\.explorer\./), reason: 'conditions' });
      }
      // The read-only editor lacks the plugin's update action: the route's policy refuses a repair.
      if (name === 'POST /newsroom/repair') expect((await as('readOnly')(call(app.http()))).status).toBe(403);
      expect(await readLinks(app, 'draft')).toEqual(before);
    }
  );

  it('lets the French-only editor use the whole-locale routes in French', async () => {
    for (const [, call] of wholeLocaleRoutes('fr').filter(([name]) => name !== 'GET /newsroom/orders/:documentId')) {
      expect((await as('french')(call(app.http()))).status).toBe(200);
    }
  });

  describe('an "is creator" editor relinking', () => {
    let own: string[];
    beforeAll(async () => {
      own = [];
      for (let index = 0; index < 2; index += 1) {
        const created = await as('creator')(
          app.http().post(`/content-manager/collection-types/${ARTICLE_UID}?locale=en`).send(articleData({ title: `Own article ${index}` }))
        );
        expect(created.status).toBe(201);
        own.push(created.body.data.documentId);
      }
    });

    it('links their own articles to each other', async () => {
      const response = await as('creator')(app.http().put(`/newsroom/articles/${own[0]}/links`).send({ locale: 'en', next: own[1] }));
      expect(response.status).toBe(200);
      expect(linksAmong(await readLinks(app, 'draft'), own)).toEqual(chainLinks(own[0], own[1]));
    });

    it("cannot take another admin's article into their chain: links route, its dry run and the Content Manager's link field", async () => {
      const before = await readLinks(app, 'draft');
      const calls = [
        () => app.http().put(`/newsroom/articles/${own[1]}/links`).send({ locale: 'en', next: english[0], dryRun: true }),
        () => app.http().put(`/newsroom/articles/${own[1]}/links`).send({ locale: 'en', next: english[0] }),
        () =>
          app
            .http()
            .put(`/content-manager/collection-types/${ARTICLE_UID}/${own[1]}?locale=en`)
            .send({ nextArticle: { connect: [{ documentId: english[0], locale: 'en' }] } }),
      ];
      for (const call of calls) {
        const response = await as('creator')(call());
        expectForbidden(response);
        expect(response.body.error.details).toMatchObject({ action: 'plugin::content-manager.explorer.update', articles: [english[0]], reason: 'conditions' });
      }
      expect(await readLinks(app, 'draft')).toEqual(before);
      expect(await findViolations(app)).toEqual([]);
    });
  });

  it('names the missing action when a route refuses a role outright (the admin policy, a reader route for a read-only token)', async () => {
    const response = await as('readOnly')(app.http().post('/newsroom/repair').send({ locale: 'en', dryRun: true }));
    expect(response.status).toBe(403);
    expect(response.body.error).toMatchObject({ name: 'ForbiddenError', details: { action: 'plugin::newsroom.reading-order.update', reason: 'permission' } });
  });
});
