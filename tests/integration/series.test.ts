import supertest from 'supertest';

import { createFullAccessToken, restrictedAdminToken, superAdminToken } from './helpers/auth';
import { databaseClient } from './helpers/database';
import { expectClientError, expectForbidden } from './helpers/http';
import { readLinks } from './helpers/reading-order';
import { startBeside, type SecondInstance } from './helpers/second-instance';
import { startTestApp, type TestApp } from './helpers/strapi';
import {
  BUILT_IN,
  POST,
  createSubjectDraft,
  documentsOf,
  localeParam,
  localizedOnly,
  typeQuery,
  withType,
  type Subject,
} from './helpers/subjects';

/** Series membership: the rules, the draft/publish life of a series and of its articles, the admin API's bad input. */
let app: TestApp;
let adminToken: string;
beforeAll(async () => {
  app = await startTestApp();
  adminToken = await superAdminToken(app);
  const locales = app.strapi.plugin('i18n').service('locales');
  if (!(await locales.findByCode('fr'))) await locales.create({ code: 'fr', name: 'French (fr)' });
});
afterAll(async () => {
  await app?.stop();
});

const SERIES_UID = 'plugin::newsroom.series';
const seriesDocuments = () => app.strapi.documents(SERIES_UID as any);
const settled = () => app.strapi.plugin('newsroom').service('revalidation').settled();

/** The stored membership of one version of a series, as [article, position]. */
const stored = async (series: string, status: 'draft' | 'published', locale = 'en') =>
  (
    await app.strapi.db.connection('newsroom_series_articles').where({ series_document_id: series, status, locale }).orderBy('position')
  ).map((row: any) => [row.article_document_id, Number(row.position)]);

const positions = (ids: string[]) => ids.map((id, index) => [id, index + 1]);

const newSeries = async (subject: Subject, locale = 'en') => {
  const title = `Series ${Math.random().toString(36).slice(2, 10)}`;
  const created = await seriesDocuments().create({
    data: { title, slug: title.toLowerCase().replace(/ /g, '-'), articleType: subject.uid },
    locale,
  } as any);
  return created.documentId as string;
};

const put = (series: string, body: unknown, { locale = 'en', token = adminToken } = {}) =>
  app
    .http()
    .put(`/newsroom/series/${encodeURIComponent(series)}/articles?locale=${locale}`)
    .set('Authorization', `Bearer ${token}`)
    .send(body as object);
const get = (series: string, { locale = 'en', token = adminToken } = {}) =>
  app
    .http()
    .get(`/newsroom/series/${encodeURIComponent(series)}/articles?locale=${locale}`)
    .set('Authorization', `Bearer ${token}`);

const drafts = async (subject: Subject, count: number, locale = 'en') => {
  const ids: string[] = [];
  for (let index = 0; index < count; index += 1) ids.push((await createSubjectDraft(app, subject, {}, locale)).documentId);
  return ids;
};

/** `count` published articles in a new published series of them, in that order. */
const publishedSeries = async (subject: Subject, count: number) => {
  const ids = await drafts(subject, count);
  for (const id of ids) await documentsOf(app, subject).publish({ documentId: id, ...localeParam(subject) } as any);
  const series = await newSeries(subject);
  await put(series, { articles: ids });
  await seriesDocuments().publish({ documentId: series, locale: 'en' } as any);
  return { ids, series };
};

