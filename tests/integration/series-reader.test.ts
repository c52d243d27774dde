import { superAdminToken } from './helpers/auth';
import { expectClientError } from './helpers/http';
import { countStatements } from './helpers/queries';
import { startTestApp, type TestApp } from './helpers/strapi';
import { BUILT_IN, POST, createSubjectDraft, documentsOf, localeParam, typeQuery, type Subject } from './helpers/subjects';

/**
 * The reader side of series: `series` in `read` and `neighbors`, the series page and
 * "continue reading". Series are filled through the admin API and published through
 * the document service, as editors do.
 */
let app: TestApp;
let adminToken: string;
beforeAll(async () => {
  app = await startTestApp();
  adminToken = await superAdminToken(app);
});
afterAll(async () => {
  await app?.stop();
});

const SERIES_UID = 'plugin::newsroom.series';
const seriesDocuments = () => app.strapi.documents(SERIES_UID as any);

const publishedArticles = async (subject: Subject, count: number) => {
  const ids: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const { documentId } = await createSubjectDraft(app, subject);
    await documentsOf(app, subject).publish({ documentId, ...localeParam(subject) } as any);
    ids.push(documentId);
  }
  return ids;
};

/** A series of `subject` holding `articles` in this order; published unless `draft`. */
const createSeries = async (
  subject: Subject,
  articles: string[],
  { draft = false, title = `Series ${Math.random().toString(36).slice(2, 8)}` } = {}
) => {
  const series = await seriesDocuments().create({
    data: {
      title,
      slug: `${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${Math.random().toString(36).slice(2, 8)}`,
      articleType: subject.uid,
    },
    locale: 'en',
  } as any);
  const put = await app
    .http()
    .put(`/newsroom/series/${series.documentId}/articles?locale=en`)
    .set('Authorization', `Bearer ${adminToken}`)
    .send({ articles });
  expect(put.status).toBe(200);
  if (!draft) await seriesDocuments().publish({ documentId: series.documentId, locale: 'en' } as any);
  await app.strapi.plugin('newsroom').service('revalidation').settled();
  return series.documentId as string;
};

const read = async (subject: Subject, documentId: string) => {
  const response = await app.http().get(`/api/newsroom/read/${documentId}${typeQuery(subject)}`);
  expect(response.status).toBe(200);
  return response.body.data;
};

