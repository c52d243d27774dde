import type { Core } from '@strapi/strapi';

import { getConfig, getService } from '../accessors';
import { matchesIfNoneMatch } from '../services/reader/etag';
import { resolveLocale } from './validation/reading-order';
import { validateKey, validateLocaleQuery, validateOrderQuery } from './validation/reader';

type Context = {
  params: Record<string, string>;
  query: unknown;
  status: number;
  body: unknown;
  get(header: string): string;
  set(header: string, value: string): void;
};

type Answer = { etag: string; body: unknown };

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => getService(strapi, 'reader');

  const notModified = (ctx: Context, etag: string) => {
    ctx.set('ETag', etag);
    ctx.set('Cache-Control', getConfig(strapi).reader.cacheControl);
    if (!matchesIfNoneMatch(ctx.get('If-None-Match'), etag)) return false;
    ctx.status = 304;
    return true;
  };

  /**
   * Answers 304 from the ETag this instance remembers for the same request, without
   * reading the database, or else computes the answer (and remembers its ETag).
   */
  const answer = async (ctx: Context, cacheKey: string, compute: () => Promise<Answer>) => {
    const remembered = ctx.get('If-None-Match') ? service().rememberedEtag(cacheKey) : undefined;
    if (remembered && notModified(ctx, remembered)) return;
    const generation = service().etagGeneration();
    const { etag, body } = await compute();
    service().rememberEtag(cacheKey, etag, generation);
    if (!notModified(ctx, etag)) ctx.body = body;
  };

  const withArticle =
    (route: 'read' | 'neighbors' | 'summary') =>
    async (ctx: Context) => {
      const key = validateKey(ctx.params.slugOrDocumentId);
      const { locale } = await validateLocaleQuery(ctx.query);
      await answer(ctx, [route, key, locale ?? ''].join('|'), async () =>
        service()[route](key, await resolveLocale(strapi, locale))
      );
    };

  return {
    read: withArticle('read'),
    neighbors: withArticle('neighbors'),
    summary: withArticle('summary'),

    async readingOrder(ctx: Context) {
      const key = validateKey(ctx.params.slugOrDocumentId);
      const query = await validateOrderQuery(ctx.query);
      await answer(ctx, ['reading-order', key, query.locale ?? '', query.before, query.after].join('|'), async () =>
        service().readingOrder(key, await resolveLocale(strapi, query.locale), query.before, query.after)
      );
    },
  };
};
