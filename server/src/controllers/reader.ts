import type { Core } from '@strapi/strapi';

import { getConfig, getService } from '../accessors';
import { matchesIfNoneMatch } from '../services/reader/etag';
import type { NewsroomType } from '../registry';
import { assertMayRead } from './reader-access';
import { resolveLocale } from './validation/reading-order';
import { validateKey, validateLocaleQuery, validateOrderQuery } from './validation/reader';

type Context = {
  params: Record<string, string>;
  state: { auth?: unknown };
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

  /** The type asked for (400 if the plugin does not serve it), once the caller may read it (403). */
  const readableType = async (ctx: Context, uid: string | undefined): Promise<NewsroomType> => {
    const type = getService(strapi, 'types').fromParameter(uid);
    await assertMayRead(strapi, ctx.state.auth, type);
    return type;
  };

  const withArticle =
    (route: 'read' | 'neighbors' | 'summary') =>
    async (ctx: Context) => {
      const key = validateKey(ctx.params.slugOrDocumentId);
      const { type: uid, locale } = await validateLocaleQuery(ctx.query);
      const type = await readableType(ctx, uid);
      await answer(ctx, [route, type.uid, key, locale ?? ''].join('|'), async () =>
        service()[route](type, key, await resolveLocale(strapi, type, locale))
      );
    };

  return {
    read: withArticle('read'),
    neighbors: withArticle('neighbors'),
    summary: withArticle('summary'),

    async readingOrder(ctx: Context) {
      const key = validateKey(ctx.params.slugOrDocumentId);
      const query = await validateOrderQuery(ctx.query);
      const type = await readableType(ctx, query.type);
      await answer(ctx, ['reading-order', type.uid, key, query.locale ?? '', query.before, query.after].join('|'), async () =>
        service().readingOrder(type, key, await resolveLocale(strapi, type, query.locale), query.before, query.after)
      );
    },
  };
};
