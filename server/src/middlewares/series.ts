import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { getService } from '../accessors';
import { SERIES_UID } from '../constants';
import { actionLocales, defaultLocale } from '../locales';
import { inTransaction } from '../services/database';
import { siteScope } from '../services/reading-order/lock-scope';
import { documentMiddleware, type DocumentCall, type DocumentMiddleware } from './document-middleware';

type Next = () => ReturnType<DocumentMiddleware>;

/** The locales a series action touches; for `'*'`, every one the series has. */
const seriesLocales = (strapi: Core.Strapi, documentId: string, locale: unknown): Promise<string[]> =>
  actionLocales(strapi, locale, async () => {
    const rows = await strapi.db.query(SERIES_UID).findMany({ where: { documentId }, select: ['locale'] });
    return [...new Set((rows as Array<{ locale: string }>).map((row) => row.locale))];
  });

/** `articleType` must name a served type, and cannot change once the series holds articles. */
const checkArticleType = async (strapi: Core.Strapi, call: DocumentCall) => {
  const data = call.params.data as Record<string, unknown> | undefined;
  if (!data || !('articleType' in data)) return;
  const served: string[] = getService(strapi, 'types')
    .all()
    .map((type) => type.uid);
  if (typeof data.articleType !== 'string' || !served.includes(data.articleType)) {
    throw new errors.ValidationError(`articleType must be one of the content types the plugin serves: ${served.join(', ')}`, {
      path: ['articleType'],
      allowed: served,
    });
  }
  const { documentId } = call.params;
  if (call.action !== 'update' || documentId === undefined) return;
  const current = await strapi.db.query(SERIES_UID).findOne({ where: { documentId }, select: ['articleType'] });
  if (
    current &&
    current.articleType !== data.articleType &&
    (await inTransaction(strapi, (trx) => getService(strapi, 'series').hasArticles(trx, documentId)))
  ) {
    throw new errors.ValidationError('articleType cannot change while the series holds articles: remove them first', {
      path: ['articleType'],
    });
  }
};

/**
 * A series' lists are written by the plugin only (`PUT /newsroom/series/:id/articles`,
 * and an article's deletion), each with its index rows and under the lock. A value
 * sent with a create or an update of the series itself (a script, a content-history
 * restore of an older version) is left out: the list stays what it is, and readers
 * never see entries nobody checked.
 */
const dropListInput = (call: DocumentCall) => {
  const data = call.params.data as Record<string, unknown> | undefined;
  if (data && typeof data === 'object' && 'articles' in data) delete data.articles;
};

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/**
 * A series written without a slug (the Content Manager's create form, a script)
 * gets one made from its title, as an article does, so that it can be published:
 * only where the version being written has none yet.
 */
const makeSlug = async (strapi: Core.Strapi, call: DocumentCall) => {
  const data = call.params.data as Record<string, unknown> | undefined;
  if (!data || isText(data.slug)) return;
  const locale = typeof call.params.locale === 'string' && call.params.locale !== '*' ? call.params.locale : await defaultLocale(strapi);
  const current =
    call.action === 'update'
      ? await strapi.db
          .query(SERIES_UID)
          .findOne({ where: { documentId: call.params.documentId, locale, publishedAt: null }, select: ['title', 'slug'] })
      : null;
  if (current && isText(current.slug) && !('slug' in data)) return;
  const title = isText(data.title) ? data.title : current?.title;
  if (!isText(title)) return;
  data.slug = await strapi
    .plugin('content-manager')
    .service('uid')
    .generateUIDField({ contentTypeUID: SERIES_UID, field: 'slug', data: { ...data, title }, locale });
};

/** The series actions its lists follow (Strapi copies or drops them with the rows); a discarded draft changes nothing readers see. */
const SERIES_ACTIONS = new Set(['publish', 'unpublish', 'discardDraft', 'delete']);

/**
 * Series membership follows the series and its articles on every write path: a
 * series' publication copies its draft list to readers, unpublishing, discarding
 * and deleting follow, and a deleted article leaves every series. Each runs in the
 * reading-order service's change (one transaction holding the lock), around
 * Strapi's own action.
 */
export const seriesMiddleware = (strapi: Core.Strapi): DocumentMiddleware =>
  documentMiddleware(async (call, next: Next) => {
    const readingOrder = getService(strapi, 'reading-order');
    const series = getService(strapi, 'series');
    if (call.uid === SERIES_UID) {
      if (call.action === 'create' || call.action === 'update') {
        dropListInput(call);
        await checkArticleType(strapi, call);
        await makeSlug(strapi, call);
      }
      if (call.action === 'clone') {
        dropListInput(call);
        // Strapi copies every field of the rows, the lists included: the copy's index rows follow.
        return readingOrder.change(siteScope(), async ({ trx }) => {
          const result = (await next()) as { documentId?: string } | null;
          if (result?.documentId) await series.reindexSeries(trx, result.documentId);
          return result;
        });
      }
      const { documentId } = call.params;
      // Without a documentId Strapi refuses the call itself.
      if (!SERIES_ACTIONS.has(call.action) || documentId === undefined) return next();
      // A series holds articles of one type, fixed once it holds any: its actions touch that type's orders only.
      const current = await strapi.db.query(SERIES_UID).findOne({ where: { documentId }, select: ['articleType'] });
      const articleType = current ? getService(strapi, 'types').find(current.articleType) : undefined;
      const scope = articleType ? await readingOrder.scopeOf(articleType, call.params.locale) : siteScope();
      return readingOrder.change(scope, async ({ trx }) => {
        const locales = await seriesLocales(strapi, documentId, call.params.locale);
        const before = await series.articlesByLocale(trx, documentId, locales);
        const result = await next();
        await series.afterSeriesAction(trx, documentId, before, call.action !== 'discardDraft', current?.articleType);
        return result;
      });
    }
    const type = getService(strapi, 'types').find(call.uid);
    const { documentId } = call.params;
    if (!type || call.action !== 'delete' || documentId === undefined) return next();
    return readingOrder.change(await readingOrder.scopeOf(type, call.params.locale), async ({ trx }) => {
      const locales = await readingOrder.localesOf(trx, type, documentId, call.params.locale);
      // Read before the delete: which of its locales readers could see.
      const published = await strapi.db
        .query(type.uid)
        .findMany({ where: { documentId, publishedAt: { $notNull: true } }, select: ['locale'] });
      const publishedIn = new Set(
        (published as Array<{ locale?: string | null }>).map((row) => (type.localized ? (row.locale ?? null) : null))
      );
      const result = await next();
      await series.removeArticle(trx, type, documentId, locales, publishedIn);
      return result;
    });
  });
