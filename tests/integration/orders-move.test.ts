import { restrictedAdminToken } from './helpers/auth';
import { expectClientError, expectForbidden } from './helpers/http';
import { countStatements } from './helpers/queries';
import { useWorkspaceApp, workspaceOf } from './helpers/orders';
import { byLink, chainLinks, expectIntact } from './helpers/reading-order';
import { contentManagerProperties, createSubjectDraft, localeParam, SUBJECTS, typeQuery, type Subject } from './helpers/subjects';

const current = useWorkspaceApp();

describe.each(SUBJECTS.map((s) => [s.name, s] as const))('POST /newsroom/orders/:documentId/move on %s', (_name, subject: Subject) => {
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
  const move = (documentId: string, body: unknown, token = adminToken()) =>
    app()
      .http()
      .post(`/newsroom/orders/${encodeURIComponent(documentId)}/move${query()}`)
      .set('Authorization', `Bearer ${token}`)
      .send(body as object);
  const sorted = (...lists: Array<Array<{ previous: string; next: string }>>) => lists.flat().sort(byLink);

  beforeEach(clear);

  const publishedArticle = async () => {
    const { documentId } = await createSubjectDraft(app(), subject);
    await documents().publish({ documentId, ...localeParam(subject) } as any);
    return documentId;
  };
  /** `ids` with `article` taken out and put at `position` (1-based). */
  const movedIn = (ids: string[], article: string, position: number) => {
    const rest = ids.filter((id) => id !== article);
    return [...rest.slice(0, position - 1), article, ...rest.slice(position - 1)];
  };

  it.each([
    ['to the head', 4, 1],
    ['to the end', 0, 5],
    ['to the middle, forward', 1, 4],
    ['to the middle, backward', 4, 2],
    ['to its own place', 2, 3],
  ])(
    'moves an article of the chain %s, for readers at once, with one revalidation event and nobody marked Modified',
    async (_label, from, position) => {
      const ids = await publishedChain(5);
      await settled();
      const events: any[] = [];
      const listener = async (event: any) => {
        events.push(event);
      };
      app().strapi.eventHub.on('newsroom.revalidate', listener);
      const response = await move(ids[0], { article: ids[from], position, apply: 'published' });
      await settled();
      app().strapi.eventHub.off('newsroom.revalidate', listener);

      expect(response.status).toBe(200);
      const wanted = movedIn(ids, ids[from], position);
      expect(response.body.data).toMatchObject({
        apply: 'published',
        position,
        article: { documentId: ids[from], status: 'published' },
        previous: wanted[position - 2] ? { documentId: wanted[position - 2] } : null,
        next: wanted[position] ? { documentId: wanted[position] } : null,
      });
      expect(await links()).toEqual({ draft: chainLinks(...wanted), published: chainLinks(...wanted) });
      for (const [index, documentId] of wanted.entries()) {
        expect(await readerNeighbors(documentId)).toEqual([wanted[index - 1] ?? null, wanted[index + 1] ?? null]);
        expect(await statusOf(documentId)).toBe('published');
      }
      expect(events).toHaveLength(wanted.join() === ids.join() ? 0 : 1);
      const opened = await detail(ids[2]);
      expect(opened.body.data).toMatchObject({ staged: false, loop: false, publishedOrder: wanted, hidden: 0 });
      expect(opened.body.data.articles.map((a: any) => a.documentId)).toEqual(wanted);
      await expectIntact(app(), subject);
    }
  );

  it('takes an article from another chain, which closes the gap, and one from no chain', async () => {
    const ids = await publishedChain(3);
    const other = await publishedChain(3);
    const alone = await publishedArticle();
    expect((await move(ids[1], { article: other[1], position: 2, apply: 'published' })).status).toBe(200);
    expect((await move(ids[0], { article: alone, position: 5, apply: 'published' })).status).toBe(200);
    const wanted = [ids[0], other[1], ids[1], ids[2], alone];
    const rest = [other[0], other[2]];
    expect(await links()).toEqual({
      draft: sorted(chainLinks(...wanted), chainLinks(...rest)),
      published: sorted(chainLinks(...wanted), chainLinks(...rest)),
    });
    expect(await readerNeighbors(other[0])).toEqual([null, other[2]]);
    expect(await readerNeighbors(alone)).toEqual([ids[2], null]);

    const answer = await overview();
    expect(answer.body.data.chains.map((chain: any) => [chain.first.documentId, chain.last.documentId, chain.length])).toEqual([
      [ids[0], alone, 5],
      [other[0], other[2], 2],
    ]);
    expect(answer.body.data.unlinked).toEqual([]);
    await expectIntact(app(), subject);
  });

  it('moves the article of the route within its own chain, and an article in no chain stays at place 1 of its own', async () => {
    const ids = await publishedChain(3);
    const response = await move(ids[0], { article: ids[0], position: 3, apply: 'published' });
    expect(response.status).toBe(200);
    expect((await links()).draft).toEqual(chainLinks(ids[1], ids[2], ids[0]));
    const alone = await publishedArticle();
    expect((await move(alone, { article: alone, position: 1, apply: 'published' })).body.data).toMatchObject({
      position: 1,
      previous: null,
      next: null,
    });
    const refused = await move(alone, { article: alone, position: 2, apply: 'published' });
    expect(refused.status).toBe(400);
    expect(refused.body.error.details).toEqual({ rule: 'out-of-range', field: 'position', max: 1 });
  });

  it('apply draft: readers keep the published order; the changed published articles show as Modified', async () => {
    const ids = await publishedChain(4);
    const response = await move(ids[0], { article: ids[3], position: 1, apply: 'draft' });
    expect(response.status).toBe(200);
    const wanted = [ids[3], ids[0], ids[1], ids[2]];
    expect(await links()).toEqual({ draft: chainLinks(...wanted), published: chainLinks(...ids) });
    expect(await readerNeighbors(ids[3])).toEqual([ids[2], null]);
    expect((await detail(ids[0])).body.data).toMatchObject({ staged: true, publishedOrder: ids });
    // The articles whose draft links changed: the moved one, its old previous, the new next.
    expect(await statusOf(ids[3])).toBe('modified');
    expect(await statusOf(ids[2])).toBe('modified');
    expect(await statusOf(ids[0])).toBe('modified');
    expect(await statusOf(ids[1])).toBe('published');
    for (const documentId of wanted) await documents().publish({ documentId, ...localeParam(subject) } as any);
    expect((await links()).published).toEqual(chainLinks(...wanted));
    await expectIntact(app(), subject);
  });

  it('a draft moved into a published order with apply published is never shown to readers (as a reorder)', async () => {
    const ids = await publishedChain(3);
    const draft = (await createSubjectDraft(app(), subject)).documentId;
    const response = await move(ids[0], { article: draft, position: 2, apply: 'published' });
    expect(response.status).toBe(200);
    expect(response.body.data.article).toMatchObject({ documentId: draft, status: 'draft', publishedAt: null });
    expect(await links()).toEqual({ draft: chainLinks(ids[0], draft, ids[1], ids[2]), published: chainLinks(...ids) });
    expect(await readerNeighbors(ids[0])).toEqual([null, ids[1]]);
    expect(
      (
        await app()
          .http()
          .get(`/api/newsroom/read/${draft}${typeQuery(subject)}`)
      ).status
    ).toBe(404);

    // Moving it out again leaves readers where they were; moving a published article over it links across it.
    expect((await move(ids[0], { article: ids[2], position: 2, apply: 'published' })).status).toBe(200);
    expect(await links()).toEqual({ draft: chainLinks(ids[0], ids[2], draft, ids[1]), published: chainLinks(ids[0], ids[2], ids[1]) });
    await expectIntact(app(), subject);
  });

  it('refuses a position past the end, unknown articles and bad input with a 4xx, and changes nothing', async () => {
    const ids = await publishedChain(3);
    const alone = (await createSubjectDraft(app(), subject)).documentId;
    const foreignSubject = SUBJECTS.find((other) => other !== subject)!;
    const foreign = (await createSubjectDraft(app(), foreignSubject)).documentId;
    const before = await links();

    const past = await move(ids[0], { article: ids[1], position: 4, apply: 'published' });
    expect(past.status).toBe(400);
    expect(past.body.error.details).toEqual({ rule: 'out-of-range', field: 'position', max: 3 });
    // An article from outside adds a place.
    expect((await move(ids[0], { article: alone, position: 5, apply: 'published' })).body.error.details).toEqual({
      rule: 'out-of-range',
      field: 'position',
      max: 4,
    });
    expect((await move('nosuchdocumentidxxxxxxxxx', { article: ids[0], position: 1, apply: 'draft' })).status).toBe(404);
    expect((await move(ids[0], { article: 'nosuchdocumentidxxxxxxxxx', position: 1, apply: 'draft' })).status).toBe(404);
    expect((await move(ids[0], { article: foreign, position: 1, apply: 'draft' })).status).toBe(404);
    const bodies: Array<[string, unknown]> = [
      ['position 0', { article: ids[1], position: 0, apply: 'draft' }],
      ['a negative position', { article: ids[1], position: -1, apply: 'draft' }],
      ['a fractional position', { article: ids[1], position: 1.5, apply: 'draft' }],
      ['a position given as text', { article: ids[1], position: '1', apply: 'draft' }],
      ['a huge position', { article: ids[1], position: 1e12, apply: 'draft' }],
      ['no position', { article: ids[1], apply: 'draft' }],
      ['no article', { position: 1, apply: 'draft' }],
      ['an object as article', { article: { $ne: 'x' }, position: 1, apply: 'draft' }],
      ['a list as article', { article: [ids[1]], position: 1, apply: 'draft' }],
      ['no apply', { article: ids[1], position: 1 }],
      ['a bad apply', { article: ids[1], position: 1, apply: 'both' }],
      ['an unknown field', { article: ids[1], position: 1, apply: 'draft', order: ids }],
      ['a body that is a list', [ids[1]]],
    ];
    for (const [label, body] of bodies) {
      const response = await move(ids[0], body);
      expect([label, response.status]).toEqual([label, 400]);
      expectClientError(response, label);
    }
    expect(await links()).toEqual(before);
  });

  if (subject.localized) {
    it('refuses an article of another locale as a reorder does', async () => {
      const ids = await publishedChain(2);
      const french = (await createSubjectDraft(app(), subject, {}, 'fr')).documentId;
      const response = await move(ids[0], { article: french, position: 1, apply: 'draft' });
      expect(response.status).toBe(400);
      expect(response.body.error.details).toEqual({ rule: 'locale-mismatch', field: 'article', articles: [french] });
    });
  }

  it('refuses a chain whose links go round, naming the repair', async () => {
    const ids = await publishedChain(3);
    const drafts = await db()(metadata().tableName).select('id', 'document_id').whereNull('published_at');
    const rowOf = (documentId: string) => drafts.find((row: any) => row.document_id === documentId).id;
    const types = app().strapi.plugin('newsroom').service('types');
    const { link } = types.tables(types.fromParameter(subject.uid));
    await db()(link.table).insert({ [link.previous]: rowOf(ids[2]), [link.next]: rowOf(ids[0]) });
    const response = await move(ids[1], { article: ids[0], position: 2, apply: 'draft' });
    expect(response.status).toBe(400);
    expect(response.body.error.details).toMatchObject({ rule: 'cycle', field: 'position' });
  });

  it('answers 403 without the update action, Content Manager update, or (for readers) publish', async () => {
    const ids = await publishedChain(3);
    const before = await links();
    const properties = contentManagerProperties(subject);
    const reader = await restrictedAdminToken(app(), [
      ['plugin::newsroom.reading-order.read'],
      ['plugin::content-manager.explorer.read', subject.uid, properties],
    ]);
    const editor = await restrictedAdminToken(app(), [
      ['plugin::newsroom.reading-order.read'],
      ['plugin::newsroom.reading-order.update'],
      ['plugin::content-manager.explorer.read', subject.uid, properties],
      ['plugin::content-manager.explorer.update', subject.uid, properties],
    ]);
    const body = { article: ids[2], position: 1, apply: 'draft' };
    const refused = await move(ids[0], body, reader);
    expect(refused.status).toBe(403);
    expectClientError(refused);
    expectForbidden(await move(ids[0], { ...body, apply: 'published' }, editor));
    expect(await links()).toEqual(before);
    expect((await move(ids[0], body, editor)).status).toBe(200);
    expect((await links()).draft).toEqual(chainLinks(ids[2], ids[0], ids[1]));
  });

  it('reads and writes as many statements for a chain of 40 as for a chain of 4', async () => {
    const statements = async (length: number) => {
      await clear();
      const ids = await publishedChain(length);
      // To the head and back: the article's place and the target place both grow with the chain.
      return [
        await countStatements(app(), () => move(ids[0], { article: ids[length - 2], position: 1, apply: 'published' }), {
          table: metadata().tableName,
        }),
        await countStatements(app(), () => move(ids[0], { article: ids[length - 2], position: length - 1, apply: 'published' }), {
          table: metadata().tableName,
        }),
      ];
    };
    const small = await statements(4);
    expect(await statements(40)).toEqual(small);
  });
});
