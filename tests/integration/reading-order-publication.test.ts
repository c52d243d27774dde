import { droppedLinksOf } from '../../server/src/history-restore';
import { publishRelease, restoreRequest, restoreVersion, saveVersion } from './helpers/enterprise-calls';
import { chainLinks, createChain, findViolations, link, linksAmong, readLinks, type LinkRow } from './helpers/reading-order';
import { startTestApp, type TestApp } from './helpers/strapi';
import { documentsOf, localeParam, SUBJECTS, type Subject } from './helpers/subjects';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.stop();
});

/**
 * Published links are the draft order with the unpublished articles stepped over
 * (`readingOrder.skipUnpublished`): each published article links to the nearest
 * published one along its draft links.
 */
const expectedPublished = (draftLinks: LinkRow[], published: Set<string>): LinkRow[] => {
  const nextOf = new Map(draftLinks.map((row) => [row.previous, row.next]));
  const rows: LinkRow[] = [];
  for (const start of published) {
    const seen = new Set([start]);
    let current = nextOf.get(start);
    while (current !== undefined && !published.has(current) && !seen.has(current)) {
      seen.add(current);
      current = nextOf.get(current);
    }
    if (current !== undefined && current !== start && published.has(current)) rows.push(link(start, current));
  }
  return linksAmong(rows, [...published]);
};

const permutations = <T>(items: T[]): T[][] =>
  items.length <= 1
    ? [items]
    : items.flatMap((item, index) => permutations(items.filter((_, other) => other !== index)).map((rest) => [item, ...rest]));

