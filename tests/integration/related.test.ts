import { startTestApp, type TestApp } from './helpers/strapi';
import { expectClientError } from './helpers/http';
import { describeIfLocalized, documentsOf, localeParam, SUBJECTS, withType, type Subject } from './helpers/subjects';

/**
 * GET /api/newsroom/articles/:slugOrDocumentId/related: the published articles of the
 * same type and locale most alike in content, from the plugin's index of published
 * versions, kept in step on publish, unpublish and delete.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  await app.strapi.plugin('i18n').service('locales').create({ code: 'fr', name: 'French (fr)' });
});
afterAll(async () => {
  await app?.stop();
});

/** Made-up words of this run, so that no other test's articles share them (letters only: numbers are not matched on). */
const word = () => Array.from({ length: 9 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');

/** A topic: a few made-up words an article about it repeats. */
const topic = () => Array.from({ length: 4 }, word);

const textAbout = (words: string[], times = 3) =>
  Array.from({ length: times }, () => `The ${words.join(' and the ')} were discussed.`).join(' ');

describe.each(SUBJECTS.map((s) => [s.name, s] as const))('on %s', (_name, subject: Subject) => {
  const documents = () => documentsOf(app, subject);
  const at = (documentId: string, locale = 'en') => ({ documentId, ...localeParam(subject, locale) }) as any;
  const publish = (documentId: string, locale = 'en') => documents().publish(at(documentId, locale));
  const get = (path: string) => app.http().get(withType(subject, `/api/newsroom${path}`));
  const related = (key: string, query = '') => get(`/articles/${key}/related${query}`);
  const ids = (response: { body: any }) => (response.body.data as Array<{ documentId: string }>).map((item) => item.documentId);

  /** A draft about `words` (in its body), optionally published. */
  const article = async (words: string[], { published = true, locale = 'en', times = 3 } = {}) => {
    const created = await documents().create({ ...localeParam(subject, locale), data: subject.data({}, textAbout(words, times)) as any });
    if (published) await publish(created.documentId, locale);
    return created.documentId as string;
  };

  it('lists the published articles most alike first, never the article itself, with their teaser fields and a score', async () => {
    const sport = topic();
    const money = topic();
    const a = await article(sport);
    const b = await article(sport);
    const c = await article([...money, sport[0]]);
    await article(money);
    // (Every test article's title and summary share "Article" / "Post" and "Summary": the others follow, lower.)

    const response = await related(a);
    expect(response.status).toBe(200);
    expect(ids(response).slice(0, 2)).toEqual([b, c]);
    expect(ids(response)).not.toContain(a);
    const [first, second] = response.body.data;
    expect(first).toEqual({
      documentId: b,
      title: expect.any(String),
      slug: expect.any(String),
      summary: expect.any(String),
      publishedAt: expect.any(String),
      score: expect.any(Number),
    });
    expect(first.score).toBeGreaterThan(second.score);
    expect(first.score).toBeLessThanOrEqual(1.0001);
    // By slug too.
    const slug = (await documents().findOne(at(a)))![subject.fields.slug];
    expect(ids(await related(slug))).toEqual(ids(response));
  });

  it('never shows a draft, and a draft changes nothing readers get', async () => {
    const words = topic();
    const a = await article(words);
    const b = await article(words);
    const before = await related(a);
    expect(ids(before)[0]).toBe(b);

    // A never-published article on the same topic, and a draft of `b` rewritten about something else.
    const draft = await article(words, { published: false, times: 6 });
    await documents().update({ ...at(b), data: subject.data({}, textAbout(topic())) } as any);
    const after = await related(a);
    expect(ids(after)).not.toContain(draft);
    expect(after.body).toEqual(before.body);
    expect(after.headers.etag).toBe(before.headers.etag);
    expect((await related(draft)).status).toBe(404);
  });

  it('follows publications: a new article appears, an unpublished or deleted one goes, without a stale cached list', async () => {
    const words = topic();
    const a = await article(words);
    const b = await article(words);
    expect(ids(await related(a))).toContain(b);

    const c = await article(words, { times: 6 });
    expect(ids(await related(a)).slice(0, 2)).toEqual([c, b]);

    await documents().unpublish(at(c));
    expect(ids(await related(a))[0]).toBe(b);
    expect(ids(await related(a, '?limit=20'))).not.toContain(c);
    await publish(c);
    expect(ids(await related(a)).slice(0, 2)).toEqual([c, b]);

    await documents().delete(at(c));
    expect(ids(await related(a))[0]).toBe(b);
    expect(ids(await related(a, '?limit=20'))).not.toContain(c);
    const indexed = await app.strapi.db.connection('newsroom_related_documents').where({ type: subject.uid, document_id: c });
    expect(indexed).toEqual([]);
  });

  it('republishes with the new text: the list follows what readers see', async () => {
    const first = topic();
    const second = topic();
    const a = await article(first);
    const b = await article(first);
    const c = await article(second);
    const d = await article(second);
    expect(ids(await related(a))[0]).toBe(b);

    await documents().update({ ...at(a), data: subject.data({}, textAbout(second)) } as any);
    expect(ids(await related(a))[0]).toBe(b);
    await publish(a);
    expect(new Set(ids(await related(a)).slice(0, 2))).toEqual(new Set([c, d]));
  });

  it('answers 304 to the ETag it gave, and a new ETag once the list changed', async () => {
    const words = topic();
    const a = await article(words);
    await article(words);
    const first = await related(a);
    const etag = first.headers.etag;
    expect(etag).toMatch(/^"/);
    expect(first.headers['cache-tag'] ?? '').toContain('newsroom-related:');
    const again = await app
      .http()
      .get(withType(subject, `/api/newsroom/articles/${a}/related`))
      .set('If-None-Match', etag);
    expect(again.status).toBe(304);

    const c = await article(words);
    const changed = await app
      .http()
      .get(withType(subject, `/api/newsroom/articles/${a}/related`))
      .set('If-None-Match', etag);
    expect(changed.status).toBe(200);
    expect(changed.headers.etag).not.toBe(etag);
    expect(ids(changed).slice(0, 2)).toContain(c);
  });

  it('takes a limit from 1 to 20 (default 5) and refuses anything else with a 400', async () => {
    const words = topic();
    const a = await article(words);
    const others: string[] = [];
    for (let i = 0; i < 6; i += 1) others.push(await article(words));
    expect(ids(await related(a))).toHaveLength(5);
    expect(ids(await related(a, '?limit=1'))).toHaveLength(1);
    const all = ids(await related(a, '?limit=20'));
    expect(all.length).toBeLessThanOrEqual(20);
    expect(new Set(all.slice(0, 6))).toEqual(new Set(others));
    for (const query of [
      '?limit=0',
      '?limit=21',
      '?limit[]=1',
      '?limit=1&limit=2',
      '?limit=two',
      '?limit=',
      '?scope=nope',
      '?locale[]=en',
    ]) {
      const response = await related(a, query);
      expectClientError(response, query);
      expect(response.status).toBe(400);
    }
  });

  it('tells newsroom.revalidate to purge the related lists of the type and locale on a publication, not on a draft save', async () => {
    const events: Array<{ related?: unknown[] }> = [];
    const off = app.strapi.eventHub.on('newsroom.revalidate', async (event: { related?: unknown[] }) => {
      events.push(event);
    });
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    const settle = () => app.strapi.plugin('newsroom').service('revalidation').settled();
    try {
      const a = await article(topic());
      await settle();
      const locale = subject.localized ? 'en' : null;
      const tag = subject.localized ? `newsroom-related:${subject.uid}:en` : `newsroom-related:${subject.uid}`;
      expect(events.flatMap((event) => event.related ?? [])).toContainEqual({ type: subject.uid, locale, tag });

      events.length = 0;
      await documents().update({ ...at(a), data: subject.data({}, textAbout(topic())) } as any);
      await settle();
      await sleep(200);
      expect(events.flatMap((event) => event.related ?? [])).toEqual([]);
    } finally {
      off();
    }
  });

  it('answers 404 for an unknown article', async () => {
    const response = await related('no-such-article-at-all');
    expect(response.status).toBe(404);
    expectClientError(response);
  });

  it('is rebuilt from the content when its index is lost (the index is never the only copy of anything)', async () => {
    const words = topic();
    const a = await article(words);
    const b = await article(words);
    const before = await related(a);
    await app.strapi.db.connection('newsroom_related_terms').where({ type: subject.uid }).delete();
    await app.strapi.db.connection('newsroom_related_documents').where({ type: subject.uid }).delete();
    await app.strapi.plugin('newsroom').service('related').reconcile();
    const after = await related(a);
    expect(ids(after)).toEqual(ids(before));
    expect(ids(after)[0]).toBe(b);
  });

  it('answers the related field in GraphQL like the REST route', async () => {
    const words = topic();
    const a = await article(words);
    const b = await article(words);
    const typeName = subject.uid === 'api::post.post' ? 'post' : 'newsroomArticle';
    const response = await app
      .http()
      .post('/graphql')
      .send({
        query: `query One($id: ID!) { ${typeName}(documentId: $id) { documentId related(limit: 3) { documentId score } } }`,
        variables: { id: a },
      });
    expect(response.body.errors).toBeUndefined();
    const rest = (await related(a, '?limit=3')).body.data;
    expect(response.body.data[typeName]).toEqual({
      documentId: a,
      related: rest.map(({ documentId, score }: any) => ({ documentId, score })),
    });
    expect(rest[0].documentId).toBe(b);
  });

  describeIfLocalized(subject)('locales', () => {
    it('keeps locales apart: an article of another locale is never listed, nor counted', async () => {
      const words = topic();
      const a = await article(words);
      const b = await article(words);
      const french = await article(words, { locale: 'fr', times: 6 });
      const frenchToo = await article(words, { locale: 'fr' });
      const english = ids(await related(a, '?limit=20'));
      expect(english[0]).toBe(b);
      expect(english).not.toContain(french);
      expect(english).not.toContain(frenchToo);
      const inFrench = ids(await related(french, '?locale=fr&limit=20'));
      expect(inFrench[0]).toBe(frenchToo);
      expect(inFrench).not.toContain(a);
      expect(inFrench).not.toContain(b);
      expect((await related(a, '?locale=fr')).status).toBe(404);
    });
  });
});
