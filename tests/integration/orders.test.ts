import { restrictedAdminToken } from './helpers/auth';
import { expectClientError, expectForbidden } from './helpers/http';
import { countStatements } from './helpers/queries';
import { useWorkspaceApp, workspaceOf } from './helpers/orders';
import { chainLinks, expectIntact } from './helpers/reading-order';
import { contentManagerProperties, createSubjectDraft, localeParam, SUBJECTS, typeQuery, type Subject } from './helpers/subjects';

const current = useWorkspaceApp();

describe.each(SUBJECTS.map((s) => [s.name, s] as const))('the reading-order workspace routes on %s', (_name, subject: Subject) => {
  const {
    app,
    adminToken,
    metadata,
    db,
    links,
    query,
    documents,
    overview,
    detail,
    settled,
    readerNeighbors,
    statusOf,
    clear,
    publishedChain,
  } = workspaceOf(current, subject);
  const reorder = (documentId: string, body: unknown, token = adminToken(), extra = '') =>
    app()
      .http()
      .put(`/newsroom/orders/${encodeURIComponent(documentId)}${query(extra)}`)
      .set('Authorization', `Bearer ${token}`)
      .send(body as object);
  const updatedAts = async () => db()(metadata().tableName).select('id', 'updated_at').orderBy('id');

  beforeEach(clear);

  describe('GET /newsroom/orders', () => {
    it('lists every chain with its ends, length and published count, and the articles in no order', async () => {
      const long = await publishedChain(3);
      const draftOnly = (await createSubjectDraft(app(), subject, { [subject.fields.previous]: long[2] })).documentId;
      const short = await publishedChain(2);
      const alone = (await createSubjectDraft(app(), subject)).documentId;

      const response = await overview();
      expect(response.status).toBe(200);
      const { chains, unlinked } = response.body.data;
      expect(
        chains.map((chain: any) => [chain.first.documentId, chain.last.documentId, chain.length, chain.published, chain.staged, chain.loop])
      ).toEqual([
        [long[0], draftOnly, 4, 3, false, false],
        [short[0], short[1], 2, 2, false, false],
      ]);
      expect(chains[0].first).toMatchObject({
        title: expect.any(String),
        slug: expect.any(String),
        status: 'published',
        publishedAt: expect.any(String),
      });
      expect(chains[0].last).toMatchObject({ status: 'draft', publishedAt: null });
      expect(unlinked.map((article: any) => article.documentId)).toEqual([alone]);
      expect(response.body.meta).toEqual({
        chains: { page: 1, pageSize: 20, total: 2, pageCount: 1 },
        unlinked: { page: 1, pageSize: 20, total: 1, pageCount: 1 },
        articles: 7,
        hidden: 0,
      });
    });

    it('pages and searches by a part of the title or a whole documentId', async () => {
      const chain = await publishedChain(2);
      const titled = (await createSubjectDraft(app(), subject, { [subject.fields.title]: 'Zebra crossings in Lyon' })).documentId;
      await createSubjectDraft(app(), subject);
      expect((await overview('&q=ZEBRA')).body.data.unlinked.map((a: any) => a.documentId)).toEqual([titled]);
      expect((await overview('&q=ZEBRA')).body.data.chains).toEqual([]);
      expect((await overview(`&q=${chain[1]}`)).body.data.chains.map((c: any) => c.first.documentId)).toEqual([chain[0]]);
      const paged = await overview('&page=2&pageSize=1');
      expect(paged.body.data.unlinked).toHaveLength(1);
      expect(paged.body.data.chains).toEqual([]);
      expect(paged.body.meta.unlinked).toEqual({ page: 2, pageSize: 1, total: 2, pageCount: 2 });
    });

    it('reads a constant number of statements whatever the number of articles', async () => {
      // The fewest of three requests: Strapi's own post-commit work of the writes above (event payloads) can land in the first.
      const statements = async () => {
        const counts: number[] = [];
        for (let run = 0; run < 3; run += 1) counts.push(await countStatements(app(), () => overview(), { table: metadata().tableName }));
        return Math.min(...counts);
      };
      await publishedChain(3);
      const small = await statements();
      await publishedChain(12);
      for (let index = 0; index < 5; index += 1) await createSubjectDraft(app(), subject);
      expect(await statements()).toBe(small);
      expect(small).toBeLessThanOrEqual(2);
    });

    it('shows an order staged with the drafts and not yet published', async () => {
      const ids = await publishedChain(3);
      expect((await reorder(ids[0], { order: [ids[2], ids[1], ids[0]], apply: 'draft' })).status).toBe(200);
      expect((await overview()).body.data.chains[0].staged).toBe(true);
      const opened = await detail(ids[1]);
      expect(opened.body.data).toMatchObject({ staged: true, loop: false, publishedOrder: ids });
      expect(opened.body.data.articles.map((a: any) => a.documentId)).toEqual([ids[2], ids[1], ids[0]]);
    });
  });

  describe('PUT /newsroom/orders/:documentId', () => {
    it('apply published: readers see the new order at once, nobody is republished or marked Modified, one revalidation event', async () => {
      const ids = await publishedChain(4);
      await settled();
      const rowsBefore = await updatedAts();
      const events: any[] = [];
      const listener = async (event: any) => {
        events.push(event);
      };
      app().strapi.eventHub.on('newsroom.revalidate', listener);
      const wanted = [ids[3], ids[1], ids[2], ids[0]];
      const response = await reorder(ids[2], { order: wanted, apply: 'published' });
      await settled();
      app().strapi.eventHub.off('newsroom.revalidate', listener);

      expect(response.status).toBe(200);
      expect(response.body.data).toMatchObject({ apply: 'published', removed: [], taken: [], staged: false, publishedOrder: wanted });
      expect(response.body.data.articles.map((a: any) => a.documentId)).toEqual(wanted);
      expect(await links()).toEqual({ draft: chainLinks(...wanted), published: chainLinks(...wanted) });
      for (const [index, documentId] of wanted.entries()) {
        expect(await readerNeighbors(documentId)).toEqual([wanted[index - 1] ?? null, wanted[index + 1] ?? null]);
        expect(await statusOf(documentId)).toBe('published');
      }
      expect(await updatedAts()).toEqual(rowsBefore);
      expect(events).toHaveLength(1);
      expect(events[0].pages.map((page: any) => page.documentId).sort()).toEqual([...ids].sort());
      await expectIntact(app(), subject);
    });

    it('apply draft: readers keep the published order until the articles are published; the changed ones show as Modified', async () => {
      const ids = await publishedChain(3);
      const wanted = [ids[1], ids[0], ids[2]];
      const response = await reorder(ids[0], { order: wanted, apply: 'draft' });
      expect(response.status).toBe(200);
      expect(response.body.data).toMatchObject({ apply: 'draft', staged: true, publishedOrder: ids });
      expect(await links()).toEqual({ draft: chainLinks(...wanted), published: chainLinks(...ids) });
      expect(await readerNeighbors(ids[1])).toEqual([ids[0], ids[2]]);
      for (const documentId of ids) expect(await statusOf(documentId)).toBe('modified');

      for (const documentId of wanted) await documents().publish({ documentId, ...localeParam(subject) } as any);
      expect((await links()).published).toEqual(chainLinks(...wanted));
      expect(await readerNeighbors(ids[0])).toEqual([ids[1], ids[2]]);
      await expectIntact(app(), subject);
    });

    it('a draft inserted in the middle of a published order is never shown to readers', async () => {
      const ids = await publishedChain(2);
      const draft = (await createSubjectDraft(app(), subject)).documentId;
      const response = await reorder(ids[0], { order: [ids[0], draft, ids[1]], apply: 'published' });
      expect(response.status).toBe(200);
      expect(await links()).toEqual({ draft: chainLinks(ids[0], draft, ids[1]), published: chainLinks(ids[0], ids[1]) });
      expect(await readerNeighbors(ids[0])).toEqual([null, ids[1]]);
      expect(await readerNeighbors(ids[1])).toEqual([ids[0], null]);
      expect(
        (
          await app()
            .http()
            .get(`/api/newsroom/read/${draft}${typeQuery(subject)}`)
        ).status
      ).toBe(404);
      await expectIntact(app(), subject);
    });

    it('removes an article (the order closes the gap), splits a chain and joins two', async () => {
      const ids = await publishedChain(5);
      const removed = await reorder(ids[0], { order: [ids[0], ids[1], ids[3], ids[4]], apply: 'published' });
      expect(removed.body.data.removed).toEqual([ids[2]]);
      expect((await links()).published).toEqual(chainLinks(ids[0], ids[1], ids[3], ids[4]));
      expect(await readerNeighbors(ids[2])).toEqual([null, null]);

      const split = await reorder(ids[0], { order: [ids[0], ids[1]], apply: 'published' });
      expect(split.body.data.removed).toEqual([ids[3], ids[4]]);
      expect(await links()).toEqual({
        draft: [...chainLinks(ids[0], ids[1]), ...chainLinks(ids[3], ids[4])].sort((a, b) =>
          `${a.previous}>${a.next}`.localeCompare(`${b.previous}>${b.next}`)
        ),
        published: [...chainLinks(ids[0], ids[1]), ...chainLinks(ids[3], ids[4])].sort((a, b) =>
          `${a.previous}>${a.next}`.localeCompare(`${b.previous}>${b.next}`)
        ),
      });

      const joined = await reorder(ids[3], { order: [ids[3], ids[4], ids[0], ids[1], ids[2]], apply: 'published' });
      expect(joined.body.data.taken).toEqual([ids[0], ids[1]]);
      const order = [ids[3], ids[4], ids[0], ids[1], ids[2]];
      expect(await links()).toEqual({ draft: chainLinks(...order), published: chainLinks(...order) });
      await expectIntact(app(), subject);
    });

    it('takes an article from another chain, which closes the gap, for readers too', async () => {
      const first = await publishedChain(2);
      const other = await publishedChain(3);
      const response = await reorder(first[0], { order: [first[0], other[1], first[1]], apply: 'published' });
      expect(response.status).toBe(200);
      expect(response.body.data.taken).toEqual([other[1]]);
      expect(await readerNeighbors(other[0])).toEqual([null, other[2]]);
      expect(await readerNeighbors(other[1])).toEqual([first[0], first[1]]);
      await expectIntact(app(), subject);
    });

    it('two concurrent reorders of overlapping chains both keep the order valid', async () => {
      const ids = await publishedChain(6);
      const responses = await Promise.all([
        reorder(ids[0], { order: [ids[5], ids[4], ids[3], ids[2], ids[1], ids[0]], apply: 'published' }),
        reorder(ids[3], { order: [ids[3], ids[0], ids[1]], apply: 'published' }),
      ]);
      expect(responses.map((response) => response.status)).toEqual([200, 200]);
      await expectIntact(app(), subject);
      const state = await links();
      expect(state.published).toEqual(state.draft);
    });

    const badBodies = (ids: string[], foreign: string): Array<[string, unknown, number]> => [
      ['an unknown article in order', { order: [ids[0], 'nosuchdocumentidxxxxxxxxx'], apply: 'published' }, 400],
      ['an article of another type in order', { order: [ids[0], foreign], apply: 'published' }, 400],
      ['duplicates in order', { order: [ids[0], ids[1], ids[0]], apply: 'published' }, 400],
      ['an order without the article of the route', { order: [ids[1]], apply: 'published' }, 400],
      ['an empty order', { order: [], apply: 'published' }, 400],
      ['order given as a string', { order: ids[0], apply: 'published' }, 400],
      ['an object in order', { order: [ids[0], { $ne: 'x' }], apply: 'published' }, 400],
      ['no apply', { order: [ids[0], ids[1]] }, 400],
      ['a bad apply', { order: [ids[0], ids[1]], apply: 'both' }, 400],
      ['apply given as an array', { order: [ids[0], ids[1]], apply: ['draft'] }, 400],
      ['an unknown field', { order: [ids[0], ids[1]], apply: 'draft', dryRun: true }, 400],
      ['a body that is a list', [ids[0]], 400],
      ['a huge order', { order: [ids[0], ...Array.from({ length: 10_001 }, (_, index) => `x${index}`)], apply: 'draft' }, 400],
    ];

    it("refuses bad input with a 4xx in Strapi's error shape and changes nothing", async () => {
      const ids = await publishedChain(2);
      const foreignSubject = SUBJECTS.find((other) => other !== subject)!;
      const foreign = (await createSubjectDraft(app(), foreignSubject)).documentId;
      const before = await links();
      for (const [label, body, status] of badBodies(ids, foreign)) {
        const response = await reorder(ids[0], body);
        expect([label, response.status]).toEqual([label, status]);
        expectClientError(response, label);
      }
      const details = (await reorder(ids[0], { order: [ids[0], ids[1], ids[0]], apply: 'draft' })).body.error.details;
      expect(details).toEqual({ rule: 'duplicate', field: 'order', articles: [ids[0]] });
      expect((await reorder('nosuchdocumentidxxxxxxxxx', { order: ['nosuchdocumentidxxxxxxxxx'], apply: 'draft' })).status).toBe(404);
      expect((await reorder(ids[0], { order: ids, apply: 'draft' }, adminToken(), '&type=api::nothing.nothing')).status).toBe(400);
      expect((await reorder(ids[0], { order: ids, apply: 'draft' }, adminToken(), '&locale[$ne]=x')).status).toBe(400);
      const malformed = await app()
        .http()
        .put(`/newsroom/orders/${ids[0]}${query()}`)
        .set('Authorization', `Bearer ${adminToken()}`)
        .set('Content-Type', 'application/json')
        .send('{"order": [');
      expect(malformed.status).toBe(400);
      expect((await detail('nosuchdocumentidxxxxxxxxx')).status).toBe(404);
      for (const extra of ['&page=0', '&pageSize=1000', '&q[$ne]=x', '&page=a&page=b', `&q=${'x'.repeat(300)}`]) {
        expectClientError(await overview(extra), extra);
      }
      expect(await links()).toEqual(before);
    });

    if (subject.localized) {
      it('refuses an order naming an article of another locale, and an unknown locale', async () => {
        const ids = await publishedChain(2);
        const french = (await createSubjectDraft(app(), subject, {}, 'fr')).documentId;
        const before = await links();
        const response = await reorder(ids[0], { order: [ids[0], french], apply: 'draft' });
        expect(response.status).toBe(400);
        expect(response.body.error.details).toEqual({ rule: 'locale-mismatch', field: 'order', articles: [french] });
        const unknownLocale = await app()
          .http()
          .put(`/newsroom/orders/${ids[0]}?type=${subject.uid}&locale=xx`)
          .set('Authorization', `Bearer ${adminToken()}`)
          .send({ order: ids, apply: 'draft' });
        expect(unknownLocale.status).toBe(400);
        expect(await links()).toEqual(before);
      });
    }

    it('answers 403 without the update action, Content Manager update, or (to apply to the published order) publish', async () => {
      const ids = await publishedChain(2);
      const before = await links();
      const properties = contentManagerProperties(subject);
      const reader = await restrictedAdminToken(app(), [
        ['plugin::newsroom.reading-order.read'],
        ['plugin::content-manager.explorer.read', subject.uid, properties],
      ]);
      const noContentManager = await restrictedAdminToken(app(), [
        ['plugin::newsroom.reading-order.read'],
        ['plugin::newsroom.reading-order.update'],
      ]);
      const editor = await restrictedAdminToken(app(), [
        ['plugin::newsroom.reading-order.read'],
        ['plugin::newsroom.reading-order.update'],
        ['plugin::content-manager.explorer.read', subject.uid, properties],
        ['plugin::content-manager.explorer.update', subject.uid, properties],
      ]);
      const reversed = [ids[1], ids[0]];
      // The route's policy refuses an admin without the action (a PolicyError); the controller, the Content Manager permissions.
      const refused = await reorder(ids[0], { order: reversed, apply: 'draft' }, reader);
      expect(refused.status).toBe(403);
      expectClientError(refused);
      expectForbidden(await reorder(ids[0], { order: reversed, apply: 'draft' }, noContentManager));
      expectForbidden(await overview('', noContentManager));
      expectForbidden(await reorder(ids[0], { order: reversed, apply: 'published' }, editor));
      expect(await links()).toEqual(before);
      expect((await overview('', reader)).status).toBe(200);
      expect((await reorder(ids[0], { order: reversed, apply: 'draft' }, editor)).status).toBe(200);
      expect((await links()).draft).toEqual(chainLinks(...reversed));
    });
  });
});
