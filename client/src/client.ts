import type {
  ContinueResponse,
  FeedFormat,
  FeedQuery,
  NeighborsResponse,
  ReadResponse,
  ReaderOrderResponse,
  ReadingOrderQuery,
  ReadQuery,
  SeriesQuery,
  SeriesResponse,
  SummaryResponse,
} from '../../contracts/reader';
import type { ReaderSummaryQuery } from '../../contracts/summary';
import type { RelatedQuery, RelatedResponse } from '../../contracts/related';
import { apiErrorFrom, NewsroomApiError, NewsroomNetworkError } from './errors';
import { createEtagMemory } from './etag-memory';

type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

export interface NewsroomClientOptions {
  /** Strapi's content API URL, with its prefix: `https://cms.example.com/api`. */
  baseUrl: string;
  /** An API token (or a users-permissions JWT), sent as `Authorization: Bearer <token>`. */
  token?: string;
  /** Defaults to the runtime's global `fetch`. */
  fetch?: Fetch;
  /** The locale of every call that names none; the server's default locale when unset. */
  locale?: string;
  /** The content-type uid of every call that names none; the built-in article when unset. */
  type?: string;
}

/** `type` and `locale` as the reader routes take them. */
export interface RequestOptions extends Pick<ReadQuery, 'type' | 'locale'> {
  signal?: AbortSignal;
  /**
   * Make a conditional request: the client keeps this answer with its ETag, sends
   * `If-None-Match` the next time the same URL is asked with `revalidate`, and answers
   * a `304` from the copy it kept.
   */
  revalidate?: boolean;
}

/** With `scope`: neighbors within one of the type's `readingOrder.scopes`. */
export type NeighborsOptions = RequestOptions & Pick<ReadQuery, 'scope'>;

/** With `limit` (1 to 20, default 5) and `scope` (candidates share the article's value of one of the type's `readingOrder.scopes`). */
export type RelatedOptions = RequestOptions & Pick<RelatedQuery, 'scope' | 'limit'>;

/** With `before` and `after`: how far the list reaches each way. */
export type ReadingOrderOptions = RequestOptions & Pick<ReadingOrderQuery, 'before' | 'after'>;

/** With `format` (`paragraph` or `keypoints`) and `length` (`short`, `medium`, `long`; by default from the word count). */
export type SummaryOptions = RequestOptions & Pick<ReaderSummaryQuery, 'format' | 'length'>;

/** A series knows its articles' type: its calls take no `type`. */
export type SeriesRequestOptions = Omit<RequestOptions, 'type'>;

/** With `page` and `pageSize`: one page of the series' articles. */
export type SeriesOptions = SeriesRequestOptions & Pick<SeriesQuery, 'page' | 'pageSize'>;

/** A feed: `format` (rss by default), and a series, or a scope with its value, or neither (the newest articles). */
export type FeedOptions = Omit<RequestOptions, 'revalidate'> & Pick<FeedQuery, 'format' | 'series' | 'scope' | 'value' | 'limit'>;

/** A feed as the server sends it: the document (XML, or JSON Feed text), its media type and ETag. */
export interface FeedDocumentText {
  format: FeedFormat;
  contentType: string;
  etag: string | null;
  text: string;
}

export interface NewsroomClient {
  /** The whole article page: the article, its summary, reading time and both neighbors. */
  read(slugOrDocumentId: string, options?: NeighborsOptions): Promise<ReadResponse>;
  /** The previous and next articles. */
  neighbors(slugOrDocumentId: string, options?: NeighborsOptions): Promise<NeighborsResponse>;
  /** The published articles most alike in content, best first ("Related articles" under the story). */
  related(slugOrDocumentId: string, options?: RelatedOptions): Promise<RelatedResponse>;
  /** The summary (a paragraph, or key points with `format: 'keypoints'`) and reading time (the "get a summary" button). */
  summary(slugOrDocumentId: string, options?: SummaryOptions): Promise<SummaryResponse>;
  /** The published articles around one, in reading order. */
  readingOrder(slugOrDocumentId: string, options?: ReadingOrderOptions): Promise<ReaderOrderResponse>;
  /** A published series with a page of its published articles, in order ("Part N of M" pages, a series index). */
  series(slugOrDocumentId: string, options?: SeriesOptions): Promise<SeriesResponse>;
  /**
   * The first article of the series the reader has not read, given the documentIds they
   * have read (kept by the front end: the server stores nothing about readers). At most
   * 1,000 ids; an empty list answers the first article.
   */
  continueSeries(slugOrDocumentId: string, read: readonly string[], options?: SeriesRequestOptions): Promise<ContinueResponse>;
  /**
   * A feed of published articles (RSS 2.0, Atom 1.0 or JSON Feed 1.1) as text, for a
   * front end that serves it under its own URL: the newest articles, a series in its
   * order, or one scope value (`scope: 'category', value: '<documentId or slug>'`).
   */
  feed(options?: FeedOptions): Promise<FeedDocumentText>;
}

const isAbort = (error: unknown, signal: AbortSignal | undefined) =>
  signal?.aborted === true || (error as { name?: unknown } | null)?.name === 'AbortError';

