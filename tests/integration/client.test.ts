import { execFile } from 'node:child_process';
import net, { type AddressInfo } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';

import { createNewsroomClient, NewsroomApiError, NewsroomNetworkError } from '../../client/src';
import { createFullAccessToken } from './helpers/auth';
import { createChain } from './helpers/reading-order';
import { startTestApp, type TestApp } from './helpers/strapi';
import { BUILT_IN, documentsOf, localeParam, POST, type Subject } from './helpers/subjects';

/** The typed client (`strapi-plugin-newsroom/client`) against a real playground over HTTP. */
let app: TestApp;
let baseUrl: string;
let token: string;

beforeAll(async () => {
  app = await startTestApp();
  const server = app.strapi.server.httpServer;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
  token = await createFullAccessToken(app);
});
afterAll(async () => {
  await app?.stop();
});

const publishedChain = async (subject: Subject, length: number) => {
  const ids = await createChain(app, length, 'en', subject);
  for (const documentId of ids) await documentsOf(app, subject).publish({ documentId, ...localeParam(subject) } as any);
  return ids;
};

const slugOf = async (subject: Subject, documentId: string) =>
  (await documentsOf(app, subject).findOne({ documentId, ...localeParam(subject) } as any))![subject.fields.slug] as string;

/** A fetch that records the status of every answer, to tell a 304 from a 200. */
const recordingFetch = () => {
  const statuses: number[] = [];
  const fetchAndRecord = async (input: string, init?: RequestInit) => {
    const response = await fetch(input, init);
    statuses.push(response.status);
    return response;
  };
  return { fetch: fetchAndRecord, statuses };
};

describe.each([
  ['the built-in article, as the public role', BUILT_IN, () => createNewsroomClient({ baseUrl })],
  ["the playground's Post, with an API token", POST, () => createNewsroomClient({ baseUrl, token, type: POST.uid })],
] as const)('on %s', (_name, subject, makeClient) => {
  it('reads the whole article page by slug', async () => {
    const [a, b, c] = await publishedChain(subject, 3);
    const page = await makeClient().read(await slugOf(subject, b));
    expect(page.data).toMatchObject({
      documentId: b,
      locale: subject.localized ? 'en' : null,
      summarySource: 'editor',
      readingTimeMinutes: 1,
      previous: { documentId: a, source: 'linked' },
      next: { documentId: c, source: 'linked' },
    });
    expect(page.meta).toEqual({});
  });

  it('asks for neighbors, summary and the reading order', async () => {
    const [a, b, c] = await publishedChain(subject, 3);
    const client = makeClient();
    const neighbors = await client.neighbors(b);
    expect(neighbors.data).toMatchObject({ previous: { documentId: a }, next: { documentId: c } });
    const summary = await client.summary(b);
    expect(summary.data).toEqual({
      summary: expect.any(String),
      keyPoints: null,
      summarySource: 'editor',
      format: 'paragraph',
      length: 'short',
      readingTimeMinutes: 1,
    });
    // Key points: the editor wrote none, so the article's own sentences (its body here is one sentence).
    const points = await client.summary(b, { format: 'keypoints', length: 'long' });
    expect(points.data).toMatchObject({ summary: null, format: 'keypoints', length: 'long' });
    expect(points.data.keyPoints?.length).toBeLessThanOrEqual(7);
    const order = await client.readingOrder(b, { before: 1, after: 0 });
    expect(order.data.map((item) => [item.documentId, item.current])).toEqual([
      [a, false],
      [b, true],
    ]);
    expect(order.meta).toEqual({ before: 1, after: 0, hasMoreBefore: false, hasMoreAfter: true });
  });

  it('reads "Part N of M", the series page and the next unread article of a published series', async () => {
    const [a, b, c] = await publishedChain(subject, 3);
    const title = `Client series ${Math.random().toString(36).slice(2, 8)}`;
    const slug = title.toLowerCase().replace(/ /g, '-');
    const seriesDocuments = app.strapi.documents('plugin::newsroom.series' as any);
    const series = await seriesDocuments.create({ locale: 'en', data: { title, slug, articleType: subject.uid } } as any);
    await app.strapi.plugin('newsroom').service('series').setArticles(series.documentId, 'en', [c, a, b]);
    await seriesDocuments.publish({ documentId: series.documentId, locale: 'en' } as any);
    await app.strapi.plugin('newsroom').service('revalidation').settled();

    const client = makeClient();
    expect((await client.read(a)).data.series).toEqual([
      expect.objectContaining({
        documentId: series.documentId,
        slug,
        title,
        position: 2,
        total: 3,
        previous: expect.objectContaining({ documentId: c }),
        next: expect.objectContaining({ documentId: b }),
      }),
    ]);
    const page = await client.series(slug, { pageSize: 2 });
    expect(page.data.articles.map((article) => [article.documentId, article.position])).toEqual([
      [c, 1],
      [a, 2],
    ]);
    expect(page.meta.pagination).toEqual({ page: 1, pageSize: 2, total: 3, pageCount: 2 });
    expect((await client.continueSeries(slug, [c])).data?.documentId).toBe(a);
    expect(await client.continueSeries(slug, [a, b, c])).toEqual({ data: null, meta: { total: 3, read: 3 } });
    // The documented 1,000 read ids: too long for a URL (a 431 before), the client posts them.
    const many = [c, ...Array.from({ length: 999 }, (_, index) => `unread${String(index).padStart(18, '0')}`)];
    expect(await client.continueSeries(slug, many)).toEqual({
      data: expect.objectContaining({ documentId: a }),
      meta: { total: 3, read: 1 },
    });
  });

  it('answers an unknown article with a NewsroomApiError 404', async () => {
    const error = await makeClient()
      .read('no-such-article')
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NewsroomApiError);
    expect(error).toMatchObject({ status: 404, name: 'NotFoundError' });
  });

  it('answers a 304 from its own copy on revalidation, and a fresh page once the article changed', async () => {
    const [a] = await publishedChain(subject, 1);
    const recorder = recordingFetch();
    const client = createNewsroomClient({ baseUrl, token, type: subject.uid, fetch: recorder.fetch });
    const first = await client.read(a, { revalidate: true });
    const second = await client.read(a, { revalidate: true });
    expect(recorder.statuses).toEqual([200, 304]);
    expect(second).toEqual(first);

    await documentsOf(app, subject).update({ documentId: a, ...localeParam(subject), data: { [subject.fields.title]: 'Retitled' } } as any);
    await documentsOf(app, subject).publish({ documentId: a, ...localeParam(subject) } as any);
    const third = await client.read(a, { revalidate: true });
    expect(recorder.statuses).toEqual([200, 304, 200]);
    expect(third.data.title).toBe('Retitled');
  });
});

