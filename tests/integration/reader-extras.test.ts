import type { AddressInfo } from 'node:net';

import { parseAtomFeed, parseJsonFeed, parseRssFeed } from 'feedsmith';

import { createNewsroomClient } from '../../client/src';
import { superAdminToken } from './helpers/auth';
import { expectClientError } from './helpers/http';
import { startTestApp, type TestApp } from './helpers/strapi';
import { BUILT_IN, POST, createSubjectDraft, documentsOf, localeParam, typeQuery, withType, type Subject } from './helpers/subjects';

/**
 * What readers see around an article (issue 27): wrap-around of the computed order,
 * the table of contents and JSON-LD of `read`, and feeds. Booted with the date
 * fallback and `wrap` on, and URL templates for articles, posts and series.
 */
const URLS = {
  'plugin::newsroom.article': 'https://example.com/{locale}/news/{slug}',
  'api::post.post': 'https://blog.example.com/posts/{slug}?id={documentId}',
  'plugin::newsroom.series': 'https://example.com/{locale}/series/{slug}',
};

let app: TestApp;
let adminToken: string;
beforeAll(async () => {
  app = await startTestApp({
    NEWSROOM_FALLBACK: 'publishedAt',
    NEWSROOM_WRAP: 'true',
    NEWSROOM_URLS: JSON.stringify(URLS),
    NEWSROOM_STRUCTURED_DATA: JSON.stringify({ 'api::post.post': { type: 'BlogPosting' } }),
  });
  adminToken = await superAdminToken(app);
  // One port for every request: a feed's self link holds the origin it was asked at (Strapi's server.url unset).
  const server = app.strapi.server.httpServer;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  await app.strapi.plugin('i18n').service('locales').create({ code: 'fr', name: 'French (fr)' });
});
afterAll(async () => {
  await app?.stop();
});

const settled = () => app.strapi.plugin('newsroom').service('revalidation').settled();

/** Sets a published version's date (before anything is read: the caches do not see raw SQL). */
const setPublishedAt = async (subject: Subject, documentId: string, at: Date) => {
  const table = (app.strapi.db.metadata.get(subject.uid as any) as any).tableName;
  await app.strapi.db.connection(table).where({ document_id: documentId }).whereNotNull('published_at').update({ published_at: at });
};

const publishedArticle = async (subject: Subject, fields: Record<string, unknown> = {}, locale = 'en') => {
  const { documentId } = await createSubjectDraft(app, subject, fields, locale);
  await documentsOf(app, subject).publish({ documentId, ...localeParam(subject, locale) } as any);
  await settled();
  return documentId as string;
};

const read = async (subject: Subject, key: string) => {
  const response = await app.http().get(withType(subject, `/api/newsroom/read/${key}`));
  expect(response.status).toBe(200);
  return response.body.data;
};

const feed = (query: string) => app.http().get(`/api/newsroom/feed?${query}`);

/** A body with headings in the subject's own shape: blocks for the article, Markdown in a dynamic zone for posts. */
const bodyWithHeadings = (subject: Subject, sections: Array<[string, number]>) => {
  const words = (count: number) => Array.from({ length: count }, (_, index) => `word${index}`).join(' ');
  if (subject === BUILT_IN) {
    return {
      body: sections.flatMap(([heading, count]) => [
        { type: 'heading', level: 2, children: [{ type: 'text', text: heading }] },
        { type: 'paragraph', children: [{ type: 'text', text: words(count) }] },
      ]),
    };
  }
  return { content: sections.map(([heading, count]) => ({ __component: 'blog.rich-text', body: `## ${heading}\n\n${words(count)}` })) };
};

