import type { RevalidateEvent, RevalidatePage } from '../../contracts/revalidation';
import { createFullAccessToken, superAdminToken } from './helpers/auth';
import { createChain } from './helpers/reading-order';
import { startTestApp, type TestApp } from './helpers/strapi';
import { startWebhookReceiver, type WebhookReceiver } from './helpers/webhook';
import { BUILT_IN, documentsOf, localeParam, POST, type Subject } from './helpers/subjects';

/**
 * `newsroom.revalidate`, received by a real webhook on a local HTTP server: after
 * each committed change, the published pages whose reader answer changed.
 */
let app: TestApp;
let adminToken: string;
let webhook: WebhookReceiver;
let received: RevalidateEvent[];

beforeAll(async () => {
  app = await startTestApp();
  adminToken = await superAdminToken(app);
  webhook = await startWebhookReceiver(app, adminToken);
  received = webhook.received;
});
afterAll(async () => {
  await app?.stop();
  await webhook?.close();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `change` and returns the events it caused (waits for the first, then a little for any more). */
const eventsOf = async (change: () => Promise<unknown>, { expectNone = false } = {}) => {
  await sleep(300);
  received.length = 0;
  await change();
  for (let waited = 0; waited < (expectNone ? 1500 : 5000) && received.length === 0; waited += 50) await sleep(50);
  await sleep(400);
  return [...received];
};

const byDocument = (pages: RevalidatePage[]) => Object.fromEntries(pages.map((page) => [page.documentId, [...page.reasons].sort()]));

describe.each([BUILT_IN, POST].map((subject) => [subject.name, subject] as const))('on %s', (_name, subject: Subject) => {
  const documents = () => documentsOf(app, subject);
  const publish = (documentId: string) => documents().publish({ documentId, ...localeParam(subject) } as any);
  const publishedChain = async (length: number) => {
    const ids = await createChain(app, length, 'en', subject);
    for (const id of ids) await publish(id);
    return ids;
  };

  it('lists the article and the pages that show it as a teaser when its title changes and is published', async () => {
    const [a, b, c] = await publishedChain(3);
    const events = await eventsOf(async () => {
      await documents().update({ documentId: b, ...localeParam(subject), data: { [subject.fields.title]: 'Renamed' } } as any);
      await publish(b);
    });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ event: 'newsroom.revalidate', createdAt: expect.any(String) });
    expect(byDocument(events[0].pages)).toEqual({ [a]: ['next-changed'], [b]: ['updated'], [c]: ['previous-changed'] });
    const page = events[0].pages.find((item) => item.documentId === b)!;
    expect(page).toMatchObject({
      type: subject.uid,
      locale: subject.localized ? 'en' : null,
      tag: subject.localized ? `newsroom:${b}:en` : `newsroom:${b}`,
    });
  });

  it('lists the old slug of a page whose slug changed', async () => {
    const [a] = await publishedChain(1);
    const before = (await documents().findOne({ documentId: a, ...localeParam(subject) } as any))![subject.fields.slug];
    const events = await eventsOf(() =>
      documents().update({
        documentId: a,
        ...localeParam(subject),
        status: 'published',
        data: { [subject.fields.slug]: `moved-${a}` },
      } as any)
    );
    expect(events[0].pages).toEqual([
      expect.objectContaining({ documentId: a, slug: `moved-${a}`, previousSlug: before, reasons: ['updated', 'slug-changed'] }),
    ]);
  });

  it('lists the old and new neighbors of a moved article', async () => {
    const [a, b, c] = await publishedChain(3);
    const [d, e] = await publishedChain(2);
    const events = await eventsOf(async () => {
      await documents().update({ documentId: b, ...localeParam(subject), data: { [subject.fields.previous]: d } } as any);
      await publish(b);
    });
    expect(events).toHaveLength(1);
    const pages = byDocument(events[0].pages);
    expect(Object.keys(pages).sort()).toEqual([a, b, c, d, e].sort());
    expect(pages[a]).toEqual(['next-changed']);
    expect(pages[c]).toEqual(['previous-changed']);
    expect(pages[d]).toEqual(['next-changed']);
    expect(pages[e]).toEqual(['previous-changed']);
  });

  it('lists an unpublished article and both sides of the gap it leaves', async () => {
    const [a, b, c] = await publishedChain(3);
    const events = await eventsOf(() => documents().unpublish({ documentId: b, ...localeParam(subject) } as any));
    expect(byDocument(events[0].pages)).toEqual({ [a]: ['next-changed'], [b]: ['unpublished'], [c]: ['previous-changed'] });
  });

  it('lists a deleted article and both sides of the healed gap', async () => {
    const [a, b, c] = await publishedChain(3);
    const events = await eventsOf(() => documents().delete({ documentId: b, ...localeParam(subject) } as any));
    expect(byDocument(events[0].pages)).toEqual({ [a]: ['next-changed'], [b]: ['deleted'], [c]: ['previous-changed'] });
  });

  it('sends nothing for a change of drafts only, nor for a draft published never', async () => {
    const [a] = await publishedChain(1);
    const [draft] = await createChain(app, 1, 'en', subject);
    expect(
      await eventsOf(
        async () => {
          await documents().update({ documentId: a, ...localeParam(subject), data: { [subject.fields.title]: 'Draft title' } } as any);
          await documents().update({
            documentId: draft,
            ...localeParam(subject),
            data: { [subject.fields.title]: 'Still a draft' },
          } as any);
        },
        { expectNone: true }
      )
    ).toEqual([]);
  });

  it.each([
    ['a row id', (rowId: number) => [rowId]],
    ['{ connect: [rowId] }', (rowId: number) => ({ connect: [rowId] })],
  ])('lists the article a REST create links to by %s, and its cached answer shows the new neighbor at once', async (_form, relation) => {
    const token = await createFullAccessToken(app);
    const [o] = await publishedChain(1);
    const read = async () =>
      (
        await app
          .http()
          .get(`/api/newsroom/read/${o}${subject === BUILT_IN ? '' : `?type=${subject.uid}`}`)
          .set('Authorization', `Bearer ${token}`)
      ).body.data;
    // Read twice: the second answer comes from the cache.
    expect((await read()).previous).toBeNull();
    expect((await read()).previous).toBeNull();
    const table = app.strapi.db.metadata.get(subject.uid as any).tableName;
    const row = await app.strapi.db.connection(table).where({ document_id: o }).whereNotNull('published_at').first('id');
    let created: any;
    const events = await eventsOf(async () => {
      created = await app
        .http()
        .post(`${subject.restBase}${subject.localized ? '?locale=en' : ''}`)
        .set('Authorization', `Bearer ${token}`)
        .send({ data: subject.data({ [subject.fields.next]: relation(Number(row.id)) }) });
      expect(created.status).toBe(201);
    });
    const y = created.body.data.documentId;
    expect(Object.keys(byDocument(events[0].pages)).sort()).toEqual([o, y].sort());
    expect((await read()).previous).toMatchObject({ documentId: y });
  });

  it('sends nothing for a rolled-back change', async () => {
    const [, b] = await publishedChain(2);
    await documents().update({ documentId: b, ...localeParam(subject), data: { [subject.fields.title]: 'Never live' } } as any);
    const events = await eventsOf(
      () =>
        app.strapi.db
          .transaction(async () => {
            await publish(b);
            throw new Error('rolled back');
          })
          .catch(() => undefined),
      { expectNone: true }
    );
    expect(events).toEqual([]);
  });
});