describe.each([
  [BUILT_IN.name, BUILT_IN],
  [POST.name, POST],
] as const)('series for readers on %s', (_name, subject: Subject) => {
  it('read and neighbors answer "Part N of M" with the neighbors in every published series', async () => {
    const ids = await publishedArticles(subject, 4);
    const first = await createSeries(subject, [ids[0], ids[1], ids[2]], { title: 'Investigation' });
    const second = await createSeries(subject, [ids[3], ids[1]], { title: 'Best of' });
    const page = await read(subject, ids[1]);
    const placements = [...page.series].sort((a: any, b: any) => a.title.localeCompare(b.title));
    expect(
      placements.map((p: any) => [p.documentId, p.title, p.position, p.total, p.previous?.documentId ?? null, p.next?.documentId ?? null])
    ).toEqual([
      [second, 'Best of', 2, 2, ids[3], null],
      [first, 'Investigation', 2, 3, ids[0], ids[2]],
    ]);
    const neighbors = await app.http().get(`/api/newsroom/articles/${ids[1]}/neighbors${typeQuery(subject)}`);
    expect(neighbors.body.data.series).toHaveLength(2);
    expect((await read(subject, (await publishedArticles(subject, 1))[0])).series).toEqual([]);
  });

  it('counts only published articles, and shows nothing of a draft series or a draft edit of a published one', async () => {
    const ids = await publishedArticles(subject, 2);
    const { documentId: draft } = await createSubjectDraft(app, subject);
    const series = await createSeries(subject, [ids[0], draft, ids[1]]);
    expect((await read(subject, ids[1])).series[0]).toMatchObject({ position: 2, total: 2, previous: { documentId: ids[0] } });

    // A draft edit of the series (order reversed) changes nothing readers see until it is published.
    await app
      .http()
      .put(`/newsroom/series/${series}/articles?locale=en`)
      .set('Authorization', `Bearer ${adminToken}`)
      .send({ articles: [ids[1], ids[0]] });
    await app.strapi.plugin('newsroom').service('revalidation').settled();
    expect((await read(subject, ids[1])).series[0]).toMatchObject({ position: 2, total: 2 });
    await seriesDocuments().publish({ documentId: series, locale: 'en' } as any);
    await app.strapi.plugin('newsroom').service('revalidation').settled();
    expect((await read(subject, ids[1])).series[0]).toMatchObject({ position: 1, total: 2, next: { documentId: ids[0] } });

    const hidden = await createSeries(subject, [ids[0]], { draft: true });
    expect((await read(subject, ids[0])).series.map((p: any) => p.documentId)).not.toContain(hidden);
    await seriesDocuments().unpublish({ documentId: series, locale: 'en' } as any);
    await app.strapi.plugin('newsroom').service('revalidation').settled();
    expect((await read(subject, ids[0])).series).toEqual([]);
  });

  it('publishing a member renumbers the others for readers at once (the cache drops them)', async () => {
    const [a] = await publishedArticles(subject, 1);
    const { documentId: b } = await createSubjectDraft(app, subject);
    await createSeries(subject, [b, a]);
    expect((await read(subject, a)).series[0]).toMatchObject({ position: 1, total: 1 });
    await documentsOf(app, subject).publish({ documentId: b, ...localeParam(subject) } as any);
    await app.strapi.plugin('newsroom').service('revalidation').settled();
    expect((await read(subject, a)).series[0]).toMatchObject({ position: 2, total: 2, previous: { documentId: b } });
  });

  it('newsroom.revalidate lists the other members a publication renumbers, and the series neighbors of a renamed one', async () => {
    const ids = await publishedArticles(subject, 4);
    const { documentId: draft } = await createSubjectDraft(app, subject);
    await createSeries(subject, [ids[0], draft, ids[1], ids[2], ids[3]]);
    const events: Array<{ pages: Array<{ documentId: string; reasons: string[] }> }> = [];
    const listener = async (event: any) => {
      events.push(event);
    };
    app.strapi.eventHub.on('newsroom.revalidate', listener);
    const seriesChanged = () =>
      events
        .flatMap((event) => event.pages.filter((page) => page.reasons.includes('series-changed')).map((page) => page.documentId))
        .sort();
    try {
      // Published: every other member's "Part N of M" moves.
      await documentsOf(app, subject).publish({ documentId: draft, ...localeParam(subject) } as any);
      await app.strapi.plugin('newsroom').service('revalidation').settled();
      expect(seriesChanged()).toEqual([...ids].sort());

      // Renamed: only its neighbors in the series show its title.
      events.length = 0;
      await documentsOf(app, subject).update({
        documentId: ids[2],
        ...localeParam(subject),
        data: { [subject.fields.title]: 'Renamed part' },
      } as any);
      await documentsOf(app, subject).publish({ documentId: ids[2], ...localeParam(subject) } as any);
      await app.strapi.plugin('newsroom').service('revalidation').settled();
      expect(seriesChanged()).toEqual([ids[1], ids[3]].sort());

      // Unpublished: the others are renumbered again.
      events.length = 0;
      await documentsOf(app, subject).unpublish({ documentId: ids[3], ...localeParam(subject) } as any);
      await app.strapi.plugin('newsroom').service('revalidation').settled();
      expect(seriesChanged()).toEqual([ids[0], ids[1], ids[2], draft].sort());
    } finally {
      app.strapi.eventHub.off('newsroom.revalidate', listener);
    }
  });

  it('the series page lists its published articles in order, paginated, in a constant number of statements', async () => {
    const ids = await publishedArticles(subject, 5);
    const series = await createSeries(subject, [ids[4], ids[3], ids[2], ids[1], ids[0]]);
    const first = await app.http().get(`/api/newsroom/series/${series}?pageSize=2`);
    expect(first.status).toBe(200);
    expect(first.body.data.articles.map((a: any) => [a.documentId, a.position])).toEqual([
      [ids[4], 1],
      [ids[3], 2],
    ]);
    expect(first.body.meta.pagination).toEqual({ page: 1, pageSize: 2, total: 5, pageCount: 3 });
    expect(first.body.data).toMatchObject({ documentId: series, articleType: subject.uid });
    const last = await app.http().get(`/api/newsroom/series/${series}?pageSize=2&page=3`);
    expect(last.body.data.articles.map((a: any) => a.documentId)).toEqual([ids[0]]);
    const bySlug = await app.http().get(`/api/newsroom/series/${first.body.data.slug}`);
    expect(bySlug.body.data.documentId).toBe(series);
    const notModified = await app.http().get(`/api/newsroom/series/${series}?pageSize=2`).set('If-None-Match', first.headers.etag);
    expect(notModified.status).toBe(304);

    const table = (app.strapi.db.metadata.get(subject.uid as any) as any).tableName;
    const small = await countStatements(
      app,
      () => app.http().get(`/api/newsroom/series/${series}?pageSize=100&page=1&x=${Math.random()}`),
      { table }
    );
    const more = await publishedArticles(subject, 10);
    const large = await createSeries(subject, [...ids, ...more]);
    expect(await countStatements(app, () => app.http().get(`/api/newsroom/series/${large}?pageSize=100`), { table })).toBe(small);
  });

  it('continue answers the first article the reader has not read', async () => {
    const ids = await publishedArticles(subject, 3);
    const series = await createSeries(subject, ids);
    const cont = (read: string) => app.http().get(`/api/newsroom/series/${series}/continue${read === '' ? '' : `?read=${read}`}`);
    expect((await cont('')).body).toEqual({
      data: expect.objectContaining({ documentId: ids[0], position: 1 }),
      meta: { total: 3, read: 0 },
    });
    expect((await cont(`${ids[0]},${ids[2]}`)).body).toEqual({
      data: expect.objectContaining({ documentId: ids[1], position: 2 }),
      meta: { total: 3, read: 2 },
    });
    expect((await cont(ids.join(','))).body).toEqual({ data: null, meta: { total: 3, read: 3 } });
    expect((await cont(`${ids[0]},unknownid`)).body.meta).toEqual({ total: 3, read: 1 });
    // POST carries the same list in its body.
    const posted = await app
      .http()
      .post(`/api/newsroom/series/${series}/continue`)
      .send({ read: [ids[0], ids[2]] });
    expect(posted.body).toEqual({ data: expect.objectContaining({ documentId: ids[1], position: 2 }), meta: { total: 3, read: 2 } });
    for (const [body, query] of [
      [{ read: 'a,b' }, ''],
      [{ read: [ids[0]], extra: 1 }, ''],
      [{ read: ['a-slug'] }, ''],
      [{ read: [ids[0]] }, `?read=${ids[1]}`],
      [[ids[0]], ''],
    ] as const) {
      expectClientError(
        await app
          .http()
          .post(`/api/newsroom/series/${series}/continue${query}`)
          .send(body as object),
        JSON.stringify(body)
      );
    }
  });

  it('GraphQL: series on newsroomRead and neighbors, newsroomSeries and newsroomContinue', async () => {
    const ids = await publishedArticles(subject, 2);
    const series = await createSeries(subject, ids, { title: 'Graph' });
    const graphql = (query: string) => app.http().post('/graphql').send({ query });
    const typeArg = subject === BUILT_IN ? '' : `type: "${subject.uid}", `;
    const read = await graphql(
      `{ newsroomRead(${typeArg}slug: "${ids[1]}") { series { documentId position total previous { documentId } } } }`
    );
    expect(read.body.errors).toBeUndefined();
    expect(read.body.data.newsroomRead.series).toEqual([{ documentId: series, position: 2, total: 2, previous: { documentId: ids[0] } }]);
    const page = await graphql(`{ newsroomSeries(slug: "${series}", pageSize: 1) { title total articles { documentId position } } }`);
    expect(page.body.errors).toBeUndefined();
    expect(page.body.data.newsroomSeries).toEqual({ title: 'Graph', total: 2, articles: [{ documentId: ids[0], position: 1 }] });
    const next = await graphql(`{ newsroomContinue(series: "${series}", read: ["${ids[0]}"]) { documentId position } }`);
    expect(next.body.data.newsroomContinue).toEqual({ documentId: ids[1], position: 2 });
    expect(
      (
        await graphql(`
          {
            newsroomSeries(slug: "nosuchseries") {
              title
            }
          }
        `)
      ).body.data.newsroomSeries
    ).toBeNull();
    const slugs = await graphql(`{ newsroomContinue(series: "${series}", read: ["a-slug"]) { documentId } }`);
    expect(slugs.body.errors?.[0]?.message).toContain('not slugs');
  });

  it('refuses bad input with a 4xx and never a 500', async () => {
    const ids = await publishedArticles(subject, 1);
    const series = await createSeries(subject, ids);
    for (const [path, status] of [
      [`/api/newsroom/series/nosuchseries`, 404],
      [`/api/newsroom/series/${series}?locale=xx`, 400],
      [`/api/newsroom/series/${series}?locale[$ne]=x`, 400],
      [`/api/newsroom/series/${series}?page=0`, 400],
      [`/api/newsroom/series/${series}?pageSize=1000`, 400],
      [`/api/newsroom/series/${series}/continue?read=a,,b`, 400],
      [`/api/newsroom/series/${series}/continue?read[$ne]=x`, 400],
      [`/api/newsroom/series/${series}/continue?read=a&read=b`, 400],
      [`/api/newsroom/series/${series}/continue?read=${Array.from({ length: 1001 }, (_, i) => `d${i}`).join(',')}`, 400],
      // A slug or free text is not a documentId: it would silently count as unread.
      [`/api/newsroom/series/${series}/continue?read=${ids[0]},my-first-article`, 400],
      [`/api/newsroom/series/${series}/continue?read=%3Cnot%20an%20id%3E`, 400],
      [`/api/newsroom/series/nosuchseries/continue`, 404],
    ] as const) {
      const response = await app.http().get(path);
      expect([path.slice(0, 80), response.status]).toEqual([path.slice(0, 80), status]);
      expectClientError(response, path.slice(0, 80));
    }
  });
});