describe.each([
  [BUILT_IN.name, BUILT_IN],
  [POST.name, POST],
])('%s', (_name, subject) => {
  describe('readingOrder.wrap', () => {
    it("continues the newest article's computed next with the oldest, and the oldest's previous with the newest, marked wrapped", async () => {
      // First in the file for the subject: these are its only published articles in the locale.
      const [oldest, middle, newest] = [await publishedArticle(subject), await publishedArticle(subject), await publishedArticle(subject)];
      await createSubjectDraft(app, subject);
      await setPublishedAt(subject, oldest, new Date('2020-01-01T00:00:00Z'));
      await setPublishedAt(subject, middle, new Date('2020-01-02T00:00:00Z'));
      await setPublishedAt(subject, newest, new Date('2020-01-03T00:00:00Z'));

      const last = await read(subject, newest);
      expect(last.next).toMatchObject({ documentId: oldest, source: 'computed', wrapped: true });
      expect(last.previous).toMatchObject({ documentId: middle, source: 'computed' });
      expect(last.previous.wrapped).toBeUndefined();
      const first = await read(subject, oldest);
      expect(first.previous).toMatchObject({ documentId: newest, wrapped: true });

      // A new publication is the newest now: the oldest page goes round to it (the cache dropped it, the event names it).
      const events: Array<{ pages: Array<{ documentId: string; reasons: string[] }> }> = [];
      const listener = async (event: unknown) => {
        events.push(event as (typeof events)[number]);
      };
      const stopListening = app.strapi.eventHub.on('newsroom.revalidate', listener);
      const latest = await publishedArticle(subject);
      stopListening();
      expect(events.flatMap((event) => event.pages).find((page) => page.documentId === oldest)?.reasons).toEqual(['previous-changed']);
      expect((await read(subject, oldest)).previous).toMatchObject({ documentId: latest, wrapped: true });
      expect((await read(subject, newest)).next).toMatchObject({ documentId: latest });
      expect((await read(subject, newest)).next.wrapped).toBeUndefined();
      expect((await read(subject, latest)).next).toMatchObject({ documentId: oldest, wrapped: true });
    });
  });

  describe('toc and jsonLd', () => {
    it('lists the headings of the published body with anchors and reading times, never a draft heading', async () => {
      const documentId = await publishedArticle(
        subject,
        bodyWithHeadings(subject, [
          ['The plan', 460],
          ['The plan', 10],
          ['Costs & time', 5],
        ])
      );
      const { toc } = await read(subject, documentId);
      expect(toc).toEqual([
        { level: 2, text: 'The plan', anchor: 'the-plan', readingTimeMinutes: 2 },
        { level: 2, text: 'The plan', anchor: 'the-plan-2', readingTimeMinutes: 1 },
        { level: 2, text: 'Costs & time', anchor: 'costs--time', readingTimeMinutes: 1 },
      ]);
      await documentsOf(app, subject).update({
        documentId,
        ...localeParam(subject),
        data: bodyWithHeadings(subject, [['Draft only', 3]]),
      } as any);
      expect((await read(subject, documentId)).toc.map((entry: { text: string }) => entry.text)).toEqual([
        'The plan',
        'The plan',
        'Costs & time',
      ]);
    });

    it('describes the article in schema.org terms, with its URL, its series and its place there', async () => {
      const documentId = await publishedArticle(subject, bodyWithHeadings(subject, [['Only', 300]]));
      const before = await read(subject, documentId);
      expect(before.jsonLd).toEqual({
        '@context': 'https://schema.org',
        '@type': subject === BUILT_IN ? 'NewsArticle' : 'BlogPosting',
        headline: before.title,
        description: before.summary,
        datePublished: before.publishedAt,
        dateModified: expect.any(String),
        ...(subject === BUILT_IN ? { inLanguage: 'en' } : {}),
        wordCount: 300,
        timeRequired: 'PT2M',
        url:
          subject === BUILT_IN
            ? `https://example.com/en/news/${before.slug}`
            : `https://blog.example.com/posts/${before.slug}?id=${documentId}`,
        mainEntityOfPage: expect.any(String),
      });

      const other = await publishedArticle(subject);
      const series = await app.strapi.documents('plugin::newsroom.series' as any).create({
        data: { title: 'The tram', slug: `the-tram-${Math.random().toString(36).slice(2, 8)}`, articleType: subject.uid },
        locale: 'en',
      } as any);
      const put = await app
        .http()
        .put(`/newsroom/series/${series.documentId}/articles?locale=en`)
        .set('Authorization', `Bearer ${adminToken}`)
        .send({ articles: [other, documentId] });
      expect(put.status).toBe(200);
      // Unpublished, the series is not part of the data.
      expect((await read(subject, documentId)).jsonLd.isPartOf).toBeUndefined();
      await app.strapi.documents('plugin::newsroom.series' as any).publish({ documentId: series.documentId, locale: 'en' } as any);
      await settled();
      const after = (await read(subject, documentId)).jsonLd;
      expect(after.isPartOf).toEqual({
        '@type': 'CreativeWorkSeries',
        name: 'The tram',
        url: `https://example.com/en/series/${series.slug}`,
      });
      expect(after.position).toBe(2);
    });
  });

  describe('GET /feed', () => {
    const type = typeQuery(subject, '&');

    it('answers the newest published articles in each format, drafts never, with their links, summaries and stable ids', async () => {
      const ids = [await publishedArticle(subject), await publishedArticle(subject)];
      const draft = (await createSubjectDraft(app, subject)).documentId;
      const titles = await Promise.all(ids.map(async (id) => (await read(subject, id)).title));

      const rss = await feed(`format=rss&limit=2${type}`);
      expect([rss.status, rss.headers['content-type']]).toEqual([200, 'application/rss+xml; charset=utf-8']);
      const channel = parseRssFeed(rss.text);
      expect(channel.items?.map((item) => item.title)).toEqual([...titles].reverse());
      expect(channel.items?.[0].link).toContain('https://');
      expect(channel.items?.[0].description).toBe((await read(subject, ids[1])).summary);
      expect(rss.text).not.toContain(draft);

      const atom = await feed(`format=atom&limit=2${type}`);
      expect(atom.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
      const atomFeed = parseAtomFeed(atom.text);
      expect(atomFeed.entries?.map((entry) => entry.id)).toEqual(channel.items?.map((item) => item.guid?.value));

      const json = await feed(`format=json&limit=2${type}`);
      expect(json.headers['content-type']).toBe('application/feed+json; charset=utf-8');
      const jsonFeed = parseJsonFeed(JSON.parse(json.text));
      expect(jsonFeed.items?.map((item) => item.id)).toEqual(channel.items?.map((item) => item.guid?.value));
      expect(jsonFeed.feed_url).toContain('/api/newsroom/feed?');
    });

    it('answers 304 to If-None-Match, and drops the cached feed when an article is published', async () => {
      const first = await feed(`format=json&limit=5${type}`);
      expect(first.headers['cache-tag']).toContain(
        subject === BUILT_IN ? 'newsroom-feed:plugin::newsroom.article:en' : 'newsroom-feed:api::post.post'
      );
      const again = await feed(`format=json&limit=5${type}`).set('If-None-Match', first.headers.etag);
      expect(again.status).toBe(304);

      const added = await publishedArticle(subject);
      const after = await feed(`format=json&limit=5${type}`);
      expect(after.headers.etag).not.toBe(first.headers.etag);
      expect(JSON.parse(after.text).items[0].title).toBe((await read(subject, added)).title);
    });

    it('lists a published series in its order', async () => {
      const [a, b] = [await publishedArticle(subject), await publishedArticle(subject)];
      const series = await app.strapi.documents('plugin::newsroom.series' as any).create({
        data: { title: 'In order', slug: `in-order-${Math.random().toString(36).slice(2, 8)}`, articleType: subject.uid },
        locale: 'en',
      } as any);
      await app
        .http()
        .put(`/newsroom/series/${series.documentId}/articles?locale=en`)
        .set('Authorization', `Bearer ${adminToken}`)
        .send({ articles: [b, a] });
      // Not published yet: no such series for readers.
      expect((await feed(`format=json&series=${series.slug}`)).status).toBe(404);
      await app.strapi.documents('plugin::newsroom.series' as any).publish({ documentId: series.documentId, locale: 'en' } as any);
      await settled();
      const answer = await feed(`format=json&series=${series.slug}`);
      expect(answer.status).toBe(200);
      const body = JSON.parse(answer.text);
      expect(body.title).toBe('In order');
      expect(body.home_page_url).toBe(`https://example.com/en/series/${series.slug}`);
      expect(body.items.map((item: { title: string }) => item.title)).toEqual([
        (await read(subject, b)).title,
        (await read(subject, a)).title,
      ]);
    });

    it.each([
      ['an unknown format', 'format=xml', 400],
      ['a repeated format', 'format=rss&format=atom', 400],
      ['limit 0', 'limit=0', 400],
      ['limit 101', 'limit=101', 400],
      ['limit as text', 'limit=many', 400],
      ['an unknown series', 'series=no-such-series', 404],
      ['a scope without a value', 'scope=category', 400],
      ['a value without a scope', 'value=x', 400],
      ['an unknown scope', 'scope=nope&value=x', 400],
      ['a series and a scope', 'series=x&scope=category&value=y', 400],
      ['an unknown locale', 'locale=xx', 400],
    ])('refuses %s', async (_label, query, status) => {
      const response = await feed(`${query}${type}`);
      if (subject === POST && query === 'locale=xx') return; // a type without i18n ignores locale, as Strapi does
      expectClientError(response);
      expect(response.status).toBe(status);
    });
  });
});

describe('feeds: locales, scope values, GraphQL and the client', () => {
  it('keeps locales apart', async () => {
    const french = await publishedArticle(BUILT_IN, {}, 'fr');
    const frenchTitle = (await app.http().get(`/api/newsroom/read/${french}?locale=fr`)).body.data.title;
    expect((await feed('format=json&locale=fr')).text).toContain(frenchTitle);
    expect((await feed('format=json&locale=en&limit=100')).text).not.toContain(frenchTitle);
  });

  it('lists the posts of one category by its documentId or slug; an unknown category is a 404', async () => {
    const category = await app.strapi
      .documents('api::category.category' as any)
      .create({ data: { name: 'Trams', slug: `trams-${Math.random().toString(36).slice(2, 8)}` } } as any);
    const inside = await publishedArticle(POST, { category: category.documentId });
    await publishedArticle(POST);
    const title = (await read(POST, inside)).title;
    for (const value of [category.documentId, category.slug]) {
      const body = JSON.parse((await feed(`format=json&type=${POST.uid}&scope=category&value=${value}`)).text);
      expect(body.items.map((item: { title: string }) => item.title)).toEqual([title]);
    }
    expect((await feed(`type=${POST.uid}&scope=category&value=no-such-category`)).status).toBe(404);
  });

  it('answers toc, jsonLd and wrapped through GraphQL', async () => {
    const documentId = await publishedArticle(BUILT_IN, bodyWithHeadings(BUILT_IN, [['Graph', 5]]));
    const response = await app
      .http()
      .post('/graphql')
      .send({
        query: `{ newsroomRead(slug: "${documentId}") { toc { level text anchor readingTimeMinutes } jsonLd next { wrapped } previous { wrapped } } }`,
      });
    expect(response.body.errors).toBeUndefined();
    const data = response.body.data.newsroomRead;
    expect(data.toc).toEqual([{ level: 2, text: 'Graph', anchor: 'graph', readingTimeMinutes: 1 }]);
    expect(data.jsonLd['@type']).toBe('NewsArticle');
    // The newest article: its next goes round.
    expect(data.next.wrapped).toBe(true);
  });

  it('reads feeds and the new read fields through the typed client', async () => {
    const server = app.strapi.server.httpServer;
    const client = createNewsroomClient({ baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`, type: POST.uid });
    const documentId = await publishedArticle(POST, bodyWithHeadings(POST, [['Client', 5]]));
    const { data } = await client.read(documentId);
    expect(data.toc[0].anchor).toBe('client');
    expect(data.jsonLd['@type']).toBe('BlogPosting');
    const atom = await client.feed({ format: 'atom', limit: 1 });
    expect(atom.contentType).toBe('application/atom+xml; charset=utf-8');
    expect(parseAtomFeed(atom.text).entries?.[0].links?.[0]?.href).toContain(`id=${documentId}`);
    await expect(client.feed({ format: 'rss', limit: 500 })).rejects.toMatchObject({ status: 400, name: 'ValidationError' });
  });
});
