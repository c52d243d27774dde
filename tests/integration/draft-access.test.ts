import { ARTICLE_UID, articleData, createDraft, publish } from './helpers/articles';
import { createFullAccessToken, createReadOnlyToken, restrictedAdminToken } from './helpers/auth';
import { answer, expectForbidden } from './helpers/http';
import { chainLinks, createChain, findViolations, linksAmong, readLinks } from './helpers/reading-order';
import { startTestApp, type TestApp } from './helpers/strapi';
import adminRoutes from '../../server/src/routes/admin';

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
    for (const path of [
      `/api/newsroom/articles/${a}/neighbors`,
      `/api/newsroom/articles/${a}/summary`,
      `/api/newsroom/articles/${a}/reading-order`,
    ]) {
      expect([path, (await app.http().get(path).set(token)).status]).toEqual([path, 200]);
    }
    const graphql = await app
      .http()
      .post('/graphql')
      .set(token)
      .send({ query: `{ newsroomRead(slug: "${a}") { documentId next { documentId } } }` });
    expect(graphql.body.errors).toBeUndefined();
    expect(graphql.body.data.newsroomRead).toEqual({ documentId: a, next: { documentId: b } });
    // Writes stay refused to it.
    const write = await app
      .http()
      .post('/api/newsroom/articles')
      .set(token)
      .send({ data: { title: 'No' } });
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
    await app.strapi
      .documents(ARTICLE_UID as any)
      .update({ documentId: u, locale: 'en', data: { previousArticle: a, nextArticle: b } as any });
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
 * Every admin route obeys the Content Manager's permission with its locale and creator
 * conditions, as the Content Manager itself does. Reads show only the articles the role
 * may read ("others are left out"), or answer a 403 when the role may read no article of
 * the type in that locale; writes are refused (a 403, nothing changed) when they would
 * change an article the role may not update. Each route of routes/admin.ts is run by four
 * editors, on English articles of other admins and on the editor's own scope:
 * - full: read and update of every article (and series);
 * - french: read and update of French articles only (and French series);
 * - creator: read and update of the articles they created ("is creator"), every series;
 * - readOnly: read of every article and series, without the plugin's update action.
 */