describe.each([
  [BUILT_IN.name, BUILT_IN],
  [POST.name, POST],
] as const)('series membership on %s', (_name, subject: Subject) => {
  it('makes the draft series exactly the list, positions from 1, and answers it', async () => {
    const ids = await drafts(subject, 3);
    const series = await newSeries(subject);
    const response = await put(series, { articles: [ids[2], ids[0], ids[1]] });
    expect(response.status).toBe(200);
    expect(response.body.data.series).toMatchObject({ documentId: series, articleType: subject.uid, status: 'draft' });
    expect(response.body.data.articles.map((a: any) => [a.documentId, a.position, a.status])).toEqual([
      [ids[2], 1, 'draft'],
      [ids[0], 2, 'draft'],
      [ids[1], 3, 'draft'],
    ]);
    expect(await stored(series, 'draft')).toEqual(positions([ids[2], ids[0], ids[1]]));
    expect((await get(series)).body).toEqual(response.body);
    // Removing one closes the gap.
    await put(series, { articles: [ids[2], ids[1]] });
    expect(await stored(series, 'draft')).toEqual(positions([ids[2], ids[1]]));
    // Nothing reaches readers before the series is published.
    expect(await stored(series, 'published')).toEqual([]);
  });

  it('an article is in several series, at one position in each, and its reading order is untouched', async () => {
    const ids = await drafts(subject, 3);
    await documentsOf(app, subject).update({ documentId: ids[2], ...localeParam(subject), data: { [subject.fields.next]: ids[0] } } as any);
    const linksBefore = await readLinks(app, 'draft', 'en', subject);
    const [first, second] = [await newSeries(subject), await newSeries(subject)];
    await put(first, { articles: ids });
    await put(second, { articles: [ids[1]] });
    const response = await app
      .http()
      .get(`/newsroom/articles/${ids[1]}/series${typeQuery(subject)}`)
      .set('Authorization', `Bearer ${adminToken}`);
    expect(response.status).toBe(200);
    const bySeries = Object.fromEntries(
      response.body.data.map((entry: any) => [
        entry.series.documentId,
        [entry.position, entry.total, entry.previous?.documentId ?? null, entry.next?.documentId ?? null],
      ])
    );
    expect(bySeries).toEqual({ [first]: [2, 3, ids[0], ids[2]], [second]: [1, 1, null, null] });
    expect(await readLinks(app, 'draft', 'en', subject)).toEqual(linksBefore);
    expect(linksBefore).toContainEqual({ previous: ids[2], next: ids[0] });
  });

  it('publish copies the draft list to readers; unpublish, discard and delete follow', async () => {
    const ids = await drafts(subject, 3);
    const series = await newSeries(subject);
    await put(series, { articles: ids });
    await seriesDocuments().publish({ documentId: series, locale: 'en' } as any);
    expect(await stored(series, 'published')).toEqual(positions(ids));
    // The same list again changes nothing, so the series stays Published.
    expect((await put(series, { articles: ids })).body.data.series.status).toBe('published');

    // A new draft list makes the series Modified, as a change of its fields would, until it is published.
    expect((await put(series, { articles: [ids[2]] })).body.data.series.status).toBe('modified');
    expect(await stored(series, 'published')).toEqual(positions(ids));
    await seriesDocuments().discardDraft({ documentId: series, locale: 'en' } as any);
    expect(await stored(series, 'draft')).toEqual(positions(ids));
    expect((await get(series)).body.data.series.status).toBe('published');

    await seriesDocuments().unpublish({ documentId: series, locale: 'en' } as any);
    expect(await stored(series, 'published')).toEqual([]);
    expect(await stored(series, 'draft')).toEqual(positions(ids));

    await seriesDocuments().delete({ documentId: series, locale: 'en' } as any);
    expect(await stored(series, 'draft')).toEqual([]);
    expect((await get(series)).status).toBe(404);
  });

  it('a deleted article leaves every series, draft and published, which close the gap', async () => {
    const { ids, series } = await publishedSeries(subject, 3);
    await documentsOf(app, subject).delete({ documentId: ids[1], ...localeParam(subject) } as any);
    await settled();
    expect(await stored(series, 'draft')).toEqual(positions([ids[0], ids[2]]));
    expect(await stored(series, 'published')).toEqual(positions([ids[0], ids[2]]));
  });

  it("the Content Manager's bulk delete of articles closes the gaps too", async () => {
    const ids = await drafts(subject, 4);
    const series = await newSeries(subject);
    await put(series, { articles: ids });
    const response = await app
      .http()
      .post(`/content-manager/collection-types/${subject.uid}/actions/bulkDelete${subject.localized ? '?locale=en' : ''}`)
      .set('Authorization', `Bearer ${adminToken}`)
      .send({ documentIds: [ids[0], ids[2]] });
    expect(response.status).toBe(200);
    expect(await stored(series, 'draft')).toEqual(positions([ids[1], ids[3]]));
  });

  it('unpublishing an article changes no stored row; readers simply count it no more', async () => {
    const { ids, series } = await publishedSeries(subject, 2);
    await documentsOf(app, subject).unpublish({ documentId: ids[0], ...localeParam(subject) } as any);
    expect(await stored(series, 'draft')).toEqual(positions(ids));
    expect(await stored(series, 'published')).toEqual(positions(ids));
  });

  it('a delete through the REST API closes the gap too', async () => {
    const ids = await drafts(subject, 3);
    const series = await newSeries(subject);
    await put(series, { articles: ids });
    const apiToken = await createFullAccessToken(app);
    const response = await app
      .http()
      .delete(`${subject.restBase}/${ids[0]}${subject.localized ? '?locale=en' : ''}`)
      .set('Authorization', `Bearer ${apiToken}`);
    expect(response.status).toBe(204);
    expect(await stored(series, 'draft')).toEqual(positions([ids[1], ids[2]]));
  });

  it('refuses articles of another type, unknown articles, duplicates and bad bodies with a 4xx, changing nothing', async () => {
    const ids = await drafts(subject, 2);
    const other = SUBJECTS_OTHER(subject);
    const [foreign] = await drafts(other, 1);
    const series = await newSeries(subject);
    await put(series, { articles: [ids[0]] });
    const cases: Array<[string, unknown, string | null]> = [
      ['an article of another type', { articles: [ids[0], foreign] }, 'not-found'],
      ['an unknown article', { articles: ['nosuchdocumentidxxxxxxxx'] }, 'not-found'],
      ['a number in the list', { articles: [ids[0], 7] }, null],
      ['null in the list', { articles: [null] }, null],
      ['an empty id', { articles: [''] }, null],
      ['a list in the list', { articles: [[ids[0]]] }, null],
      ['a long id', { articles: ['x'.repeat(256)] }, null],
      ['a huge body', { articles: Array.from({ length: 1000 }, (_, i) => `${i}`.padEnd(5_000, 'x')) }, null],
      ['duplicates', { articles: [ids[0], ids[1], ids[0]] }, 'duplicate'],
      ['a string', { articles: ids[0] }, null],
      ['an object in the list', { articles: [{ $ne: 'x' }] }, null],
      ['no articles', {}, null],
      ['an unknown field', { articles: [], position: 1 }, null],
      ['a list body', [ids[0]], null],
      ['too many', { articles: Array.from({ length: 1001 }, (_, i) => `id${i}`) }, null],
    ];
    for (const [label, body, rule] of cases) {
      const response = await put(series, body);
      // A body over the parser's limit (the playground's 4 MB) is Strapi's 413 before the route runs; the rest is the route's 400.
      expect([label, response.status]).toEqual([label, label === 'a huge body' ? 413 : 400]);
      expectClientError(response, label);
      if (rule) expect([label, response.body.error.details.rule]).toEqual([label, rule]);
    }
    expect(await stored(series, 'draft')).toEqual(positions([ids[0]]));
    expect((await put('nosuchseriesxxxxxxxxxxxx', { articles: [] })).status).toBe(404);
    expect((await put(series, { articles: [] }, { locale: 'xx' })).status).toBe(400);
    const admin = (path: string) => app.http().get(path).set('Authorization', `Bearer ${adminToken}`);
    for (const path of [
      `/newsroom/series/${series}/articles?locale[$ne]=x`,
      `/newsroom/series/${series}/articles?locale=en&locale=fr`,
      `/newsroom/series/${series}/articles?locale=en&position=1`,
      `/newsroom/articles/${ids[0]}/series?type=api::nothing.nothing`,
      `/newsroom/articles/${ids[0]}/series?type[0]=${subject.uid}`,
      // A type without i18n ignores `locale` on this route, as on the reading-order routes.
      ...localizedOnly(subject, [`/newsroom/articles/${ids[0]}/series?locale=xx`]),
      withType(subject, `/newsroom/articles/${ids[0]}/series?locale[]=en`),
    ]) {
      const response = await admin(path);
      expect([path, response.status]).toEqual([path, 400]);
      expectClientError(response, path);
    }
    expect((await admin(`/newsroom/articles/nosuchdocumentidxxxxxxxx/series${typeQuery(subject)}`)).status).toBe(404);
    expect(
      (
        await app
          .http()
          .put(`/newsroom/series/${series}/articles?locale=en`)
          .set('Authorization', `Bearer ${adminToken}`)
          .set('Content-Type', 'application/json')
          .send('{"articles": [')
      ).status
    ).toBe(400);
  });

  it('refuses a series whose articleType the plugin does not serve, and a change of type while it holds articles', async () => {
    await expect(
      seriesDocuments().create({
        data: { title: 'Bad', slug: `bad-${Math.random().toString(36).slice(2, 8)}`, articleType: 'api::nothing.nothing' },
        locale: 'en',
      } as any)
    ).rejects.toThrow(/articleType must be one of the content types the plugin serves/);
    const ids = await drafts(subject, 1);
    const series = await newSeries(subject);
    await put(series, { articles: ids });
    await expect(
      seriesDocuments().update({ documentId: series, locale: 'en', data: { articleType: SUBJECTS_OTHER(subject).uid } } as any)
    ).rejects.toThrow(/articleType cannot change while the series holds articles/);
  });

  it('answers 403 without the Content Manager permission on series', async () => {
    const ids = await drafts(subject, 1);
    const series = await newSeries(subject);
    const readerOnly = await restrictedAdminToken(app, [
      ['plugin::newsroom.reading-order.read'],
      ['plugin::newsroom.reading-order.update'],
      ['plugin::content-manager.explorer.read', SERIES_UID, { fields: ['title', 'slug', 'description', 'articleType'] }],
      ['plugin::content-manager.explorer.read', subject.uid, { fields: Object.values(subject.fields) }],
    ]);
    expect((await get(series, { token: readerOnly })).status).toBe(200);
    expectForbidden(await put(series, { articles: ids }, { token: readerOnly }));
    expect(await stored(series, 'draft')).toEqual([]);
  });

  it("lists an article's series only where the admin may read the series (its locale too)", async () => {
    const ids = await drafts(subject, 1);
    const series = await newSeries(subject);
    await put(series, { articles: ids });
    const frenchSeriesOnly = await restrictedAdminToken(app, [
      ['plugin::newsroom.reading-order.read'],
      ['plugin::content-manager.explorer.read', SERIES_UID, { fields: ['title', 'slug', 'description', 'articleType'], locales: ['fr'] }],
      ['plugin::content-manager.explorer.read', subject.uid, { fields: Object.values(subject.fields) }],
    ]);
    const path = withType(subject, `/newsroom/articles/${ids[0]}/series`);
    const seen = async (token: string) =>
      (await app.http().get(path).set('Authorization', `Bearer ${token}`)).body.data.map((entry: any) => entry.series.documentId);
    expect(await seen(adminToken)).toEqual([series]);
    expect(await seen(frenchSeriesOnly)).toEqual([]);
    expectForbidden(await get(series, { token: frenchSeriesOnly }));
  });
});

