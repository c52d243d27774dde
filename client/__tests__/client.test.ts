import { createNewsroomClient, MAX_URL_LENGTH, NewsroomApiError, NewsroomNetworkError, type NewsroomClientOptions } from '../src';

interface Call {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: unknown;
  signal: AbortSignal | undefined;
}

/** A fetch that records each call and answers the next queued answer. */
const fakeFetch = (...answers: Array<Response | Error>) => {
  const calls: Call[] = [];
  const fetch = jest.fn(async (url: string, init?: RequestInit) => {
    calls.push({
      url,
      method: init?.method ?? 'GET',
      headers: { ...(init?.headers as Record<string, string>) },
      body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
      signal: init?.signal ?? undefined,
    });
    const next = answers.shift();
    if (next === undefined) throw new Error('no answer queued');
    if (next instanceof Error) throw next;
    return next;
  });
  return { fetch, calls };
};

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

const notModified = (etag: string) => new Response(null, { status: 304, headers: { ETag: etag } });

const teaser = {
  documentId: 'b',
  title: 'B',
  slug: 'b',
  summary: null,
  publishedAt: '2026-01-01T00:00:00.000Z',
  source: 'linked' as const,
};
const readBody = {
  data: {
    documentId: 'a',
    title: 'A',
    slug: 'a',
    locale: 'en',
    publishedAt: '2026-01-01T00:00:00.000Z',
    body: [],
    cover: null,
    summary: 'S',
    summarySource: 'editor',
    readingTimeMinutes: 1,
    previous: null,
    next: teaser,
  },
  meta: {},
};

const clientWith = (answers: Array<Response | Error>, options: Partial<NewsroomClientOptions> = {}) => {
  const fake = fakeFetch(...answers);
  const client = createNewsroomClient({ baseUrl: 'https://cms.example.com/api', fetch: fake.fetch, ...options });
  return { client, calls: fake.calls };
};