/** The longest URL the client sends; Node's default header limit (16 kB) refused `continue` past ~650 ids. */
export const MAX_URL_LENGTH = 2_000;

export const createNewsroomClient = (options: NewsroomClientOptions): NewsroomClient => {
  const root = `${options.baseUrl.replace(/\/+$/, '')}/newsroom`;
  // Called through a closure: a browser's fetch throws "Illegal invocation" when detached from `globalThis`.
  const fetchFn: Fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const memory = createEtagMemory();

  const urlOf = (path: string, call: RequestOptions, extra: Record<string, number | string | undefined> = {}, { typed = true } = {}) => {
    const query = new URLSearchParams();
    const type = typed ? (call.type ?? options.type) : undefined;
    const locale = call.locale ?? options.locale;
    if (type !== undefined) query.set('type', type);
    if (locale !== undefined) query.set('locale', locale);
    for (const [name, value] of Object.entries(extra)) if (value !== undefined) query.set(name, String(value));
    const search = query.toString();
    return `${root}${path}${search ? `?${search}` : ''}`;
  };

  /** A GET, or a POST of `body` (JSON); POST answers are never kept for revalidation. */
  const request = async <T>(url: string, call: RequestOptions, body?: unknown): Promise<T> => {
    const posting = body !== undefined;
    const kept = call.revalidate && !posting ? memory.get(url) : undefined;
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (posting) headers['Content-Type'] = 'application/json';
    if (options.token) headers.Authorization = `Bearer ${options.token}`;
    if (kept) headers['If-None-Match'] = kept.etag;

    let response: Response;
    let text: string;
    try {
      response = await fetchFn(
        url,
        posting
          ? { method: 'POST', headers, body: JSON.stringify(body), signal: call.signal }
          : { method: 'GET', headers, signal: call.signal }
      );
      text = response.status === 304 ? '' : await response.text();
    } catch (error) {
      if (isAbort(error, call.signal)) throw error;
      throw new NewsroomNetworkError(url, error);
    }

    if (response.status === 304) {
      if (kept) return kept.body as T;
      throw new NewsroomApiError(304, 'HttpError', '304 Not Modified without a kept answer to reuse', {}, url);
    }
    if (!response.ok) throw apiErrorFrom(response.status, response.statusText, text, url);

    let answer: T;
    try {
      answer = JSON.parse(text) as T;
    } catch {
      throw new NewsroomApiError(response.status, 'InvalidResponseError', 'The answer is not JSON', {}, url);
    }
    const etag = response.headers.get('ETag');
    if (call.revalidate && etag && !posting) memory.set(url, { etag, body: answer });
    return answer;
  };
  const get = <T>(url: string, call: RequestOptions) => request<T>(url, call);

  /** A feed's text: not JSON, so not through `request`; errors are Strapi's JSON errors as elsewhere. */
  const feed = async (call: FeedOptions = {}): Promise<FeedDocumentText> => {
    const format = call.format ?? 'rss';
    const url = urlOf('/feed', call, { format, series: call.series, scope: call.scope, value: call.value, limit: call.limit });
    const headers: Record<string, string> = {};
    if (options.token) headers.Authorization = `Bearer ${options.token}`;
    let response: Response;
    let text: string;
    try {
      response = await fetchFn(url, { method: 'GET', headers, signal: call.signal });
      text = await response.text();
    } catch (error) {
      if (isAbort(error, call.signal)) throw error;
      throw new NewsroomNetworkError(url, error);
    }
    if (!response.ok) throw apiErrorFrom(response.status, response.statusText, text, url);
    return { format, contentType: response.headers.get('Content-Type') ?? '', etag: response.headers.get('ETag'), text };
  };

  const articlePath = (key: string, route: string) => `/articles/${encodeURIComponent(key)}/${route}`;
  const seriesPath = (key: string, route = '') => `/series/${encodeURIComponent(key)}${route}`;

  return {
    read: (key, call = {}) => get(urlOf(`/read/${encodeURIComponent(key)}`, call, { scope: call.scope }), call),
    neighbors: (key, call = {}) => get(urlOf(articlePath(key, 'neighbors'), call, { scope: call.scope }), call),
    related: (key, call = {}) => get(urlOf(articlePath(key, 'related'), call, { scope: call.scope, limit: call.limit }), call),
    summary: (key, call = {}) => get(urlOf(articlePath(key, 'summary'), call, { format: call.format, length: call.length }), call),
    readingOrder: (key, call = {}) => get(urlOf(articlePath(key, 'reading-order'), call, { before: call.before, after: call.after }), call),
    series: (key, call = {}) => get(urlOf(seriesPath(key), call, { page: call.page, pageSize: call.pageSize }, { typed: false }), call),
    continueSeries: (key, read, call = {}) => {
      const url = urlOf(seriesPath(key, '/continue'), call, { read: read.length > 0 ? read.join(',') : undefined }, { typed: false });
      // Past what every server and proxy takes in a URL, the list goes in a POST body (the same answer).
      if (url.length <= MAX_URL_LENGTH) return get(url, call);
      return request(urlOf(seriesPath(key, '/continue'), call, {}, { typed: false }), call, { read });
    },
    feed,
  };
};