describe('series of a localized type', () => {
  it('hold articles of their own locale only', async () => {
    const [french] = await drafts(BUILT_IN, 1, 'fr');
    const series = await newSeries(BUILT_IN);
    const response = await put(series, { articles: [french] });
    expect(response.status).toBe(400);
    expect(response.body.error.details).toEqual({ rule: 'locale-mismatch', field: 'articles', articles: [french] });
  });
});

describe('series in several locales', () => {
  it('publish and discard follow the locale acted on; a delete of every locale removes all', async () => {
    const [english] = await drafts(BUILT_IN, 1);
    const [french] = await drafts(BUILT_IN, 1, 'fr');
    const series = await newSeries(BUILT_IN);
    await seriesDocuments().update({
      documentId: series,
      locale: 'fr',
      data: { title: 'Série', slug: `serie-${series.toLowerCase()}` },
    } as any);
    await put(series, { articles: [english] });
    await put(series, { articles: [french] }, { locale: 'fr' });
    await seriesDocuments().publish({ documentId: series, locale: 'fr' } as any);
    expect(await stored(series, 'published', 'fr')).toEqual(positions([french]));
    expect(await stored(series, 'published', 'en')).toEqual([]);
    await seriesDocuments().publish({ documentId: series, locale: 'en' } as any);
    await put(series, { articles: [] }, { locale: 'fr' });
    await seriesDocuments().discardDraft({ documentId: series, locale: 'fr' } as any);
    expect(await stored(series, 'draft', 'fr')).toEqual(positions([french]));
    expect(await stored(series, 'draft', 'en')).toEqual(positions([english]));
    await seriesDocuments().delete({ documentId: series, locale: '*' } as any);
    const left = await app.strapi.db.connection('newsroom_series_articles').where({ series_document_id: series }).count({ count: '*' });
    expect(Number(left[0].count)).toBe(0);
  });
});