describe('the routes', () => {
  it('reads an article page from /newsroom/read/:key and returns the body as the server sent it', async () => {
    const { client, calls } = clientWith([json(readBody)]);
    await expect(client.read('a')).resolves.toEqual(readBody);
    expect(calls[0].url).toBe('https://cms.example.com/api/newsroom/read/a');
    expect(calls[0].headers).toEqual({ Accept: 'application/json' });
  });

  it('asks for neighbors, summary and reading order under /newsroom/articles/:key', async () => {
    const { client, calls } = clientWith([json({ data: {} }), json({ data: {} }), json({ data: [], meta: {} })]);
    await client.neighbors('a');
    await client.summary('a');
    await client.readingOrder('a', { before: 2, after: 0 });
    expect(calls.map((call) => call.url)).toEqual([
      'https://cms.example.com/api/newsroom/articles/a/neighbors',
      'https://cms.example.com/api/newsroom/articles/a/summary',
      'https://cms.example.com/api/newsroom/articles/a/reading-order?before=2&after=0',
    ]);
  });

  it('reads a series page and the next unread article under /newsroom/series/:key, without the default type', async () => {
    const series = { data: { articles: [] }, meta: { pagination: { page: 2, pageSize: 10, total: 0, pageCount: 0 } } };
    const next = { data: null, meta: { total: 3, read: 3 } };
    const { client, calls } = clientWith([json(series), json(next), json(next)], { type: 'api::post.post', locale: 'fr' });
    await expect(client.series('the-tram', { page: 2, pageSize: 10 })).resolves.toEqual(series);
    await expect(client.continueSeries('the-tram', ['a', 'b', 'c'])).resolves.toEqual(next);
    await client.continueSeries('the tram', [], { locale: 'en' });
    expect(calls.map((call) => call.url)).toEqual([
      'https://cms.example.com/api/newsroom/series/the-tram?locale=fr&page=2&pageSize=10',
      'https://cms.example.com/api/newsroom/series/the-tram/continue?locale=fr&read=a%2Cb%2Cc',
      'https://cms.example.com/api/newsroom/series/the%20tram/continue?locale=en',
    ]);
  });

  it('posts a list of read articles too long for a URL (up to the 1,000 the server takes), and gets short ones', async () => {
    const next = { data: null, meta: { total: 0, read: 0 } };
    const { client, calls } = clientWith([json(next), json(next)]);
    const long = Array.from({ length: 1000 }, (_, index) => `doc${String(index).padStart(21, '0')}`);
    await client.continueSeries('the-tram', long, { locale: 'fr' });
    await client.continueSeries('the-tram', long.slice(0, 3));
    expect(calls[0]).toMatchObject({
      url: 'https://cms.example.com/api/newsroom/series/the-tram/continue?locale=fr',
      method: 'POST',
      body: { read: long },
      headers: { 'Content-Type': 'application/json' },
    });
    expect(calls[1]).toMatchObject({ method: 'GET', body: undefined });
    expect(calls[1].url.length).toBeLessThanOrEqual(MAX_URL_LENGTH);
  });

  it('leaves before and after to the server when they are not given', async () => {
    const { client, calls } = clientWith([json({ data: [], meta: {} })]);
    await client.readingOrder('a');
    expect(calls[0].url).toBe('https://cms.example.com/api/newsroom/articles/a/reading-order');
  });

  it('encodes the key as one path segment', async () => {
    const { client, calls } = clientWith([json(readBody)]);
    await client.read('a/b?c');
    expect(calls[0].url).toBe('https://cms.example.com/api/newsroom/read/a%2Fb%3Fc');
  });

  it('sends the client default type and locale, and lets a call override them', async () => {
    const { client, calls } = clientWith([json(readBody), json(readBody)], {
      type: 'api::post.post',
      locale: 'fr',
      baseUrl: 'https://cms.example.com/api/',
    });
    await client.read('a');
    await client.read('a', { type: 'plugin::newsroom.article', locale: 'en' });
    expect(calls[0].url).toBe('https://cms.example.com/api/newsroom/read/a?type=api%3A%3Apost.post&locale=fr');
    expect(calls[1].url).toBe('https://cms.example.com/api/newsroom/read/a?type=plugin%3A%3Anewsroom.article&locale=en');
  });

  it('sends the token as a bearer token', async () => {
    const { client, calls } = clientWith([json(readBody)], { token: 'secret' });
    await client.read('a');
    expect(calls[0].headers.Authorization).toBe('Bearer secret');
  });

  it('uses the global fetch when none is given', async () => {
    const original = globalThis.fetch;
    const fake = fakeFetch(json(readBody));
    globalThis.fetch = fake.fetch as unknown as typeof fetch;
    try {
      await expect(createNewsroomClient({ baseUrl: 'https://cms.example.com/api' }).read('a')).resolves.toEqual(readBody);
    } finally {
      globalThis.fetch = original;
    }
    expect(fake.calls).toHaveLength(1);
  });
});

describe('errors', () => {
  it("turns Strapi's error shape into a NewsroomApiError with its status, name, message and details", async () => {
    const strapiError = {
      data: null,
      error: { status: 400, name: 'ValidationError', message: 'Unknown type', details: { served: ['plugin::newsroom.article'] } },
    };
    const { client } = clientWith([json(strapiError, 400)]);
    const error = await client.read('a', { type: 'api::nope.nope' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NewsroomApiError);
    expect(error).toMatchObject({
      status: 400,
      name: 'ValidationError',
      message: 'Unknown type',
      details: { served: ['plugin::newsroom.article'] },
    });
    expect((error as NewsroomApiError).url).toContain('type=api%3A%3Anope.nope');
  });

  it('reports a 404 as a NotFoundError', async () => {
    const { client } = clientWith([
      json({ data: null, error: { status: 404, name: 'NotFoundError', message: 'Not Found', details: {} } }, 404),
    ]);
    await expect(client.summary('missing')).rejects.toMatchObject({ status: 404, name: 'NotFoundError' });
  });

  it('turns a 5xx that is not JSON (a proxy page) into a NewsroomApiError named HttpError', async () => {
    const { client } = clientWith([new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' })]);
    const error = await client.read('a').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NewsroomApiError);
    expect(error).toMatchObject({ status: 502, name: 'HttpError', message: '502 Bad Gateway', details: {} });
  });

  it('turns a 2xx that is not JSON into a NewsroomApiError', async () => {
    const { client } = clientWith([new Response('not json', { status: 200 })]);
    await expect(client.read('a')).rejects.toMatchObject({ status: 200, name: 'InvalidResponseError' });
  });

  it('reports a network failure as a NewsroomNetworkError carrying the cause, not as an API error', async () => {
    const cause = new TypeError('fetch failed');
    const { client } = clientWith([cause]);
    const error = await client.read('a').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NewsroomNetworkError);
    expect(error).not.toBeInstanceOf(NewsroomApiError);
    expect(error).toMatchObject({ cause, url: 'https://cms.example.com/api/newsroom/read/a' });
  });

  it('passes the signal to fetch and rejects an aborted call with the AbortError, not a network error', async () => {
    const controller = new AbortController();
    const fetch = jest.fn(
      (_url: string, init?: RequestInit) =>
        new Promise<Response>((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () => reject(init.signal!.reason));
        })
    );
    const client = createNewsroomClient({ baseUrl: 'https://cms.example.com/api', fetch });
    const pending = client.read('a', { signal: controller.signal });
    controller.abort();
    const error = await pending.catch((caught: unknown) => caught);
    expect(fetch.mock.calls[0][1]?.signal).toBe(controller.signal);
    expect(error).toMatchObject({ name: 'AbortError' });
    expect(error).not.toBeInstanceOf(NewsroomNetworkError);
  });
});

