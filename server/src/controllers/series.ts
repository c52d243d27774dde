import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import type { ArticleSeriesResponse, SeriesArticlesResponse } from '../../../contracts/series';
import { getService } from '../accessors';
import { SERIES_UID } from '../constants';
import type { NewsroomType } from '../registry';
import { assertAllowed, findDraft, type AdminContext, type AdminState } from './article-access';
import { validateKey } from './validation/reader';
import { resolveLocale, resolveLocaleCode } from './validation/reading-order';
import { validateArticleSeriesQuery, validateSeriesArticlesBody, validateSeriesQuery } from './validation/series';
import { contentManagerAction, forbidden } from '../errors';

/**
 * `/newsroom/series/:documentId/articles` and `/newsroom/articles/:documentId/series`:
 * the draft membership of series, with the Content Manager's own permissions on the
 * series (read / update, in that locale) and read on the articles' type.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => getService(strapi, 'series');
  const checker = (state: AdminState, uid: string) =>
    strapi.plugin('content-manager').service('permission-checker').create({ userAbility: state.userAbility, model: uid });

  /** The series' draft in the locale (a 404 without one), once this admin may `action` it and read its articles' type. */
  const seriesAllowed = async (state: AdminState, documentId: string, locale: string, action: 'read' | 'update') => {
    const draft = await strapi.db.query(SERIES_UID as any).findOne({ where: { documentId, locale, publishedAt: null }, populate: { createdBy: true } });
    if (!draft) throw new errors.NotFoundError(`No series "${documentId}" in locale "${locale}"`);
    if (checker(state, SERIES_UID).cannot[action](draft)) {
      throw forbidden(`You may not ${action} this series`, { action: contentManagerAction(action), subject: SERIES_UID, locale, reason: 'conditions' });
    }
    const type = getService(strapi, 'types').find(draft.articleType);
    if (type && checker(state, type.uid).cannot.read()) {
      throw forbidden(`You may not read ${type.displayName}`, { action: contentManagerAction('read'), subject: type.uid, reason: 'permission' });
    }
  };

  const seriesTarget = async (ctx: AdminContext) => {
    const documentId = validateKey(ctx.params.documentId, 'documentId');
    const { locale } = await validateSeriesQuery(ctx.query);
    return { documentId, locale: await resolveLocaleCode(strapi, locale) };
  };

  return {
    async articles(ctx: AdminContext) {
      const { documentId, locale } = await seriesTarget(ctx);
      await seriesAllowed(ctx.state, documentId, locale, 'read');
      const response: SeriesArticlesResponse = { data: await service().articles(documentId, locale) };
      ctx.body = response;
    },

    async setArticles(ctx: AdminContext) {
      const { documentId, locale } = await seriesTarget(ctx);
      const body = await validateSeriesArticlesBody(ctx.request.body);
      await seriesAllowed(ctx.state, documentId, locale, 'update');
      const response: SeriesArticlesResponse = { data: await service().setArticles(documentId, locale, body.articles) };
      ctx.body = response;
    },

    async articleSeries(ctx: AdminContext) {
      const documentId = validateKey(ctx.params.documentId, 'documentId');
      const query = await validateArticleSeriesQuery(ctx.query);
      const type: NewsroomType = getService(strapi, 'types').fromParameter(query.type);
      const locale = await resolveLocale(strapi, type, query.locale);
      assertAllowed(strapi, ctx.state, type, 'read', await findDraft(strapi, type, documentId, locale));
      const seriesChecker = checker(ctx.state, SERIES_UID);
      if (seriesChecker.cannot.read()) throw forbidden('You may not read series', { action: contentManagerAction('read'), subject: SERIES_UID, reason: 'permission' });
      const entries = await service().articleSeries(type, documentId, locale);
      // Only the series this admin may read, with their locale and creator conditions: the permission
      // on the article says nothing about the series (another locale's editors, say).
      const drafts = (await strapi.db.query(SERIES_UID as any).findMany({
        where: { documentId: { $in: entries.map((entry) => entry.series.documentId) }, publishedAt: null },
        populate: { createdBy: true },
      })) as Array<{ documentId: string; locale: string }>;
      const readable = (entry: ArticleSeriesResponse['data'][number]) => {
        const draft = drafts.find((row) => row.documentId === entry.series.documentId && row.locale === entry.series.locale);
        return draft !== undefined && !seriesChecker.cannot.read(draft);
      };
      const response: ArticleSeriesResponse = { data: entries.filter(readable) };
      ctx.body = response;
    },
  };
};