describe('series of a type without i18n', () => {
  it('hold its articles in the default locale only', async () => {
    const ids = await drafts(POST, 1);
    const series = await newSeries(POST, 'fr');
    const response = await put(series, { articles: ids }, { locale: 'fr' });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain('default locale');
  });
});

/*
 * Several Strapi processes share a server database in production; SQLite serves one
 * process, so this runs on PostgreSQL and MariaDB (as reading-order-concurrency does).
 */
describe('lists written around the admin API', () => {
  it('ignores a list sent with an update of the series itself (a script, a history restore), and indexes the copy a clone makes', async () => {
    const { ids, series } = await publishedSeries(BUILT_IN, 2);
    await seriesDocuments().update({
      documentId: series,
      locale: 'en',
      data: { description: 'Edited', articles: [ids[1], 'no-such-article'] },
    } as any);
    expect((await get(series)).body.data.articles.map((article: { documentId: string }) => article.documentId)).toEqual(ids);
    expect(await stored(series, 'draft')).toEqual(positions(ids));

    const copy = await seriesDocuments().clone({
      documentId: series,
      locale: 'en',
      data: { title: 'The copy', slug: `the-copy-${Date.now()}` },
    } as any);
    expect(await stored(copy.documentId, 'draft')).toEqual(positions(ids));
    expect((await get(copy.documentId)).body.data.articles.map((article: { documentId: string }) => article.documentId)).toEqual(ids);
  });
});