describe('errors the client tells apart', () => {
  it('reports an unserved type as a NewsroomApiError 400 naming the served types', async () => {
    const error = await createNewsroomClient({ baseUrl, type: 'api::nope.nope' })
      .read('anything')
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NewsroomApiError);
    expect(error).toMatchObject({ status: 400, name: 'ValidationError' });
    expect((error as NewsroomApiError).message).toContain(POST.uid);
  });

  it('reports a server that is not there as a NewsroomNetworkError', async () => {
    const closed = net.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const error = await createNewsroomClient({ baseUrl: `http://127.0.0.1:${port}/api` })
      .read('anything')
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NewsroomNetworkError);
  });

  it('rejects an aborted call with the AbortError', async () => {
    const [a] = await publishedChain(BUILT_IN, 1);
    const controller = new AbortController();
    controller.abort();
    await expect(createNewsroomClient({ baseUrl }).read(a, { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('the built package export', () => {
  const run = promisify(execFile);
  const root = path.resolve(__dirname, '../..');

  it.each([
    [
      'CommonJS',
      [
        '-e',
        "require('strapi-plugin-newsroom/client').createNewsroomClient({ baseUrl: process.argv[1] }).read(process.argv[2]).then((page) => console.log(page.data.documentId))",
      ],
    ],
    [
      'ESM',
      [
        '--input-type=module',
        '-e',
        "import { createNewsroomClient } from 'strapi-plugin-newsroom/client'; console.log((await createNewsroomClient({ baseUrl: process.argv[1] }).read(process.argv[2])).data.documentId)",
      ],
    ],
  ])('reads an article through strapi-plugin-newsroom/client loaded as %s', async (_format, args) => {
    const [a] = await publishedChain(BUILT_IN, 1);
    const { stdout } = await run(process.execPath, [...args, baseUrl, a], { cwd: root });
    expect(stdout.trim()).toBe(a);
  });
});
