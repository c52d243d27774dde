import { ARTICLE_UID, publish } from './helpers/articles';
import { countStatements } from './helpers/queries';
import { chainLinks, createChain, findViolations, linksAmong, readLinks } from './helpers/reading-order';
import { startTestApp, type TestApp } from './helpers/strapi';

/** Boots with reader options changed from their defaults. */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({
    NEWSROOM_SKIP_UNPUBLISHED: 'false',
    NEWSROOM_FALLBACK: 'publishedAt',
    NEWSROOM_CACHE_CONTROL: 'public, max-age=5, stale-while-revalidate=30',
    NEWSROOM_WORDS_PER_MINUTE: '60',
    NEWSROOM_CACHE_MAX_BYTES: '0',
    NEWSROOM_CACHE_TAG_HEADER: 'Surrogate-Key',
    NEWSROOM_CACHE_TAG_SEPARATOR: ' ',
  });
});
afterAll(async () => {
  await app?.stop();
});

const get = (path: string) => app.http().get(`/api/newsroom${path}`);

/** Gives every listed article the same publishedAt, as a bulk import or a scheduled release does. */
const samePublishedAt = async (documentIds: string[]) => {
  const metadata = app.strapi.db.metadata.get(ARTICLE_UID as any) as any;
  const [{ published_at: shared }] = await app.strapi.db
    .connection(metadata.tableName)
    .whereIn('document_id', documentIds)
    .whereNotNull('published_at')
    .select('published_at')
    .limit(1);
  await app.strapi.db
    .connection(metadata.tableName)
    .whereIn('document_id', documentIds)
    .whereNotNull('published_at')
    .update({ published_at: shared });
};

describe('readingOrder.skipUnpublished = false', () => {
  it('shows no neighbor where the linked one is unpublished', async () => {
    const [a, , c] = await createChain(app, 3);
    await publish(app, a);
    await publish(app, c);
    // Not the linked C past the draft; the date fallback (on in this file) may fill the gap, and says so.
    const next = (await get(`/read/${a}`)).body.data.next;
    expect(next?.source ?? 'none').not.toBe('linked');
  });
});

describe('readingOrder.skipUnpublished = false, unpublishing', () => {
  it('leaves A and C of A -> B -> C without a linked neighbor where B was, until B is published again', async () => {
    const [a, b, c] = await createChain(app, 3);
    for (const id of [a, b, c]) await publish(app, id);

    await app.strapi.documents(ARTICLE_UID as any).unpublish({ documentId: b, locale: 'en' });
    expect(linksAmong(await readLinks(app, 'published'), [a, b, c])).toEqual([]);
    // The date fallback (on in this file) may fill the gap, and says so.
    expect((await get(`/read/${a}`)).body.data.next?.source ?? 'none').not.toBe('linked');
    expect((await get(`/read/${c}`)).body.data.previous?.source ?? 'none').not.toBe('linked');

    await publish(app, b);
    expect(linksAmong(await readLinks(app, 'published'), [a, b, c])).toEqual(chainLinks(a, b, c));
    expect((await get(`/read/${a}`)).body.data.next).toMatchObject({ documentId: b, source: 'linked' });
    expect(await findViolations(app)).toEqual([]);
  });
});

describe("readingOrder.fallback = 'publishedAt'", () => {
  it('walks every unlinked article of a locale once, in publishedAt then documentId order, even with equal timestamps', async () => {
    const ids: string[] = [];
    for (let index = 0; index < 6; index += 1) {
      const [id] = await createChain(app, 1, 'en');
      await publish(app, id);
      ids.push(id);
    }
    await samePublishedAt(ids);

    const expected = [...ids].sort();
    // Start from the first by documentId and follow `next` to the end.
    const visited: string[] = [];
    let current: string | null = expected[0];
    while (current && visited.length <= expected.length + 1) {
      visited.push(current);
      const body = (await get(`/read/${current}`)).body.data;
      if (body.next) expect(body.next.source).toBe('computed');
      current = body.next && expected.includes(body.next.documentId) ? body.next.documentId : null;
    }
    expect(visited).toEqual(expected);

    // And backwards.
    const back = (await get(`/read/${expected[expected.length - 1]}`)).body.data.previous;
    expect(back).toMatchObject({ documentId: expected[expected.length - 2], source: 'computed' });
  });

  it('prefers the linked neighbor and uses the date only on the side that has none', async () => {
    const [a, b] = await createChain(app, 2);
    await publish(app, a);
    await publish(app, b);
    const data = (await get(`/read/${b}`)).body.data;
    expect(data.previous).toMatchObject({ documentId: a, source: 'linked' });
  });
});

describe('reader options', () => {
  it('with cache.maxBytes = 0, reads the database for every revalidation', async () => {
    const [a] = await createChain(app, 1);
    await publish(app, a);
    const first = await get(`/read/${a}`);
    const table = app.strapi.db.metadata.get(ARTICLE_UID as any).tableName;
    const statements: number[] = [];
    for (let index = 0; index < 2; index += 1) {
      statements.push(
        await countStatements(
          app,
          async () => {
            expect((await get(`/read/${a}`).set('If-None-Match', first.headers.etag)).status).toBe(304);
          },
          { table }
        )
      );
    }
    expect(statements[1]).toBe(statements[0]);
    expect(statements[0]).toBeGreaterThanOrEqual(1);
  });

  it('uses the configured Cache-Control and reading speed', async () => {
    const words = Array.from({ length: 130 }, (_, index) => `word${index}`).join(' ');
    const [a] = await createChain(app, 1);
    await app.strapi.documents(ARTICLE_UID as any).update({
      documentId: a,
      locale: 'en',
      data: { body: [{ type: 'paragraph', children: [{ type: 'text', text: words }] }] },
    } as any);
    await publish(app, a);
    const response = await get(`/articles/${a}/summary`);
    expect(response.headers['cache-control']).toBe('public, max-age=5, stale-while-revalidate=30');
    expect(response.body.data.readingTimeMinutes).toBe(3);
  });

  it('names the cache tags in the configured header, with the configured separator', async () => {
    const [a, b] = await createChain(app, 2);
    await publish(app, a);
    await publish(app, b);
    const response = await get(`/read/${a}`);
    expect(response.headers['cache-tag']).toBeUndefined();
    // The date fallback (on in this file) may show an earlier article as previous: its page is tagged too.
    const shown = [a, response.body.data.previous?.documentId, response.body.data.next?.documentId].filter(Boolean);
    expect(shown).toContain(b);
    expect(response.headers['surrogate-key'].split(' ').sort()).toEqual(
      [...shown.map((id) => `newsroom:${id}:en`), 'newsroom-type:plugin::newsroom.article:en'].sort()
    );
  });
});