const describeOnServerDatabase = databaseClient() === 'sqlite' ? describe.skip : describe;

describeOnServerDatabase('concurrent series writes from two Strapi processes on one database', () => {
  let second: SecondInstance;
  /** Where each instance listens: this process's app, then the second process. */
  let baseUrls: string[];

  beforeAll(async () => {
    ({ second, baseUrls } = await startBeside(app, 22000 + (process.pid % 9000)));
  });
  afterAll(async () => {
    await second?.stop();
  });

  it('leaves every series one of the requested lists with positions 1..n, while an article is deleted', async () => {
    const ids = await drafts(BUILT_IN, 8);
    const [a, b] = [await newSeries(BUILT_IN), await newSeries(BUILT_IN)];
    const doomed = ids[7];
    // Overlapping lists of different lengths and orders on both series, from both processes.
    const requests = Array.from({ length: 24 }, (_, index) => {
      const rotated = [...ids.slice(index % ids.length), ...ids.slice(0, index % ids.length)];
      return { series: index % 3 === 0 ? b : a, articles: rotated.slice(0, 2 + (index % 6)), instance: index % 2 };
    });
    const [responses] = await Promise.all([
      Promise.all(
        requests.map(({ series, articles, instance }) =>
          supertest(baseUrls[instance])
            .put(`/newsroom/series/${series}/articles?locale=en`)
            .set('Authorization', `Bearer ${adminToken}`)
            .send({ articles })
        )
      ),
      documentsOf(app, BUILT_IN).delete({ documentId: doomed, locale: 'en' } as any),
    ]);

    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status !== 200 && status !== 400)).toEqual([]);
    // Only a list naming the deleted article may be refused, and only as not found.
    responses.forEach((response, index) => {
      if (response.status !== 400) return;
      expect(requests[index].articles).toContain(doomed);
      expect(response.body.error.details).toEqual({ rule: 'not-found', field: 'articles', articles: [doomed] });
    });
    expect(statuses).toContain(200);

    for (const series of [a, b]) {
      const rows = await stored(series, 'draft');
      const list = rows.map(([id]) => id as string);
      expect(rows).toEqual(positions(list));
      expect(list).not.toContain(doomed);
      // The final list is what one accepted request asked for, with the deleted article closed up if it came later.
      const accepted = requests
        .filter((request, index) => request.series === series && statuses[index] === 200)
        .map((request) => request.articles.filter((id) => id !== doomed));
      expect(accepted).toContainEqual(list);
      expect((await get(series)).body.data.articles.map((article: any) => [article.documentId, article.position])).toEqual(rows);
    }
  });
});

