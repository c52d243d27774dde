import { expectClientError } from './helpers/http';
import { startTestApp, type TestApp } from './helpers/strapi';
import { BUILT_IN, POST, createSubjectDraft, documentsOf } from './helpers/subjects';

/**
 * `readingOrder.scopes`: the playground scopes its posts by `category` (one related
 * document) and `tags` (several); readers ask `?scope=` on `read` and `neighbors`.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.stop();
});

const posts = () => documentsOf(app, POST);
const db = () => app.strapi.db.connection;
const table = () => (app.strapi.db.metadata.get(POST.uid as any) as any).tableName as string;

const named = async (uid: string, name: string) =>
  (
    await app.strapi
      .documents(uid as any)
      .create({ data: { name, slug: `${name.toLowerCase()}-${Math.random().toString(36).slice(2, 8)}` } } as any)
  ).documentId;

/** A published post in `category` with `tags`, published at `at` (ms). */
const publishedPost = async (at: number, category: string | null, tags: string[] = []) => {
  const { documentId } = await createSubjectDraft(app, POST, { ...(category ? { category } : {}), tags });
  await posts().publish({ documentId } as any);
  await db()(table())
    .where({ document_id: documentId })
    .whereNotNull('published_at')
    .update({ published_at: new Date(at) });
  return documentId;
};

const neighbors = async (documentId: string, scope: string, route: 'read' | 'neighbors' = 'neighbors') => {
  const path = route === 'read' ? `/api/newsroom/read/${documentId}` : `/api/newsroom/articles/${documentId}/neighbors`;
  const response = await app.http().get(`${path}?type=${POST.uid}&scope=${scope}`);
  expect(response.status).toBe(200);
  const data = response.body.data;
  return [data.previous?.documentId ?? null, data.next?.documentId ?? null, data.previous?.source ?? data.next?.source ?? null];
};

let sports: string;
let culture: string;
let red: string;
let blue: string;
beforeAll(async () => {
  await db()(table()).delete();
  sports = await named('api::category.category', 'Sports');
  culture = await named('api::category.category', 'Culture');
  red = await named('api::tag.tag', 'Red');
  blue = await named('api::tag.tag', 'Blue');
});