describe.each(SUBJECTS.map((s) => [s.name, s] as const))('on %s', (_name, subject: Subject) => {
  const { title, previous, next } = subject.fields;
  const documents = () => documentsOf(app, subject);
  const at = (documentId: string) => ({ documentId, ...localeParam(subject) }) as any;
  const publish = (documentId: string) => documents().publish(at(documentId));
  const unpublish = (documentId: string) => documents().unpublish(at(documentId));
  const discard = (documentId: string) => documents().discardDraft(at(documentId));
  const update = (documentId: string, data: Record<string, unknown>, status?: 'published') =>
    documents().update({ ...at(documentId), ...(status ? { status } : {}), data });
  const links = (status: 'draft' | 'published') => readLinks(app, status, 'en', subject);

  /** Checks both orders, from both sides (a link row is both A.next and B.previous), and the global invariants. */
  const expectState = async (ids: string[], published: Set<string>, draftLinks: LinkRow[] = chainLinks(...ids)) => {
    expect(linksAmong(await links('draft'), ids)).toEqual(draftLinks);
    expect(linksAmong(await links('published'), ids)).toEqual(expectedPublished(draftLinks, published));
    expect(await findViolations(app, subject)).toEqual([]);

    // And as readers of the type's own REST API see them.
    for (const id of ids.filter((candidate) => published.has(candidate))) {
      const response = await app.http().get(`${subject.restBase}/${id}?populate[0]=${previous}&populate[1]=${next}`);
      const expectedPrevious = expectedPublished(draftLinks, published).find((row) => row.next === id)?.previous ?? null;
      const expectedNext = expectedPublished(draftLinks, published).find((row) => row.previous === id)?.next ?? null;
      expect(response.body.data[previous]?.documentId ?? null).toBe(expectedPrevious);
      expect(response.body.data[next]?.documentId ?? null).toBe(expectedNext);
    }
  };

  describe('publishing A -> B -> C in every order', () => {
    const orders = permutations([0, 1, 2]);

    it.each(
      orders.map((order, index) => [
        order.join(','),
        orders[(index + 1) % orders.length].join(','),
        order,
        orders[(index + 1) % orders.length],
      ])
    )('publish %s, republish each, discard each, then unpublish %s', async (_publishName, _unpublishName, publishOrder, unpublishOrder) => {
      const ids = await createChain(app, 3, 'en', subject);
      const published = new Set<string>();
      await expectState(ids, published);

      for (const index of publishOrder as number[]) {
        await publish(ids[index]);
        published.add(ids[index]);
        await expectState(ids, published);
      }
      for (const id of ids) {
        await publish(id); // republish one side only
        await expectState(ids, published);
      }
      for (const id of ids) {
        await discard(id);
        await expectState(ids, published);
      }
      for (const index of unpublishOrder as number[]) {
        await unpublish(ids[index]);
        published.delete(ids[index]);
        await expectState(ids, published);
      }
      // Publishing again brings every link back: the drafts kept them.
      for (const index of publishOrder as number[]) {
        await publish(ids[index]);
        published.add(ids[index]);
      }
      await expectState(ids, published);
    });
  });

  describe('the Strapi bugs this guards against', () => {
    it('links an article published before its neighbor once the neighbor is published (strapi/strapi#25361)', async () => {
      const [a, b] = await createChain(app, 2, 'en', subject);
      await publish(b);
      await expectState([a, b], new Set([b]));
      await publish(a);
      await expectState([a, b], new Set([a, b]));
    });

    it('keeps both links when the middle article alone is republished (strapi/strapi#26473)', async () => {
      const ids = await createChain(app, 3, 'en', subject);
      for (const id of ids) await publish(id);
      await update(ids[1], { [title]: 'Republished middle' });
      await publish(ids[1]);
      await expectState(ids, new Set(ids));
    });

    it('restores the draft links and keeps the published ones when a draft is discarded (strapi/strapi#24280)', async () => {
      const [a, b, c] = await createChain(app, 3, 'en', subject);
      for (const id of [a, b, c]) await publish(id);
      // The editor unlinks B from C in the draft, then changes their mind.
      await update(b, { [next]: null, [title]: 'Abandoned edit' });
      expect(linksAmong(await links('draft'), [a, b, c])).toEqual([link(a, b)]);
      expect(linksAmong(await links('published'), [a, b, c])).toEqual(chainLinks(a, b, c));

      await discard(b);
      await expectState([a, b, c], new Set([a, b, c]));
      const draft = await documents().findOne(at(b));
      expect(draft?.[title]).not.toBe('Abandoned edit');
    });

    it('never points a published article at a draft: it steps over the draft to the next published one', async () => {
      const [a, b, c] = await createChain(app, 3, 'en', subject);
      await publish(a);
      await publish(c);
      await expectState([a, b, c], new Set([a, c]));
      expect(linksAmong(await links('published'), [a, b, c])).toEqual([link(a, c)]);
    });
  });

  describe('link changes go live when either end is published', () => {
    it('publishes a relinked order from the side that is republished', async () => {
      const [a, b, c] = await createChain(app, 3, 'en', subject);
      for (const id of [a, b, c]) await publish(id);
      // Draft: A -> C, B alone. Published stays A -> B -> C until someone publishes.
      await update(a, { [next]: c });
      expect(linksAmong(await links('published'), [a, b, c])).toEqual(chainLinks(a, b, c));

      await publish(a);
      expect(linksAmong(await links('published'), [a, b, c])).toEqual([link(a, c)]);
      expect(await findViolations(app, subject)).toEqual([]);
    });

    it('publishes a link set with update and status=published at once', async () => {
      const [a] = await createChain(app, 1, 'en', subject);
      const [b] = await createChain(app, 1, 'en', subject);
      await publish(a);
      await update(b, { [previous]: a }, 'published');
      await expectState([a, b], new Set([a, b]));
    });

    it('breaks a loop that stale published links would close', async () => {
      // Published: B -> C -> A. The draft is then reordered to A -> X -> B, and only X is published.
      const [b, c, a] = await createChain(app, 3, 'en', subject);
      for (const id of [b, c, a]) await publish(id);
      await update(c, { [previous]: null, [next]: null });
      const [x] = await createChain(app, 1, 'en', subject);
      await update(x, { [previous]: a, [next]: b });
      await publish(x);
      expect(await findViolations(app, subject)).toEqual([]);
      const published = linksAmong(await links('published'), [a, b, c, x]);
      expect(published).toEqual(expect.arrayContaining([link(a, x), link(x, b)]));
    });
  });
  describe('Releases: every action of a release published in one transaction', () => {
    it('publishes A -> B -> C released together in the order a release lists them', async () => {
      const [a, b, c] = await createChain(app, 3, 'en', subject);
      await publishRelease(app, subject, { publish: [c, a, b] });
      await expectState([a, b, c], new Set([a, b, c]));
    });

    it('publishes and unpublishes in one release: readers step over the unpublished article', async () => {
      const [a, b, c, d] = await createChain(app, 4, 'en', subject);
      for (const id of [a, b, c]) await publish(id);
      await publishRelease(app, subject, { publish: [d], unpublish: [b] });
      await expectState([a, b, c, d], new Set([a, c, d]));
    });

    it('leaves nothing published and every link as it was when the release fails', async () => {
      const [a, b, c] = await createChain(app, 3, 'en', subject);
      await publish(a);
      await expect(publishRelease(app, subject, { publish: [b, c], unpublish: [a] }, { failAfterActions: true })).rejects.toThrow(
        'the release failed after its actions'
      );
      await expectState([a, b, c], new Set([a]));
    });
  });

  describe('Content History: restoring an old version', () => {
    it('restores the text and the links of a version whose links still fit', async () => {
      const [a, b, c] = await createChain(app, 3, 'en', subject);
      const version = await saveVersion(app, subject, b);
      await update(b, { [title]: 'Edited since', [next]: null });

      const request = restoreRequest();
      const restored = await restoreVersion(app, subject, version, request);

      expect(restored[title]).toBe(version[title]);
      await expectState([a, b, c], new Set());
      expect(droppedLinksOf(request)).toBeUndefined();
    });

    it('restores the text and keeps the current link where the old one would now close a loop, and says so', async () => {
      // D -> A -> B -> C when the version of A was saved; then reordered to B -> C -> D -> A.
      const [d, a, b, c] = await createChain(app, 4, 'en', subject);
      const version = await saveVersion(app, subject, a);
      await update(a, { [next]: null });
      await update(c, { [next]: d });
      await update(a, { [title]: 'Edited since' });

      const request = restoreRequest();
      const restored = await restoreVersion(app, subject, version, request);

      expect(restored[title]).toBe(version[title]);
      await expectState([b, c, d, a], new Set());
      expect(droppedLinksOf(request)).toEqual([
        { field: next, wanted: { documentId: b }, rule: 'cycle', message: expect.stringContaining('loop') },
      ]);
    });

    it('refuses the same links when an editor writes them: only a restore drops them', async () => {
      const [d, a, b, c] = await createChain(app, 4, 'en', subject);
      await update(a, { [next]: null });
      await update(c, { [next]: d });
      await expect(update(a, { [title]: 'Edited', [next]: b })).rejects.toMatchObject({ details: { rule: 'cycle' } });
    });
  });
});