function SUBJECTS_OTHER(subject: Subject) {
  return subject === BUILT_IN ? POST : BUILT_IN;
}

describe('small things an editor or a front end runs into', () => {
  it('makes a slug from the title for a series created without one (the Content Manager form), so it can be published', async () => {
    const title = `Winter series ${Math.random().toString(36).slice(2, 8)}`;
    const created = await app
      .http()
      .post(`/content-manager/collection-types/${SERIES_UID}?locale=en`)
      .set('Authorization', `Bearer ${adminToken}`)
      .send({ title, articleType: BUILT_IN.uid });
    expect(created.status).toBe(201);
    expect(created.body.data.slug).toBe(title.toLowerCase().replace(/ /g, '-'));
    const published = await seriesDocuments().publish({ documentId: created.body.data.documentId, locale: 'en' } as any);
    expect(published.entries[0].publishedAt).not.toBeNull();
  });

  it('tells front ends nothing when a never-published draft of a published series is deleted: no answer changed', async () => {
    const { ids, series } = await publishedSeries(BUILT_IN, 2);
    const [draft] = await drafts(BUILT_IN, 1);
    await put(series, { articles: [...ids, draft] });
    await seriesDocuments().publish({ documentId: series, locale: 'en' } as any);
    await settled();
    const events: any[] = [];
    const listener = async (event: any) => {
      events.push(event);
    };
    app.strapi.eventHub.on('newsroom.revalidate', listener);
    try {
      await documentsOf(app, BUILT_IN).delete({ documentId: draft, locale: 'en' } as any);
      await settled();
      expect(events.flatMap((event) => event.pages ?? [])).toEqual([]);
      expect(await stored(series, 'published')).toEqual(positions(ids));

      // Deleting a published member does tell them.
      await documentsOf(app, BUILT_IN).delete({ documentId: ids[1], locale: 'en' } as any);
      await settled();
      expect(events.flatMap((event) => event.pages ?? []).map((page: any) => page.documentId)).toContain(ids[0]);
    } finally {
      app.strapi.eventHub.off('newsroom.revalidate', listener);
    }
  });
});