describe('?scope= on the reader routes', () => {
  it('answers the neighbors within the same category by publishedAt, ties by documentId, drafts never', async () => {
    const first = await publishedPost(1_000, sports);
    await publishedPost(2_000, culture);
    const tiedA = await publishedPost(3_000, sports);
    const tiedB = await publishedPost(3_000, sports);
    const [low, high] = [tiedA, tiedB].sort();
    // A draft in the category, and a published post whose draft moved to another category: readers see published relations only.
    await createSubjectDraft(app, POST, { category: sports });
    const moved = await publishedPost(4_000, sports);
    await posts().update({ documentId: moved, data: { category: culture } } as any);

    expect(await neighbors(first, 'category')).toEqual([null, low, 'computed']);
    expect(await neighbors(low, 'category')).toEqual([first, high, 'computed']);
    expect(await neighbors(high, 'category', 'read')).toEqual([low, moved, 'computed']);
    expect(await neighbors(moved, 'category')).toEqual([high, null, 'computed']);
  });

  it('with several tags, the neighbors are the nearest posts sharing any one of them', async () => {
    const both = await publishedPost(10_000, null, [red, blue]);
    const onlyRed = await publishedPost(11_000, null, [red]);
    const onlyBlue = await publishedPost(12_000, null, [blue]);
    const none = await publishedPost(13_000, null, []);
    expect(await neighbors(both, 'tags')).toEqual([null, onlyRed, 'computed']);
    expect(await neighbors(onlyRed, 'tags')).toEqual([both, null, 'computed']);
    expect(await neighbors(onlyBlue, 'tags')).toEqual([both, null, 'computed']);
    // No value: no scoped neighbor.
    expect(await neighbors(none, 'tags')).toEqual([null, null, null]);
    expect(await neighbors(none, 'category')).toEqual([null, null, null]);
  });

  it('a new publication in the scope reaches a cached scoped answer', async () => {
    const latest = await publishedPost(Date.now() - 60_000, culture);
    expect((await neighbors(latest, 'category'))[1]).toBeNull();
    const unscoped = await app.http().get(`/api/newsroom/read/${latest}?type=${POST.uid}`);
    const scoped = await app.http().get(`/api/newsroom/read/${latest}?type=${POST.uid}&scope=category`);
    expect(scoped.headers.etag).not.toBe(unscoped.headers.etag);
    expect(scoped.headers['cache-tag']).toContain(`newsroom-scope:${POST.uid}`);

    const { documentId: fresh } = await createSubjectDraft(app, POST, { category: culture });
    await posts().publish({ documentId: fresh } as any);
    await app.strapi.plugin('newsroom').service('revalidation').settled();
    expect((await neighbors(latest, 'category'))[1]).toBe(fresh);
  });

  it('a tag edited from its own side reaches cached scoped answers: the posts sharing it changed, though no post was written', async () => {
    const green = await named('api::tag.tag', 'Green');
    const older = await publishedPost(Date.now() - 50_000, null, []);
    const newer = await publishedPost(Date.now() - 40_000, null, [green]);
    expect((await neighbors(newer, 'tags'))[0]).toBeNull();

    await app.strapi.documents('api::tag.tag' as any).update({ documentId: green, data: { posts: { connect: [older] } } } as any);
    await app.strapi.plugin('newsroom').service('revalidation').settled();
    expect((await neighbors(newer, 'tags'))[0]).toBe(older);

    await app.strapi.documents('api::tag.tag' as any).update({ documentId: green, data: { posts: { disconnect: [older] } } } as any);
    await app.strapi.plugin('newsroom').service('revalidation').settled();
    expect((await neighbors(newer, 'tags'))[0]).toBeNull();
  });

  it('refuses an unknown scope with a 400 naming the configured ones, and hostile values', async () => {
    const post = await publishedPost(20_000, sports);
    const unknown = await app.http().get(`/api/newsroom/read/${post}?type=${POST.uid}&scope=author`);
    expect(unknown.status).toBe(400);
    expectClientError(unknown);
    expect(unknown.body.error.message).toContain('category, tags');
    expect(unknown.body.error.details).toEqual({ field: 'scope', allowed: ['category', 'tags'] });

    const { documentId: article } = await createSubjectDraft(app, BUILT_IN);
    await documentsOf(app, BUILT_IN).publish({ documentId: article, locale: 'en' } as any);
    const none = await app.http().get(`/api/newsroom/articles/${article}/neighbors?scope=category`);
    expect(none.status).toBe(400);
    expect(none.body.error.message).toContain('no scopes configured');

    for (const query of ['scope[$ne]=x', 'scope=category&scope=tags', 'scope=', `scope=${'x'.repeat(500)}`]) {
      const response = await app.http().get(`/api/newsroom/read/${post}?type=${POST.uid}&${query}`);
      expect([query, response.status]).toEqual([query, 400]);
      expectClientError(response, query);
    }
  });

  it('GraphQL takes the same scope on newsroomRead and on the neighbors field', async () => {
    const early = await publishedPost(30_000, culture);
    const late = await publishedPost(31_000, culture);
    const graphql = (query: string) => app.http().post('/graphql').send({ query });
    const read = await graphql(
      `{ newsroomRead(type: "${POST.uid}", slug: "${late}", scope: "category") { previous { documentId source } } }`
    );
    expect(read.body.errors).toBeUndefined();
    expect(read.body.data.newsroomRead.previous).toEqual({ documentId: early, source: 'computed' });
    const field = await graphql(`{ post(documentId: "${early}") { neighbors(scope: "category") { next { documentId } } } }`);
    expect(field.body.errors).toBeUndefined();
    expect(field.body.data.post.neighbors.next.documentId).toBe(late);
    const unknown = await graphql(`{ newsroomRead(type: "${POST.uid}", slug: "${late}", scope: "author") { documentId } }`);
    expect(unknown.body.errors[0].message).toContain('Unknown scope "author"');
  });
});
