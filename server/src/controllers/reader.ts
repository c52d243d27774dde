import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { getConfig, getService } from '../accessors';
import { matchesIfNoneMatch } from '../services/reader/etag';
import type { NewsroomType } from '../registry';
import type { CachedAnswer } from '../services/reader-cache';
import { assertMayRead } from '../access/reader-access';
import type { ContentApiState } from '../access/content-api-auth';
import { resolveLocale, resolveLocaleCode } from '../locales';
import { feedQuery, readingOrderQuery, readQuery, seriesQuery } from '../../../contracts/schemas/reader';
import { readerSummaryQuery } from '../../../contracts/schemas/summary';
import { FEED_CONTENT_TYPES, type FeedSource } from '../services/feed';
import {
  assertOneFeedSource,
  refuseScope,
  resolveScope,
  validateContinueBody,
  validateContinueQuery,
  validateKey,
  type FeedQueryInput,
} from '../validation/reader';
import { parseQuery } from '../validation/request';
import { relatedQuery } from '../../../contracts/schemas/related';

type Context = {
  params: Record<string, string>;
  state: ContentApiState;
  query: unknown;
  method: string;
  request: { body?: unknown };
  status: number;
  type: string;
  origin: string;
  body: unknown;
  get(header: string): string;
  set(header: string, value: string): void;
};

