import { createFullAccessToken, restrictedAdminToken, superAdminToken } from './helpers/auth';
import { chainLinks, createChain, findViolations, link, linksAmong, readLinks } from './helpers/reading-order';
import { startTestApp, type TestApp } from './helpers/strapi';
import {
  contentManagerProperties,
  createSubjectDraft,
  describeIfLocalized,
  documentsOf,
  localeOf,
  localeParam,
  localizedOnly,
  SUBJECTS,
  withType,
  type Subject,
} from './helpers/subjects';

let app: TestApp;
let apiToken: string;
let adminToken: string;

beforeAll(async () => {
  app = await startTestApp();
  apiToken = await createFullAccessToken(app);
  adminToken = await superAdminToken(app);
  await app.strapi.plugin('i18n').service('locales').create({ code: 'fr', name: 'French (fr)' });
});
afterAll(async () => {
  await app?.stop();
});

describe.each(SUBJECTS.map((s) => [s.name, s] as const))('on %s', (_name, subject: Subject) => {
  const { title, slug, previous, next } = subject.fields;

  afterEach(async () => {
    expect(await findViolations(app, subject)).toEqual([]);
  });

  const documents = () => documentsOf(app, subject);
  const update = (documentId: string, data: Record<string, unknown>) =>
    documents().update({ documentId, ...localeParam(subject), data } as any);
  const restUpdate = (documentId: string, data: Record<string, unknown>, query = '?status=draft') =>
    app.http().put(`${subject.restBase}/${documentId}${query}`).set('Authorization', `Bearer ${apiToken}`).send({ data });
  const putLinks = (documentId: string, body: Record<string, unknown>, token = adminToken) =>
    app
      .http()
      .put(withType(subject, `/newsroom/articles/${documentId}/links`))
      .set('Authorization', `Bearer ${token}`)
      .send(body);
  const getOrder = (documentId: string, query = '', token = adminToken) =>
    app
      .http()
      .get(withType(subject, `/newsroom/articles/${documentId}/reading-order${query}`))
      .set('Authorization', `Bearer ${token}`);
  const draftLinks = (locale = 'en') => readLinks(app, 'draft', locale, subject);

  /** Runs a write and checks that it failed with a 400 ValidationError for `rule` and left the links as they were. */
  const expectRejected = async (write: () => Promise<any>, rule: string) => {
    const before = await draftLinks();
    const response = await write();
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError', details: { rule } } });
    expect(await draftLinks()).toEqual(before);
    return response.body.error;
  };

  /** The same for the document service, which throws instead of answering. */
  const expectServiceRejected = async (write: () => Promise<unknown>, rule: string) => {
    const before = await draftLinks();
    await expect(write()).rejects.toMatchObject({ name: 'ValidationError', details: { rule } });
    expect(await draftLinks()).toEqual(before);
  };

  describe('no self-link', () => {
    it('is enforced on the admin route', async () => {
      const [a] = await createChain(app, 1, 'en', subject);
      const error = await expectRejected(() => putLinks(a, { next: a }), 'self-link');
      expect(error.details).toMatchObject({ field: next, articles: [a] });
    });

    it.each([
      ['a shorthand string', (id: string) => id],
      ['connect', (id: string) => ({ connect: [{ documentId: id }] })],
      ['set', (id: string) => ({ set: [id] })],
    ])('is enforced on REST with %s', async (_name, shape) => {
      const [a] = await createChain(app, 1, 'en', subject);
      await expectRejected(() => restUpdate(a, { [previous]: shape(a) }), 'self-link');
    });

    it('is enforced on the document service', async () => {
      const [a] = await createChain(app, 1, 'en', subject);
      await expectServiceRejected(() => update(a, { [next]: a }), 'self-link');
    });
  });

  describe('no cycle', () => {
    it('rejects closing a loop on the admin route and names the loop', async () => {
      const [a, b, c] = await createChain(app, 3, 'en', subject);
      const error = await expectRejected(() => putLinks(c, { next: a }), 'cycle');
      expect(error.details.articles).toEqual([c, a, b, c]);
      expect(error.message).toMatch(/loop/);
    });

    it('rejects A -> B -> A through REST', async () => {
      const [a, b] = await createChain(app, 2, 'en', subject);
      await expectRejected(() => restUpdate(b, { [next]: { connect: [a] } }), 'cycle');
    });

    it('rejects a loop through the document service', async () => {
      const [a, , , d] = await createChain(app, 4, 'en', subject);
      await expectServiceRejected(() => update(a, { [previous]: d }), 'cycle');
    });

    it('rejects a new article whose previous and next would close a loop', async () => {
      const [a, b] = await createChain(app, 2, 'en', subject);
      await expectServiceRejected(() => createSubjectDraft(app, subject, { [previous]: b, [next]: a }), 'cycle');
    });
  });

  describe('both ends exist', () => {
    it.each([
      ['an unknown documentId', 'doesnotexist0000000000000'],
      ['a documentId that starts with a digit', '1abcdefghijklmnopqrstuvw'],
      ['an unknown row id', 987654],
    ])('rejects %s on REST with 400, never 500', async (_name, target) => {
      const [a] = await createChain(app, 1, 'en', subject);
      await expectRejected(() => restUpdate(a, { [next]: target }), 'not-found');
    });

    it('accepts the { documentId } object form', async () => {
      const [a, b] = await createChain(app, 2, 'en', subject);
      const response = await restUpdate(a, { [previous]: null, [next]: { documentId: b } });
      expect(response.status).toBe(200);
      expect(linksAmong(await draftLinks(), [a, b])).toEqual([link(a, b)]);
    });

    it.each([
      ['a boolean', true],
      ['two articles', ['x', 'y']],
      ['an object without a documentId', { slug: 'x' }],
      ['a numeric documentId', { documentId: 5 }],
    ])('rejects %s as invalid input with 400', async (_name, value) => {
      const [a] = await createChain(app, 1, 'en', subject);
      const response = await restUpdate(a, { [next]: value });
      expect(response.status).toBe(400);
      expect(response.body.error.name).toBe('ValidationError');
    });
  });

  describeIfLocalized(subject)('both ends share a locale (localized types only)', () => {
    it('rejects a link to an article of another locale', async () => {
      const [a] = await createChain(app, 1, 'en', subject);
      const [french] = await createChain(app, 1, 'fr', subject);
      await expectRejected(() => restUpdate(a, { [next]: french }), 'locale-mismatch');
      await expectRejected(() => restUpdate(a, { [next]: { connect: [{ documentId: a, locale: 'fr' }] } }), 'locale-mismatch');
    });

    it('keeps each locale its own order', async () => {
      const [a, b] = await createChain(app, 2, 'en', subject);
      const [fa, fb] = await createChain(app, 2, 'fr', subject);
      expect(linksAmong(await draftLinks('fr'), [fa, fb])).toEqual([link(fa, fb)]);
      expect(linksAmong(await draftLinks('en'), [a, b])).toEqual([link(a, b)]);
    });
  });

  describe('moving a taken link (steal)', () => {
    it('detaches the old link and reports it on the admin route', async () => {
      const [c, x] = await createChain(app, 2, 'en', subject);
      const [a] = await createChain(app, 1, 'en', subject);
      const response = await putLinks(a, { next: x });
      expect(response.status).toBe(200);
      expect(response.body.data.detached).toEqual([
        { previous: { documentId: c, title: expect.any(String) }, next: { documentId: x, title: expect.any(String) }, reason: 'taken' },
      ]);
      expect(response.body.data.next).toMatchObject({ documentId: x, status: 'draft' });
      expect(linksAmong(await draftLinks(), [a, c, x])).toEqual([link(a, x)]);
    });

    it('previews what would be detached with dryRun and changes nothing', async () => {
      const [c, x] = await createChain(app, 2, 'en', subject);
      const [a] = await createChain(app, 1, 'en', subject);
      const before = await draftLinks();
      const response = await putLinks(a, { next: x, dryRun: true });
      expect(response.status).toBe(200);
      expect(response.body.data).toMatchObject({ dryRun: true, detached: [{ previous: { documentId: c }, reason: 'taken' }] });
      expect(await draftLinks()).toEqual(before);
    });

    it('detaches explicitly on REST too', async () => {
      const [c, x] = await createChain(app, 2, 'en', subject);
      const [a] = await createChain(app, 1, 'en', subject);
      expect((await restUpdate(a, { [next]: { connect: [{ documentId: x }] } })).status).toBe(200);
      expect(linksAmong(await draftLinks(), [a, c, x])).toEqual([link(a, x)]);
    });
  });

  describe('REST relation forms', () => {
    it('links with set, unlinks with disconnect and with null', async () => {
      const [a] = await createChain(app, 1, 'en', subject);
      const [b] = await createChain(app, 1, 'en', subject);
      expect((await restUpdate(a, { [next]: { set: [{ documentId: b }] } })).status).toBe(200);
      expect(linksAmong(await draftLinks(), [a, b])).toEqual([link(a, b)]);

      expect((await restUpdate(a, { [next]: { disconnect: [{ documentId: b }] } })).status).toBe(200);
      expect(linksAmong(await draftLinks(), [a, b])).toEqual([]);

      expect((await restUpdate(b, { [previous]: a })).status).toBe(200);
      expect((await restUpdate(b, { [previous]: null })).status).toBe(200);
      expect(linksAmong(await draftLinks(), [a, b])).toEqual([]);
    });

    it('ignores a disconnect of an article that is not linked', async () => {
      const [a, b] = await createChain(app, 2, 'en', subject);
      const [other] = await createChain(app, 1, 'en', subject);
      expect((await restUpdate(a, { [next]: { disconnect: [other] } })).status).toBe(200);
      expect(linksAmong(await draftLinks(), [a, b])).toEqual([link(a, b)]);
    });

    it('links on create through REST', async () => {
      const [a] = await createChain(app, 1, 'en', subject);
      const response = await app
        .http()
        .post(`${subject.restBase}?status=draft`)
        .set('Authorization', `Bearer ${apiToken}`)
        .send({ data: { [title]: 'Created linked', [slug]: `created-linked-${Date.now()}`, [previous]: a } });
      expect(response.status).toBe(201);
      expect(linksAmong(await draftLinks(), [a])).toEqual([link(a, response.body.data.documentId)]);
    });
  });

  describe('deleting an article heals the order', () => {
    it('links its previous and next to each other, in draft and published', async () => {
      const [a, b, c] = await createChain(app, 3, 'en', subject);
      for (const id of [a, b, c]) await documents().publish({ documentId: id, ...localeParam(subject) } as any);
      await documents().delete({ documentId: b, ...localeParam(subject) } as any);
      expect(linksAmong(await draftLinks(), [a, b, c])).toEqual([link(a, c)]);
      expect(linksAmong(await readLinks(app, 'published', 'en', subject), [a, b, c])).toEqual([link(a, c)]);
    });

    it('heals through REST delete', async () => {
      const [a, b, c] = await createChain(app, 3, 'en', subject);
      const response = await app.http().delete(`${subject.restBase}/${b}`).set('Authorization', `Bearer ${apiToken}`);
      expect(response.status).toBe(204);
      expect(linksAmong(await draftLinks(), [a, b, c])).toEqual([link(a, c)]);
    });
  });

  describe('clone', () => {
    it('never copies the original place in the order', async () => {
      const [a, b, c] = await createChain(app, 3, 'en', subject);
      const clone = await documents().clone({ documentId: b, ...localeParam(subject) } as any);
      expect(clone.documentId).not.toBe(b);
      expect(linksAmong(await draftLinks(), [a, b, c, clone.documentId])).toEqual(chainLinks(a, b, c));
    });
  });

  describe('GET /newsroom/articles/:documentId/reading-order', () => {
    it('shows the neighborhood with drafts, statuses and locale', async () => {
      const ids = await createChain(app, 6, 'en', subject);
      await documents().publish({ documentId: ids[1], ...localeParam(subject) } as any);
      await documents().publish({ documentId: ids[2], ...localeParam(subject) } as any);
      await update(ids[2], { [title]: 'Edited after publishing' });

      const response = await getOrder(ids[3], '?before=2&after=1');
      expect(response.status).toBe(200);
      const { data } = response.body;
      expect(data.article).toMatchObject({ documentId: ids[3], status: 'draft', locale: localeOf(subject) });
      expect(data.previous).toMatchObject({ documentId: ids[2], status: 'modified', title: 'Edited after publishing' });
      expect(data.next).toMatchObject({ documentId: ids[4] });
      expect(data.before.map((item: any) => item.documentId)).toEqual([ids[1], ids[2]]);
      expect(data.before[0].status).toBe('published');
      expect(data.after.map((item: any) => item.documentId)).toEqual([ids[4]]);
      expect(data).toMatchObject({ hasMoreBefore: true, hasMoreAfter: true });
    });

    it.each([['before=-1'], ['after=51'], ['before=two'], ...localizedOnly(subject, [['locale=xx']])])(
      'rejects ?%s with 400',
      async (query) => {
        const [a] = await createChain(app, 1, 'en', subject);
        const response = await getOrder(a, `?${query}`);
        expect(response.status).toBe(400);
        expect(response.body.error.name).toBe('ValidationError');
      }
    );

    it('answers 404 for an unknown article', async () => {
      expect((await getOrder('doesnotexist0000000000000')).status).toBe(404);
    });

    describeIfLocalized(subject)('in a second locale (localized types only)', () => {
      it('answers 404 for a locale the article has no version in', async () => {
        const [a] = await createChain(app, 1, 'en', subject);
        expect((await getOrder(a, '?locale=fr')).status).toBe(404);
      });
    });

    it('requires an admin', async () => {
      const [a] = await createChain(app, 1, 'en', subject);
      expect((await app.http().get(withType(subject, `/newsroom/articles/${a}/reading-order`))).status).toBe(401);
    });
  });

  describe('PUT /newsroom/articles/:documentId/links', () => {
    it('links and unlinks, returning the new neighborhood', async () => {
      const [a] = await createChain(app, 1, 'en', subject);
      const [b] = await createChain(app, 1, 'en', subject);
      const linked = await putLinks(a, { ...localeParam(subject), next: b });
      expect(linked.status).toBe(200);
      expect(linked.body.data).toMatchObject({ article: { documentId: a }, next: { documentId: b }, detached: [] });
      const unlinked = await putLinks(a, { next: null });
      expect(unlinked.body.data.next).toBeNull();
    });

    it.each([
      ['an object instead of a documentId', { next: { documentId: 'x' } }],
      ['a number', { next: 5 }],
      ['an empty string', { previous: '' }],
      ['an unknown field', { nxt: 'x' }],
      ['a non-boolean dryRun', { dryRun: 'yes' }],
    ])('rejects %s with 400', async (_name, body) => {
      const [a] = await createChain(app, 1, 'en', subject);
      const response = await putLinks(a, body);
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ data: null, error: { name: 'ValidationError' } });
    });

    it('answers 404 for an unknown article and 400 for an unknown target', async () => {
      expect((await putLinks('doesnotexist0000000000000', { next: null })).status).toBe(404);
      const [a] = await createChain(app, 1, 'en', subject);
      await expectRejected(() => putLinks(a, { next: 'doesnotexist0000000000000' }), 'not-found');
    });

    it('is forbidden without the plugin action, and without Content Manager update', async () => {
      const [a, b] = await createChain(app, 2, 'en', subject);
      const readOnly = await restrictedAdminToken(app, [
        ['plugin::newsroom.reading-order.read'],
        ['plugin::content-manager.explorer.read', subject.uid, contentManagerProperties(subject)],
      ]);
      expect((await getOrder(a, '', readOnly)).status).toBe(200);
      expect((await putLinks(a, { next: null }, readOnly)).status).toBe(403);

      const noContentManager = await restrictedAdminToken(app, [['plugin::newsroom.reading-order.update']]);
      expect((await putLinks(a, { next: null }, noContentManager)).status).toBe(403);
      expect(linksAmong(await draftLinks(), [a, b])).toEqual([link(a, b)]);
    });
  });

  describe('GET /newsroom/articles/search', () => {
    const search = (query: string) =>
      app
        .http()
        .get(withType(subject, `/newsroom/articles/search${query}`))
        .set('Authorization', `Bearer ${adminToken}`);

    it('finds drafts of one locale by title, excludes one, shows their current neighbors and paginates', async () => {
      const marker = `Zebra${Date.now()}`;
      const [a, b] = await createChain(app, 2, 'en', subject);
      await update(a, { [title]: `${marker} first` });
      await update(b, { [title]: `${marker} second 100%_!` });
      const [c] = await createChain(app, 1, 'en', subject);
      await update(c, { [title]: `${marker} third` });

      const response = await search(`?q=${marker.toLowerCase()}&exclude=${c}&pageSize=1&page=2`);
      expect(response.status).toBe(200);
      expect(response.body.meta.pagination).toEqual({ page: 2, pageSize: 1, total: 2, pageCount: 2 });
      expect(response.body.data).toEqual([
        expect.objectContaining({ documentId: b, status: 'draft', previous: { documentId: a, title: `${marker} first` }, next: null }),
      ]);

      const literal = await search(`?q=${encodeURIComponent('100%_!')}`);
      expect(literal.body.data.map((item: any) => item.documentId)).toEqual([b]);
    });

    it.each([['?pageSize=0'], ['?pageSize=51'], ['?page=x'], ...localizedOnly(subject, [['?locale=xx']])])(
      'rejects %s with 400',
      async (query) => {
        expect((await search(query)).status).toBe(400);
      }
    );
  });
});