it('keeps locales apart', async () => {
  await app.strapi.plugin('i18n').service('locales').create({ code: 'fr', name: 'French (fr)' });
  const english = await createChain(app, 2, 'en');
  const french = await createChain(app, 2, 'fr');
  for (const id of english) await documentsOf(app, BUILT_IN).publish({ documentId: id, locale: 'en' } as any);
  for (const id of french) await documentsOf(app, BUILT_IN).publish({ documentId: id, locale: 'fr' } as any);
  const events = await eventsOf(() => documentsOf(app, BUILT_IN).unpublish({ documentId: french[1], locale: 'fr' } as any));
  expect(events[0].pages.map((page) => page.locale)).toEqual(['fr', 'fr']);
  expect(byDocument(events[0].pages)).toEqual({ [french[0]]: ['next-changed'], [french[1]]: ['unpublished'] });
});

it('sends one event for a Content Manager bulk publication', async () => {
  const ids = await createChain(app, 3, 'en');
  const events = await eventsOf(() =>
    app
      .http()
      .post(`/content-manager/collection-types/${BUILT_IN.uid}/actions/bulkPublish?locale=en`)
      .set('Authorization', `Bearer ${adminToken}`)
      .send({ documentIds: ids })
  );
  expect(events).toHaveLength(1);
  expect(Object.keys(byDocument(events[0].pages)).sort()).toEqual([...ids].sort());
  for (const page of events[0].pages) expect(page.reasons).toContain('published');
});