type Answer = { etag: string; body: unknown; tags: string[] };

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => getService(strapi, 'reader');

  /** Validators and caching headers, on 200 and 304 alike (a CDN keeps them with what it stores). */
  const setCacheHeaders = (ctx: Context, etag: string, tags: string[]) => {
    const { cacheControl, cacheTagHeader, cacheTagSeparator } = getConfig(strapi).reader;
    ctx.set('ETag', etag);
    ctx.set('Cache-Control', cacheControl);
    if (cacheTagHeader) ctx.set(cacheTagHeader, tags.join(cacheTagSeparator));
  };

  const notModified = (ctx: Context, etag: string) => {
    if (!matchesIfNoneMatch(ctx.get('If-None-Match'), etag)) return false;
    ctx.status = 304;
    return true;
  };

  /** Sends an answer (cached or just computed): 304 when the caller holds its ETag. `json` is the answer's text, JSON or a feed's XML. */
  const send = (ctx: Context, { etag, json, tags }: CachedAnswer, contentType = 'application/json') => {
    setCacheHeaders(ctx, etag, tags);
    if (notModified(ctx, etag)) return;
    ctx.type = contentType;
    ctx.body = json;
  };

  /**
   * Answers from the reader cache, or computes the answer's text and caches it. Runs
   * after the permission check: a cached answer only ever reaches callers allowed to read it.
   */
  const answerText = async (ctx: Context, cacheKey: string, compute: () => Promise<CachedAnswer>, contentType?: string) => {
    const cache = getService(strapi, 'reader-cache');
    const cached = cache.lookup(cacheKey);
    if (cached) return send(ctx, cached, contentType);
    const generation = cache.generation();
    const computed = await compute();
    cache.store(cacheKey, computed, generation);
    send(ctx, computed, contentType);
  };

  /** `answerText` for a JSON answer. */
  const answer = (ctx: Context, cacheKey: string, compute: () => Promise<Answer>) =>
    answerText(ctx, cacheKey, async () => {
      const { etag, body, tags } = await compute();
      return { etag, json: JSON.stringify(body), tags };
    });

  /** The type asked for (400 if the plugin does not serve it), once the caller may read it (403). */
  const readableType = async (ctx: Context, uid: string | undefined): Promise<NewsroomType> => {
    const type = getService(strapi, 'types').fromParameter(uid);
    await assertMayRead(strapi, ctx.state.auth, type);
    return type;
  };

  /**
   * What a feed lists, once the caller may read it: a series (its articles' type; a
   * `type` naming another is a 400), one scope value, or the newest articles of the type.
   */
  const feedSubject = async (
    ctx: Context,
    query: FeedQueryInput
  ): Promise<{ type: NewsroomType; locale: string | null; localeCode: string; source: FeedSource }> => {
    assertOneFeedSource(query);
    if (query.series !== undefined) {
      const localeCode = await resolveLocaleCode(strapi, query.locale);
      const type = await service().seriesType(query.series, localeCode);
      if (query.type !== undefined && getService(strapi, 'types').fromParameter(query.type).uid !== type.uid) {
        throw new errors.ValidationError(`The series "${query.series}" holds ${type.uid} articles, not ${query.type}`, { field: 'type' });
      }
      await assertMayRead(strapi, ctx.state.auth, type);
      return { type, locale: type.localized ? localeCode : null, localeCode, source: { kind: 'series', key: query.series } };
    }
    const type = await readableType(ctx, query.type);
    const scope = resolveScope(type, query.scope);
    const locale = await resolveLocale(strapi, type, query.locale);
    const localeCode = locale ?? (await resolveLocaleCode(strapi, undefined));
    return {
      type,
      locale,
      localeCode,
      source: scope && query.value !== undefined ? { kind: 'scope', scope, value: query.value } : { kind: 'newest' },
    };
  };

  /**
   * The feed's own URL (its self link), absolute, with its parameters in one order: from
   * Strapi's `server.url` when that is absolute, else from the request's origin.
   */
  const feedUrl = (ctx: Context, query: Record<string, string | number | undefined>) => {
    const server = strapi.config.get('server.url', '');
    const origin =
      typeof server === 'string' && (server.startsWith('http://') || server.startsWith('https://'))
        ? server.replace(/\/+$/, '')
        : ctx.origin;
    const prefix = strapi.config.get('api.rest.prefix', '/api');
    const search = new URLSearchParams();
    for (const name of ['type', 'locale', 'format', 'series', 'scope', 'value', 'limit']) {
      const value = query[name];
      if (value !== undefined) search.set(name, String(value));
    }
    return `${origin}${typeof prefix === 'string' ? prefix : '/api'}/newsroom/feed?${search.toString()}`;
  };

  /** `read` and `neighbors`: one article with its neighbors, optionally within a scope (`?scope=`). */
  const withNeighbors = (route: 'read' | 'neighbors') => async (ctx: Context) => {
    const key = validateKey(ctx.params.slugOrDocumentId);
    const { type: uid, locale, scope: scopeName } = parseQuery(readQuery, ctx.query);
    const type = await readableType(ctx, uid);
    const scope = resolveScope(type, scopeName);
    // Resolved before the cache is asked: a deleted locale is refused at once, and the key holds only what the
    // answer depends on (a type without i18n ignores `locale`, so any value finds the same entry).
    const resolved = await resolveLocale(strapi, type, locale);
    await answer(ctx, JSON.stringify([route, type.uid, key, resolved, scope?.name ?? null]), () =>
      service()[route](type, key, resolved, scope)
    );
  };

  return {
    read: withNeighbors('read'),
    neighbors: withNeighbors('neighbors'),

    /** The most alike published articles in content, optionally sharing a scope's value (`?scope=` as for neighbors). */
    async related(ctx: Context) {
      const key = validateKey(ctx.params.slugOrDocumentId);
      const { type: uid, locale, scope: scopeName, limit } = parseQuery(relatedQuery, ctx.query);
      const type = await readableType(ctx, uid);
      const scope = resolveScope(type, scopeName);
      const resolved = await resolveLocale(strapi, type, locale);
      await answer(ctx, JSON.stringify(['related', type.uid, key, resolved, scope?.name ?? null, limit]), () =>
        service().related(type, key, resolved, scope, limit)
      );
    },

    async summary(ctx: Context) {
      const key = validateKey(ctx.params.slugOrDocumentId);
      refuseScope(ctx.query, 'summary');
      const { type: uid, locale, format = 'paragraph', length } = parseQuery(readerSummaryQuery, ctx.query);
      const type = await readableType(ctx, uid);
      const resolved = await resolveLocale(strapi, type, locale);
      // No length asked: the word count picks one, so "default" is its own cache entry (the answer names the length).
      await answer(ctx, JSON.stringify(['summary', type.uid, key, resolved, format, length ?? null]), () =>
        service().summary(type, key, resolved, format, length)
      );
    },

    async series(ctx: Context) {
      const key = validateKey(ctx.params.slugOrDocumentId);
      const query = parseQuery(seriesQuery, ctx.query);
      const locale = await resolveLocaleCode(strapi, query.locale);
      await assertMayRead(strapi, ctx.state.auth, await service().seriesType(key, locale));
      await answer(ctx, JSON.stringify(['series', key, locale, query.page, query.pageSize]), () =>
        service().series(key, locale, query.page, query.pageSize)
      );
    },

    /** Not cached: each reader sends their own list of what they have read. */
    async continue(ctx: Context) {
      const key = validateKey(ctx.params.slugOrDocumentId);
      const query = validateContinueQuery(ctx.query);
      // POST carries the list in its body (up to MAX_READ_IDS); a list in both places would be ambiguous.
      if (ctx.method === 'POST' && query.read.size > 0) {
        throw new errors.ValidationError('send read in the body or in the query, not both', { field: 'read' });
      }
      const { locale: asked } = query;
      const read = ctx.method === 'POST' ? validateContinueBody(ctx.request.body) : query.read;
      const locale = await resolveLocaleCode(strapi, asked);
      await assertMayRead(strapi, ctx.state.auth, await service().seriesType(key, locale));
      const { etag, body, tags } = await service().continueSeries(key, locale, read);
      send(ctx, { etag, json: JSON.stringify(body), tags });
    },

    /** A feed (RSS, Atom or JSON Feed) of the newest articles, of a series, or of one scope value. */
    async feed(ctx: Context) {
      const query = parseQuery(feedQuery, ctx.query);
      const { type, locale, localeCode, source } = await feedSubject(ctx, query);
      const selfUrl = feedUrl(ctx, { ...query, type: type.uid, locale: localeCode });
      const cacheKey = JSON.stringify(['feed', selfUrl]);
      await answerText(
        ctx,
        cacheKey,
        async () => {
          const { etag, text, tags } = await getService(strapi, 'feed').feed({
            type,
            locale,
            localeCode,
            source,
            format: query.format,
            limit: query.limit,
            selfUrl,
          });
          return { etag, json: text, tags };
        },
        FEED_CONTENT_TYPES[query.format]
      );
    },

    async readingOrder(ctx: Context) {
      const key = validateKey(ctx.params.slugOrDocumentId);
      refuseScope(ctx.query, 'reading-order');
      const query = parseQuery(readingOrderQuery, ctx.query);
      const type = await readableType(ctx, query.type);
      const locale = await resolveLocale(strapi, type, query.locale);
      await answer(ctx, JSON.stringify(['reading-order', type.uid, key, locale, query.before, query.after]), () =>
        service().readingOrder(type, key, locale, query.before, query.after)
      );
    },
  };
};
