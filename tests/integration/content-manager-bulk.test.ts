import { ARTICLE_UID, publish } from './helpers/articles';
import { superAdminToken } from './helpers/auth';
import { chainLinks, createChain, expectIntact, linksAmong, readLinks } from './helpers/reading-order';
import { startTestApp, type TestApp } from './helpers/strapi';

/*
 * The Content Manager's bulk actions run their publishes, unpublishes and deletes
 * concurrently in one transaction; the reading order must come out as if they ran
 * one after the other, and a failing bulk action must change nothing.
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
afterEach(() => expectIntact(app));

type BulkAction = 'bulkDelete' | 'bulkPublish' | 'bulkUnpublish';

const bulk = (action: BulkAction, documentIds: string[], locale = 'en') =>
  app
    .http()
    .post(`/content-manager/collection-types/${ARTICLE_UID}/actions/${action}?locale=${locale}`)
    .set('Authorization', `Bearer ${adminToken}`)
    .send({ documentIds });

const publishAll = async (ids: string[]) => {
  for (const id of ids) await publish(app, id);
};

/** The links that touch `ids`, drafts or published, as documentIds. */
const linksOf = async (status: 'draft' | 'published', ids: string[]) => linksAmong(await readLinks(app, status), ids);

const read = (documentId: string) => app.http().get(`/api/newsroom/read/${documentId}`);

describe('bulk delete', () => {
  it.each([
    ['in chain order', (a: string, b: string) => [a, b]],
    ['in reverse order', (a: string, b: string) => [b, a]],
  ])('heals X -> A -> B -> Y to X -> Y, drafts and published, when A and B are deleted %s', async (_name, order) => {
    const [x, a, b, y] = await createChain(app, 4);
    await publishAll([x, a, b, y]);

    const response = await bulk('bulkDelete', order(a, b));
    expect(response.status).toBe(200);
    expect(await linksOf('draft', [x, a, b, y])).toEqual(chainLinks(x, y));
    expect(await linksOf('published', [x, a, b, y])).toEqual(chainLinks(x, y));
  });

  it('heals every gap of a non-adjacent set: X -> A -> M -> B -> Y without A and B is X -> M -> Y', async () => {
    const [x, a, m, b, y] = await createChain(app, 5);
    await publishAll([x, a, m, b, y]);

    const response = await bulk('bulkDelete', [b, a]);
    expect(response.status).toBe(200);
    expect(await linksOf('draft', [x, a, m, b, y])).toEqual(chainLinks(x, m, y));
    expect(await linksOf('published', [x, a, m, b, y])).toEqual(chainLinks(x, m, y));
  });
});

describe('bulk publish', () => {
  it.each([2, 3])('publishes %i linked drafts with a 200, the published order equal to the draft order', async (length) => {
    const ids = await createChain(app, length);

    const response = await bulk('bulkPublish', ids);
    expect(response.status).toBe(200);
    expect(await linksOf('published', ids)).toEqual(chainLinks(...ids));
    expect(await linksOf('draft', ids)).toEqual(chainLinks(...ids));
  });

  it('publishes an article named twice once: a 2xx and one published row per document and locale', async () => {
    const [a, b] = await createChain(app, 2);

    const response = await bulk('bulkPublish', [a, b, a]);
    expect(response.status).toBeGreaterThanOrEqual(200);
    expect(response.status).toBeLessThan(300);
    const published = await app.strapi.db
      .query(ARTICLE_UID as any)
      .findMany({ where: { documentId: { $in: [a, b] }, locale: 'en', publishedAt: { $notNull: true } } });
    expect(published.map((row: any) => row.documentId).sort()).toEqual([a, b].sort());
    expect(await linksOf('published', [a, b])).toEqual(chainLinks(a, b));
  });

  it('changes nothing when one of the articles cannot be published', async () => {
    const [a, b, c] = await createChain(app, 3);
    // A draft may lack its required slug (drafts skip `required`); publishing it must fail.
    const metadata = app.strapi.db.metadata.get(ARTICLE_UID as any) as any;
    await app.strapi.db.connection(metadata.tableName).where({ document_id: c }).update({ slug: null });
    const draftsBefore = await linksOf('draft', [a, b, c]);

    const response = await bulk('bulkPublish', [a, b, c]);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(response.body.error?.name).toEqual(expect.any(String));
    const published = await app.strapi.db
      .query(ARTICLE_UID as any)
      .count({ where: { documentId: { $in: [a, b, c] }, publishedAt: { $notNull: true } } });
    expect(published).toBe(0);
    expect(await linksOf('published', [a, b, c])).toEqual([]);
    expect(await linksOf('draft', [a, b, c])).toEqual(draftsBefore);
  });
});

describe('bulk unpublish', () => {
  it('unpublishes the middle two of a published chain of 4: drafts keep their links, readers step over them', async () => {
    const [w, x, y, z] = await createChain(app, 4);
    await publishAll([w, x, y, z]);

    const response = await bulk('bulkUnpublish', [x, y]);
    expect(response.status).toBe(200);
    expect(await linksOf('draft', [w, x, y, z])).toEqual(chainLinks(w, x, y, z));
    expect(await linksOf('published', [w, x, y, z])).toEqual(chainLinks(w, z));

    const first = await read(w);
    expect(first.status).toBe(200);
    expect(first.body.data.next).toMatchObject({ documentId: z, source: 'linked' });
    const last = await read(z);
    expect(last.body.data.previous).toMatchObject({ documentId: w, source: 'linked' });
    expect((await read(x)).status).toBe(404);

    // Publishing them again restores the whole chain.
    expect((await bulk('bulkPublish', [x, y])).status).toBe(200);
    expect(await linksOf('published', [w, x, y, z])).toEqual(chainLinks(w, x, y, z));
  });
});

describe('Content Manager routes of the article with a NUL in the URL', () => {
  it.each([
    ['POST', `/content-manager/collection-types/${ARTICLE_UID}/a%00b/actions/publish?locale=en`],
    ['DELETE', `/content-manager/collection-types/${ARTICLE_UID}/a%00b?locale=en`],
    ['GET', `/content-manager/collection-types/${ARTICLE_UID}?locale=en%00`],
  ])('%s %s answers 400 in Strapi error shape, before any database look-up', async (method, path) => {
    const request = method === 'POST' ? app.http().post(path) : method === 'DELETE' ? app.http().delete(path) : app.http().get(path);
    const response = await request.set('Authorization', `Bearer ${adminToken}`).send({});
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError' } });
  });
});