describe('conditional requests', () => {
  it('sends the remembered ETag and answers a 304 from the kept body', async () => {
    const { client, calls } = clientWith([json(readBody, 200, { ETag: 'W/"1"' }), notModified('W/"1"')]);
    const first = await client.read('a', { revalidate: true });
    const second = await client.read('a', { revalidate: true });
    expect(calls[0].headers['If-None-Match']).toBeUndefined();
    expect(calls[1].headers['If-None-Match']).toBe('W/"1"');
    expect(second).toEqual(first);
  });

  it('replaces the kept answer when the server sends a new one', async () => {
    const changed = { ...readBody, data: { ...readBody.data, title: 'A, revised' } };
    const { client, calls } = clientWith([json(readBody, 200, { ETag: '"1"' }), json(changed, 200, { ETag: '"2"' }), notModified('"2"')]);
    await client.read('a', { revalidate: true });
    await client.read('a', { revalidate: true });
    const third = await client.read('a', { revalidate: true });
    expect(calls[2].headers['If-None-Match']).toBe('"2"');
    expect(third.data.title).toBe('A, revised');
  });

  it('keeps answers per URL: another locale or type is not revalidated with this one', async () => {
    const { client, calls } = clientWith([json(readBody, 200, { ETag: '"en"' }), json(readBody, 200, { ETag: '"fr"' })]);
    await client.read('a', { revalidate: true });
    await client.read('a', { revalidate: true, locale: 'fr' });
    expect(calls[1].headers['If-None-Match']).toBeUndefined();
  });

  it('neither sends nor keeps ETags unless asked to revalidate', async () => {
    const { client, calls } = clientWith([
      json(readBody, 200, { ETag: '"1"' }),
      json(readBody, 200, { ETag: '"1"' }),
      json(readBody, 200, { ETag: '"1"' }),
    ]);
    await client.read('a');
    await client.read('a', { revalidate: true });
    await client.read('a');
    expect(calls.map((call) => call.headers['If-None-Match'])).toEqual([undefined, undefined, undefined]);
  });

  it('revalidates every route, reading order included', async () => {
    const order = { data: [], meta: { before: 1, after: 1, hasMoreBefore: false, hasMoreAfter: false } };
    const { client, calls } = clientWith([json(order, 200, { ETag: '"o"' }), notModified('"o"')]);
    await client.readingOrder('a', { before: 1, after: 1, revalidate: true });
    await expect(client.readingOrder('a', { before: 1, after: 1, revalidate: true })).resolves.toEqual(order);
    expect(calls[1].headers['If-None-Match']).toBe('"o"');
  });

  it('reports a 304 it has no kept answer for as an API error rather than an empty result', async () => {
    const { client } = clientWith([notModified('"1"')]);
    await expect(client.read('a')).rejects.toMatchObject({ status: 304, name: 'HttpError' });
  });
});
