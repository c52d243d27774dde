import type { Core } from '@strapi/strapi';

import type { NewsroomConfig } from '../config';
import { PLUGIN_ID } from '../constants';
import type { ReaderService } from '../services/reader';
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
  const service = () => strapi.plugin(PLUGIN_ID).service('reader') as ReaderService;

  /** Sends the answer, or 304 when the client already has this version. */
  const respond = (ctx: Context, { etag, body }: Answer) => {
    ctx.set('ETag', etag);
    ctx.set('Cache-Control', (strapi.config.get(`plugin::${PLUGIN_ID}`) as NewsroomConfig).reader.cacheControl);
    if (matchesIfNoneMatch(ctx.get('If-None-Match'), etag)) {
      ctx.status = 304;
      return;
    }
    ctx.body = body;
  };

  const withArticle =
    (answer: (key: string, locale: string) => Promise<Answer>) =>
    async (ctx: Context) => {
      const key = validateKey(ctx.params.slugOrDocumentId);
      const { locale } = await validateLocaleQuery(ctx.query);
      respond(ctx, await answer(key, await resolveLocale(strapi, locale)));
    };

  return {
    read: withArticle((key, locale) => service().read(key, locale)),
    neighbors: withArticle((key, locale) => service().neighbors(key, locale)),
    summary: withArticle((key, locale) => service().summary(key, locale)),

    async readingOrder(ctx: Context) {
      const key = validateKey(ctx.params.slugOrDocumentId);
      const query = await validateOrderQuery(ctx.query);
      const locale = await resolveLocale(strapi, query.locale);
      respond(ctx, await service().readingOrder(key, locale, query.before, query.after));
    },
  };
};