describe('admin routes x roles: locale and creator conditions', () => {
  const READ = 'plugin::content-manager.explorer.read';
  const UPDATE = 'plugin::content-manager.explorer.update';
  const CREATE = 'plugin::content-manager.explorer.create';
  const PUBLISH = 'plugin::content-manager.explorer.publish';
  const ORDER_READ = 'plugin::newsroom.reading-order.read';
  const ORDER_UPDATE = 'plugin::newsroom.reading-order.update';
  const SERIES_UID = 'plugin::newsroom.series';
  const SERIES_FIELDS = { fields: ['title', 'slug', 'description', 'articleType'] };
  const ROLES = ['full', 'french', 'creator', 'readOnly'] as const;
  type Role = (typeof ROLES)[number];
  const roles = {} as Record<Role, string>;
  let creatorId: number;

  /** The locale of each role's own scope, and whether an article (its rows) is one the role may read. */
  const ownLocale: Record<Role, string> = { full: 'en', french: 'fr', creator: 'en', readOnly: 'en' };
  const mayRead: Record<Role, (row: { locale: string | null; createdBy: number | null }) => boolean> = {
    full: () => true,
    french: (row) => row.locale === 'fr',
    creator: (row) => row.createdBy === creatorId,
    readOnly: () => true,
  };

  /** What a request is about: no article, other admins' English articles, or the role's own scope (French articles for the French-only editor, their own for the "is creator" one, any for the others). */
  type Target = 'any' | 'others' | 'own';
  type Statuses = Record<Role, number>;
  const all = (status: number): Statuses => ({ full: status, french: status, creator: status, readOnly: status });

  interface Cell {
    /** The request, and the articles it names itself (a refusal may name those back). */
    send: () => Promise<{ response: any; named: string[] }>;
    /** Run after the answer, whatever it was: removes what the cell set up. */
    cleanup?: () => Promise<void>;
  }

  interface RouteSpec {
    route: string;
    target: Target;
    /** Writes are checked to change nothing when refused. */
    write: boolean;
    expect: Statuses;
    /** Sets up what the request needs (fresh articles for a write) and builds it. */
    cell: (role: Role) => Promise<Cell>;
  }

  const as = (role: Role) => (request: any) => request.set(bearer(roles[role]));
  const suffix = () => Math.random().toString(36).slice(2, 8);
  const documents = () => app.strapi.documents(ARTICLE_UID as any);
  const knex = () => app.strapi.db.connection;
  const articleTable = () => (app.strapi.db.metadata.get(ARTICLE_UID as any) as any).tableName as string;
  const linkTable = () => {
    const joinTable = (app.strapi.db.metadata.get(ARTICLE_UID as any) as any).attributes.previousArticle.joinTable;
    return {
      name: joinTable.name as string,
      hasPrevious: joinTable.joinColumn.name as string,
      previous: joinTable.inverseJoinColumn.name as string,
    };
  };

  /** An English article of another admin (made through the document service: nobody is its creator), or a French one. */
  const othersArticle = async (locale = 'en') => (await createDraft(app, { title: `Matrix ${suffix()}` }, locale)).documentId as string;
  /** An English article the "is creator" editor created, through the Content Manager. */
  const creatorsArticle = async () => {
    const created = await as('creator')(
      app
        .http()
        .post(`/content-manager/collection-types/${ARTICLE_UID}?locale=en`)
        .send(articleData({ title: `Matrix own ${suffix()}` }))
    );
    expect(created.status).toBe(201);
    return created.body.data.documentId as string;
  };
  /** An article of the role's own scope: French for the French-only editor, their own for the "is creator" one. */
  const ownArticle = (role: Role) => (role === 'creator' ? creatorsArticle() : othersArticle(ownLocale[role]));
  const link = async (ids: string[], locale: string) => {
    for (let index = 1; index < ids.length; index += 1) {
      await documents().update({ documentId: ids[index], locale, data: { previousArticle: ids[index - 1] } as any });
    }
    return ids;
  };
  const newSeries = async (locale: string) => {
    const title = `Matrix series ${suffix()}`;
    const created = await app.strapi
      .documents(SERIES_UID as any)
      .create({ locale, data: { title, slug: title.toLowerCase().replace(/ /g, '-'), articleType: ARTICLE_UID } as any });
    return created.documentId as string;
  };
  const setSeries = async (series: string, locale: string, articles: string[]) => {
    const response = await as('full')(app.http().put(`/newsroom/series/${series}/articles?locale=${locale}`).send({ articles }));
    expect(response.status).toBe(200);
  };
  /** Damage only a repair fixes: the article linked to itself. */
  const selfLink = async (documentId: string, locale: string) => {
    const row = await knex()(articleTable()).where({ document_id: documentId, locale }).whereNull('published_at').first('id');
    const { name, hasPrevious, previous } = linkTable();
    await knex()(name).insert({ [hasPrevious]: row.id, [previous]: row.id });
    return async () => {
      await knex()(name)
        .where({ [hasPrevious]: row.id, [previous]: row.id })
        .delete();
    };
  };
  const bulkSettled = () => app.strapi.plugin('newsroom').service('bulk').settled();

  /** What the writes could change: every link row, the series index and the series lists. */
  const snapshot = async () => ({
    links: await knex()(linkTable().name).select('*').orderBy('id'),
    index: await knex()('newsroom_series_articles')
      .select('series_document_id', 'locale', 'status', 'article_document_id', 'position')
      .orderBy(['series_document_id', 'locale', 'status', 'position']),
    lists: (await knex()('newsroom_series').select('document_id', 'locale', 'published_at', 'articles').orderBy('id')).map((row: any) => [
      row.document_id,
      row.locale,
      row.published_at === null,
      typeof row.articles === 'string' ? JSON.parse(row.articles) : row.articles,
    ]),
  });

  /** Every string of a JSON answer (an error's details included). */
  const stringsOf = (value: unknown): string[] =>
    typeof value === 'string'
      ? [value]
      : Array.isArray(value)
        ? value.flatMap(stringsOf)
        : value !== null && typeof value === 'object'
          ? Object.values(value).flatMap(stringsOf)
          : [];

  /** The articles an answer names that the role may not read, besides those the request itself named. */
  const unreadableIn = async (role: Role, body: unknown, named: string[]) => {
    const rows = await knex()(articleTable()).select({ documentId: 'document_id', locale: 'locale', createdBy: 'created_by_id' });
    const byDocument = new Map<string, Array<{ locale: string | null; createdBy: number | null }>>();
    for (const row of rows)
      byDocument.set(row.documentId, [
        ...(byDocument.get(row.documentId) ?? []),
        { locale: row.locale, createdBy: row.createdBy === null ? null : Number(row.createdBy) },
      ]);
    return [...new Set(stringsOf(body))].filter(
      (text) => byDocument.has(text) && !named.includes(text) && !byDocument.get(text)!.some(mayRead[role])
    );
  };

  /** Shared articles the reads look at: English chains (one mixing the "is creator" editor's articles with others'), a French one, series of each. */
  const shared = {} as {
    mixed: string[];
    others: string[];
    french: string[];
    mixedSeries: string;
    othersSeries: string;
    frenchSeries: string;
    jobs: Record<'en' | 'fr', string>;
  };
  /** The article and series of a read: another admin's English ones, or those of the role's own scope (a chain or series with others' articles for the "is creator" editor). */
  const readTarget = (target: Exclude<Target, 'any'>, role: Role) =>
    target === 'others'
      ? { article: shared.others[0], series: shared.othersSeries, locale: 'en' }
      : role === 'french'
        ? { article: shared.french[0], series: shared.frenchSeries, locale: 'fr' }
        : { article: shared.mixed[1], series: shared.mixedSeries, locale: 'en' };

  beforeAll(async () => {
    roles.full = await restrictedAdminToken(app, [
      [ORDER_READ],
      [ORDER_UPDATE],
      [READ, ARTICLE_UID],
      [UPDATE, ARTICLE_UID],
      [PUBLISH, ARTICLE_UID],
      [READ, SERIES_UID, SERIES_FIELDS],
      [UPDATE, SERIES_UID, SERIES_FIELDS],
    ]);
    roles.french = await restrictedAdminToken(app, [
      [ORDER_READ],
      [ORDER_UPDATE],
      [READ, ARTICLE_UID, { locales: ['fr'] }],
      [UPDATE, ARTICLE_UID, { locales: ['fr'] }],
      [PUBLISH, ARTICLE_UID, { locales: ['fr'] }],
      [READ, SERIES_UID, { ...SERIES_FIELDS, locales: ['fr'] }],
      [UPDATE, SERIES_UID, { ...SERIES_FIELDS, locales: ['fr'] }],
    ]);
    roles.creator = await restrictedAdminToken(app, [
      [ORDER_READ],
      [ORDER_UPDATE],
      [READ, ARTICLE_UID, {}, ['admin::is-creator']],
      [UPDATE, ARTICLE_UID, {}, ['admin::is-creator']],
      [CREATE, ARTICLE_UID, {}, ['admin::is-creator']],
      [PUBLISH, ARTICLE_UID, {}, ['admin::is-creator']],
      [READ, SERIES_UID, SERIES_FIELDS],
      [UPDATE, SERIES_UID, SERIES_FIELDS],
    ]);
    roles.readOnly = await restrictedAdminToken(app, [[ORDER_READ], [READ, ARTICLE_UID], [READ, SERIES_UID, SERIES_FIELDS]]);
    creatorId = (await as('creator')(app.http().get('/admin/users/me'))).body.data.id;

    shared.mixed = await link([await othersArticle(), await creatorsArticle(), await creatorsArticle(), await othersArticle()], 'en');
    shared.others = await link([await othersArticle(), await othersArticle()], 'en');
    shared.french = await link([await othersArticle('fr'), await othersArticle('fr')], 'fr');
    shared.mixedSeries = await newSeries('en');
    await setSeries(shared.mixedSeries, 'en', shared.mixed.slice(0, 2));
    shared.othersSeries = await newSeries('en');
    await setSeries(shared.othersSeries, 'en', shared.others);
    shared.frenchSeries = await newSeries('fr');
    await setSeries(shared.frenchSeries, 'fr', shared.french.slice(0, 1));
    const job = async (role: Role, locale: string) => {
      const started = await as(role)(app.http().post('/newsroom/bulk/link-by-date').send({ locale, scope: 'unlinked', dryRun: false }));
      expect(started.status).toBe(200);
      await bulkSettled();
      return started.body.data.jobId as string;
    };
    shared.jobs = { en: await job('full', 'en'), fr: await job('french', 'fr') };
  });

  const read = (route: string, target: Target, expect: Statuses, cell: RouteSpec['cell']): RouteSpec => ({
    route,
    target,
    write: false,
    expect,
    cell,
  });
  const write = (route: string, target: Target, expect: Statuses, cell: RouteSpec['cell']): RouteSpec => ({
    route,
    target,
    write: true,
    expect,
    cell,
  });
  const request = (role: Role, build: (http: any) => any, named: string[] = []): Cell => ({
    send: async () => ({ response: await as(role)(build(app.http())), named }),
  });

  /** The locale and the fresh articles of a write: another admin's English articles, or the role's own. */
  const writeScope = async (target: Exclude<Target, 'any'>, role: Role, count: number) => {
    const locale = target === 'others' ? 'en' : ownLocale[role];
    const ids: string[] = [];
    for (let index = 0; index < count; index += 1) ids.push(target === 'others' ? await othersArticle() : await ownArticle(role));
    return { locale, ids };
  };

  /** The reads: a role that may read no article of the locale gets a 403; otherwise each answers 200 with what the role may read. */
  const readsOf = (target: Exclude<Target, 'any'>): RouteSpec[] => {
    // On other admins' English articles: a French-only editor may read none of them, an "is creator" one none of these.
    const articleRead: Statuses = target === 'others' ? { full: 200, french: 403, creator: 403, readOnly: 200 } : all(200);
    // Whole-locale reads: the "is creator" editor sees their own English articles, others left out.
    const localeRead: Statuses = target === 'others' ? { full: 200, french: 403, creator: 200, readOnly: 200 } : all(200);
    return [
      read('POST /newsroom/summary/suggest (a stored draft)', target, articleRead, async (role) => {
        const { article, locale } = readTarget(target, role);
        return request(role, (http) => http.post('/newsroom/summary/suggest').send({ documentId: article, locale }), [article]);
      }),
      read('GET /newsroom/articles/:documentId/summary-status', target, articleRead, async (role) => {
        const { article, locale } = readTarget(target, role);
        return request(role, (http) => http.get(`/newsroom/articles/${article}/summary-status?locale=${locale}`), [article]);
      }),
      read('GET /newsroom/articles/search', target, all(200), async (role) =>
        request(role, (http) => http.get(`/newsroom/articles/search?locale=${readTarget(target, role).locale}&q=Matrix&pageSize=50`))
      ),
      read('GET /newsroom/articles/:documentId/reading-order', target, articleRead, async (role) => {
        const { article, locale } = readTarget(target, role);
        return request(role, (http) => http.get(`/newsroom/articles/${article}/reading-order?locale=${locale}&before=5&after=5`), [
          article,
        ]);
      }),
      read('GET /newsroom/orders', target, localeRead, async (role) =>
        request(role, (http) => http.get(`/newsroom/orders?locale=${readTarget(target, role).locale}&pageSize=100`))
      ),
      read('GET /newsroom/orders/:documentId', target, articleRead, async (role) => {
        const { article, locale } = readTarget(target, role);
        return request(role, (http) => http.get(`/newsroom/orders/${article}?locale=${locale}`), [article]);
      }),
      read('GET /newsroom/check', target, localeRead, async (role) =>
        request(role, (http) => http.get(`/newsroom/check?locale=${readTarget(target, role).locale}`))
      ),
      read('POST /newsroom/repair (dry run)', target, { ...localeRead, readOnly: 403 }, async (role) => {
        // Damage on an article of the target: a dry run shows it only to a role that may read it.
        const { locale } = readTarget(target, role);
        const damaged = target === 'others' ? await othersArticle() : await ownArticle(role);
        const cleanup = await selfLink(damaged, locale);
        return { ...request(role, (http) => http.post('/newsroom/repair').send({ locale, dryRun: true })), cleanup };
      }),
      // The series of other admins' articles is readable to the "is creator" editor (every series is): its articles are left out.
      read('GET /newsroom/series/:documentId/articles', target, localeRead, async (role) => {
        const { series, locale } = readTarget(target, role);
        return request(role, (http) => http.get(`/newsroom/series/${series}/articles?locale=${locale}`));
      }),
      read('GET /newsroom/articles/:documentId/series', target, articleRead, async (role) => {
        const { article, locale } = readTarget(target, role);
        return request(role, (http) => http.get(`/newsroom/articles/${article}/series?locale=${locale}`), [article]);
      }),
    ];
  };

  /** The writes: refused (403, nothing changed) when they would change an article the role may not update. */
  const writesOf = (target: Exclude<Target, 'any'>): RouteSpec[] => {
    const articleWrite: Statuses =
      target === 'others'
        ? { full: 200, french: 403, creator: 403, readOnly: 403 }
        : { full: 200, french: 200, creator: 200, readOnly: 403 };
    // A link-by-date job relinks every article of the locale: the "is creator" editor may not, even in English.
    const localeWrite: Statuses =
      target === 'others'
        ? { full: 200, french: 403, creator: 403, readOnly: 403 }
        : { full: 200, french: 200, creator: 403, readOnly: 403 };
    return [
      write('PUT /newsroom/articles/:documentId/links', target, articleWrite, async (role) => {
        const { locale, ids } = await writeScope(target, role, 2);
        return request(role, (http) => http.put(`/newsroom/articles/${ids[0]}/links`).send({ locale, next: ids[1] }), ids);
      }),
      write('PUT /newsroom/orders/:documentId', target, articleWrite, async (role) => {
        const { locale, ids } = await writeScope(target, role, 2);
        await link(ids, locale);
        return request(
          role,
          (http) => http.put(`/newsroom/orders/${ids[0]}?locale=${locale}`).send({ order: [ids[1], ids[0]], apply: 'draft' }),
          ids
        );
      }),
      write('POST /newsroom/orders/:documentId/move', target, articleWrite, async (role) => {
        const { locale, ids } = await writeScope(target, role, 2);
        await link(ids, locale);
        return request(
          role,
          (http) => http.post(`/newsroom/orders/${ids[0]}/move?locale=${locale}`).send({ article: ids[1], position: 1, apply: 'draft' }),
          ids
        );
      }),
      write('PUT /newsroom/series/:documentId/articles', target, articleWrite, async (role) => {
        const { locale, ids } = await writeScope(target, role, 1);
        const series = await newSeries(locale);
        return request(role, (http) => http.put(`/newsroom/series/${series}/articles?locale=${locale}`).send({ articles: ids }), ids);
      }),
      write('POST /newsroom/repair', target, articleWrite, async (role) => {
        const { locale, ids } = await writeScope(target, role, 1);
        const cleanup = await selfLink(ids[0], locale);
        return { ...request(role, (http) => http.post('/newsroom/repair').send({ locale, dryRun: false })), cleanup };
      }),
      write('POST /newsroom/bulk/link-by-date (dry run)', target, localeWrite, async (role) => {
        const locale = target === 'others' ? 'en' : ownLocale[role];
        return request(role, (http) => http.post('/newsroom/bulk/link-by-date').send({ locale, scope: 'unlinked', dryRun: true }));
      }),
      write('POST /newsroom/bulk/link-by-date', target, localeWrite, async (role) => {
        const locale = target === 'others' ? 'en' : ownLocale[role];
        return {
          ...request(role, (http) => http.post('/newsroom/bulk/link-by-date').send({ locale, scope: 'unlinked', dryRun: false })),
          cleanup: bulkSettled,
        };
      }),
      write('GET /newsroom/bulk/:jobId', target, localeWrite, async (role) => {
        const job = shared.jobs[target === 'others' ? 'en' : (ownLocale[role] as 'en' | 'fr')];
        return request(role, (http) => http.get(`/newsroom/bulk/${job}`));
      }),
      write('POST /newsroom/bulk/:jobId/cancel', target, localeWrite, async (role) => {
        const job = shared.jobs[target === 'others' ? 'en' : (ownLocale[role] as 'en' | 'fr')];
        return request(role, (http) => http.post(`/newsroom/bulk/${job}/cancel`));
      }),
    ];
  };

  /** The routes that show no article: the settings, and a suggestion from a body the editor is writing (any editor who may edit). */
  const articleFree: RouteSpec[] = [
    read('GET /newsroom/settings', 'any', all(200), async (role) => request(role, (http) => http.get('/newsroom/settings'))),
    read('POST /newsroom/summary/suggest (a body)', 'any', { full: 200, french: 200, creator: 200, readOnly: 403 }, async (role) =>
      request(role, (http) =>
        http
          .post('/newsroom/summary/suggest')
          .send({ body: [{ type: 'paragraph', children: [{ type: 'text', text: 'A short body. It has two sentences.' }] }] })
      )
    ),
  ];

  const table = [...articleFree, ...(['others', 'own'] as const).flatMap((target) => [...readsOf(target), ...writesOf(target)])];
  const TARGETS: Record<Target, string> = { any: 'any article', others: "other admins' English articles", own: "the role's own scope" };

  it('covers every admin route', () => {
    const declared = adminRoutes().routes.map((route) => `${route.method} /newsroom${route.path}`);
    const covered = new Set(table.map((spec) => spec.route.replace(/ \(.*\)$/, '')));
    expect(declared.filter((route) => !covered.has(route))).toEqual([]);
  });

  it.each(table.map((spec) => [spec.route, TARGETS[spec.target], spec] as const))('%s on %s', async (_route, _target, spec) => {
    for (const role of ROLES) {
      const cell = await spec.cell(role);
      const before = await snapshot();
      let response: any;
      let named: string[];
      let after: Awaited<ReturnType<typeof snapshot>>;
      try {
        ({ response, named } = await cell.send());
        after = await snapshot();
      } finally {
        await cell.cleanup?.();
      }
      const label = `${spec.route} as ${role}`;
      expect([label, response.status, response.body?.error?.message]).toEqual([
        label,
        spec.expect[role],
        response.status < 400 ? undefined : expect.anything(),
      ]);
      // No answer names an article the role may not read (a refusal may name back what the request named).
      expect([label, await unreadableIn(role, response.body, named)]).toEqual([label, []]);
      if (response.status === 403) {
        expectForbidden(response);
        // It names the missing permission (a list: any one of them would do) and why.
        const { action, reason } = response.body.error.details;
        expect([
          label,
          [action].flat().every((name: string) => /^plugin::(content-manager\.explorer|newsroom\.reading-order)\./.test(name)),
          reason,
        ]).toEqual([label, true, expect.stringMatching(/^(permission|conditions)$/)]);
      }
      // A refused write changes nothing.
      if (spec.write && response.status >= 400) expect([label, after]).toEqual([label, before]);
    }
    expect(await findViolations(app)).toEqual([]);
  });

  describe('what the "is creator" editor is shown of a chain, a series and a check holding other admins\' articles', () => {
    const creator = as('creator');

    it("lists the chain's own articles in the overview and the detail, and counts the others", async () => {
      const [others1, own1, own2, others2] = shared.mixed;
      const overview = (await creator(app.http().get('/newsroom/orders?locale=en&pageSize=100'))).body;
      const chain = overview.data.chains.find((summary: any) => summary.first.documentId === own1);
      expect(chain).toMatchObject({ first: { documentId: own1 }, last: { documentId: own2 }, length: 2, hidden: 2 });
      expect(overview.meta.hidden).toBeGreaterThanOrEqual(4);
      const detail = (await creator(app.http().get(`/newsroom/orders/${own1}?locale=en`))).body.data;
      expect(detail.articles.map((article: any) => article.documentId)).toEqual([own1, own2]);
      expect(detail.hidden).toBe(2);
      expect(JSON.stringify([overview, detail])).not.toMatch(new RegExp(`${others1}|${others2}`));
    });

    it('cuts the neighborhood at the first article they may not read, saying one is there', async () => {
      const [, own1, own2] = shared.mixed;
      const around = (await creator(app.http().get(`/newsroom/articles/${own1}/reading-order?locale=en&before=5&after=5`))).body.data;
      expect(around).toMatchObject({
        previous: null,
        next: { documentId: own2 },
        before: [],
        hasMoreBefore: true,
        hidden: { previous: true, next: false },
      });
      expect(around.after.map((item: any) => item.documentId)).toEqual([own2]);
      expect(around.hasMoreAfter).toBe(true);
    });

    it('keeps the series members they may not read where they are when they reorder the ones they may', async () => {
      const [others1, own1] = shared.mixed;
      const series = await newSeries('en');
      const extra = await creatorsArticle();
      await setSeries(series, 'en', [own1, others1]);
      const saved = await creator(
        app
          .http()
          .put(`/newsroom/series/${series}/articles?locale=en`)
          .send({ articles: [extra, own1] })
      );
      expect(saved.status).toBe(200);
      expect(saved.body.data.articles.map((article: any) => [article.documentId, article.position])).toEqual([
        [extra, 1],
        [own1, 3],
      ]);
      expect(saved.body.data.hidden).toBe(1);
      const stored = await knex()('newsroom_series_articles').where({ series_document_id: series, status: 'draft' }).orderBy('position');
      expect(stored.map((row: any) => row.article_document_id)).toEqual([extra, others1, own1]);
      // Naming an article they may not read (moving it, or adding another admin's) is a change of it: refused.
      for (const articles of [
        [others1, extra, own1],
        [extra, own1, shared.others[0]],
      ]) {
        const refused = await creator(app.http().put(`/newsroom/series/${series}/articles?locale=en`).send({ articles }));
        expectForbidden(refused);
        expect(refused.body.error.details).toMatchObject({
          action: 'plugin::content-manager.explorer.update',
          articles: [],
          hidden: 1,
          reason: 'conditions',
        });
      }
      expect(
        (await knex()('newsroom_series_articles').where({ series_document_id: series, status: 'draft' }).orderBy('position')).map(
          (row: any) => row.article_document_id
        )
      ).toEqual([extra, others1, own1]);
    });

    it("reports the damage of their own articles and counts the rest; a repair is refused while it would change another admin's article", async () => {
      const own = await creatorsArticle();
      const others = await othersArticle();
      const cleanups = [await selfLink(own, 'en'), await selfLink(others, 'en')];
      try {
        const check = (await creator(app.http().get('/newsroom/check?locale=en'))).body.data;
        expect(check.problems.map((problem: any) => problem.articles.map((article: any) => article.documentId))).toEqual([[own]]);
        expect(check.hidden).toBe(1);
        const before = await snapshot();
        const refused = await creator(app.http().post('/newsroom/repair').send({ locale: 'en', dryRun: false }));
        expectForbidden(refused);
        expect(refused.body.error.details).toMatchObject({
          action: 'plugin::content-manager.explorer.update',
          articles: [],
          hidden: 1,
          reason: 'conditions',
        });
        expect(await snapshot()).toEqual(before);
        await cleanups[1]();
        const repaired = await creator(app.http().post('/newsroom/repair').send({ locale: 'en', dryRun: false }));
        expect(repaired.status).toBe(200);
        expect(repaired.body.data).toMatchObject({ problems: [{ kind: 'loop' }], hidden: 0, counts: { problems: 1, linksRemoved: 1 } });
      } finally {
        for (const cleanup of cleanups) await cleanup();
      }
    });
  });

  describe('an "is creator" editor relinking', () => {
    let own: string[];
    beforeAll(async () => {
      own = [];
      for (let index = 0; index < 2; index += 1) {
        const created = await as('creator')(
          app
            .http()
            .post(`/content-manager/collection-types/${ARTICLE_UID}?locale=en`)
            .send(articleData({ title: `Own article ${index}` }))
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
        () => app.http().put(`/newsroom/articles/${own[1]}/links`).send({ locale: 'en', next: shared.others[0], dryRun: true }),
        () => app.http().put(`/newsroom/articles/${own[1]}/links`).send({ locale: 'en', next: shared.others[0] }),
        () =>
          app
            .http()
            .put(`/content-manager/collection-types/${ARTICLE_UID}/${own[1]}?locale=en`)
            .send({ nextArticle: { connect: [{ documentId: shared.others[0], locale: 'en' }] } }),
      ];
      for (const call of calls) {
        const response = await as('creator')(call());
        expectForbidden(response);
        // Counted, not named: they may not read it.
        expect(response.body.error.details).toMatchObject({
          action: 'plugin::content-manager.explorer.update',
          articles: [],
          hidden: 1,
          reason: 'conditions',
        });
      }
      expect(await readLinks(app, 'draft')).toEqual(before);
      expect(await findViolations(app)).toEqual([]);
    });

    it("cannot detach another admin's article from their own, and the refusal does not name it", async () => {
      const [, , ownLast, othersNext] = shared.mixed;
      const before = await readLinks(app, 'draft');
      const response = await as('creator')(app.http().put(`/newsroom/articles/${ownLast}/links`).send({ locale: 'en', next: null }));
      expectForbidden(response);
      expect(response.body.error.details).toMatchObject({ articles: [], hidden: 1, reason: 'conditions' });
      expect(JSON.stringify(response.body)).not.toContain(othersNext);
      expect(await readLinks(app, 'draft')).toEqual(before);
    });
  });

  describe('an editor who may update every article but not publish', () => {
    let editor: string;
    beforeAll(async () => {
      editor = await restrictedAdminToken(app, [[ORDER_READ], [ORDER_UPDATE], [READ, ARTICLE_UID], [UPDATE, ARTICLE_UID]]);
    });
    const asEditor = (request: any) => request.set(bearer(editor));

    it('may preview a bulk job, and may not start one: it would change what readers see without a publication', async () => {
      expect(
        (await asEditor(app.http().post('/newsroom/bulk/link-by-date').send({ locale: 'en', scope: 'unlinked', dryRun: true }))).status
      ).toBe(200);
      const before = await snapshot();
      const response = await asEditor(
        app.http().post('/newsroom/bulk/link-by-date').send({ locale: 'en', scope: 'unlinked', dryRun: false })
      );
      expectForbidden(response);
      expect(response.body.error.details).toMatchObject({
        action: 'plugin::content-manager.explorer.publish',
        subject: ARTICLE_UID,
        locale: 'en',
        reason: 'permission',
      });
      await bulkSettled();
      expect(await snapshot()).toEqual(before);
    });

    it('may repair a draft link and may not repair a published one', async () => {
      const [draftOnly] = await link([await othersArticle()], 'en');
      const cleanupDraft = await selfLink(draftOnly, 'en');
      try {
        expect((await asEditor(app.http().post('/newsroom/repair').send({ locale: 'en', dryRun: false }))).status).toBe(200);
      } finally {
        await cleanupDraft();
      }

      const published = await othersArticle();
      await publish(app, published, 'en');
      const row = await knex()(articleTable()).where({ document_id: published, locale: 'en' }).whereNotNull('published_at').first('id');
      const { name, hasPrevious, previous } = linkTable();
      await knex()(name).insert({ [hasPrevious]: row.id, [previous]: row.id });
      try {
        const before = await snapshot();
        const response = await asEditor(app.http().post('/newsroom/repair').send({ locale: 'en', dryRun: false }));
        expectForbidden(response);
        expect(response.body.error.details).toMatchObject({
          action: 'plugin::content-manager.explorer.publish',
          articles: [published],
          reason: 'conditions',
        });
        expect(await snapshot()).toEqual(before);
      } finally {
        await knex()(name)
          .where({ [hasPrevious]: row.id, [previous]: row.id })
          .delete();
      }
    });
  });

  it('names the missing action when a route refuses a role outright (the admin policy, a reader route for a read-only token)', async () => {
    const response = await as('readOnly')(app.http().post('/newsroom/repair').send({ locale: 'en', dryRun: true }));
    expect(response.status).toBe(403);
    expect(response.body.error).toMatchObject({
      name: 'ForbiddenError',
      details: { action: 'plugin::newsroom.reading-order.update', reason: 'permission' },
    });
  });
});
