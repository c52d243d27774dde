import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { getConfig, getService } from '../accessors';
import { matchesIfNoneMatch } from '../services/reader/etag';
import type { NewsroomType } from '../registry';
import type { CachedAnswer } from '../services/reader-cache';
import { assertMayRead } from '../access/reader-access';
import { resolveLocale, resolveLocaleCode } from '../locales';
import { localeQuery, readingOrderQuery, readQuery, seriesQuery } from '../../../contracts/schemas/reader';
import { refuseScope, resolveScope, validateContinueBody, validateContinueQuery, validateKey } from '../validation/reader';
import { parseQuery } from '../validation/request';
import { relatedQuery } from '../../../contracts/schemas/related';

type Context = {
  params: Record<string, string>;
  state: { auth?: unknown };
  query: unknown;
  method: string;
  request: { body?: unknown };
  status: number;
  type: string;
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

  /** Sends an answer (cached or just computed): 304 when the caller holds its ETag. */
  const send = (ctx: Context, { etag, json, tags }: CachedAnswer) => {
    setCacheHeaders(ctx, etag, tags);
    if (notModified(ctx, etag)) return;
    ctx.type = 'application/json';
    ctx.body = json;
  };

  /**
   * Answers from the reader cache, or computes the answer and caches it. Runs after
   * the permission check: a cached answer only ever reaches callers allowed to read it.
   */
  const answer = async (ctx: Context, cacheKey: string, compute: () => Promise<Answer>) => {
    const cache = getService(strapi, 'reader-cache');
    const cached = cache.lookup(cacheKey);
    if (cached) return send(ctx, cached);
    const generation = cache.generation();
    const { etag, body, tags } = await compute();
    const computed = { etag, json: JSON.stringify(body), tags };
    cache.store(cacheKey, computed, generation);
    send(ctx, computed);
  };

  /** The type asked for (400 if the plugin does not serve it), once the caller may read it (403). */
  const readableType = async (ctx: Context, uid: string | undefined): Promise<NewsroomType> => {
    const type = getService(strapi, 'types').fromParameter(uid);
    await assertMayRead(strapi, ctx.state.auth, type);
    return type;
  };

  /** `read` and `neighbors`: one article with its neighbors, optionally within a scope (`?scope=`). */
  const withNeighbors =
    (route: 'read' | 'neighbors') =>
    async (ctx: Context) => {
      const key = validateKey(ctx.params.slugOrDocumentId);
      const { type: uid, locale, scope: scopeName } = parseQuery(readQuery, ctx.query);
      const type = await readableType(ctx, uid);
      const scope = resolveScope(type, scopeName);
      // Resolved before the cache is asked: a deleted locale is refused at once, and the key holds only what the
      // answer depends on (a type without i18n ignores `locale`, so any value finds the same entry).
      const resolved = await resolveLocale(strapi, type, locale);
      await answer(ctx, JSON.stringify([route, type.uid, key, resolved, scope?.name ?? null]), () => service()[route](type, key, resolved, scope));
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
      const { type: uid, locale } = parseQuery(localeQuery, ctx.query);
      const type = await readableType(ctx, uid);
      const resolved = await resolveLocale(strapi, type, locale);
      await answer(ctx, JSON.stringify(['summary', type.uid, key, resolved]), () => service().summary(type, key, resolved));
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
