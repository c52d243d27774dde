import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import type { ArticleSeriesResponse, SeriesArticlesResponse } from '../../../contracts/series';
import { getService } from '../accessors';
import { SERIES_UID } from '../constants';
import type { NewsroomType } from '../registry';
import type { SeriesAccess, SeriesEditAccess } from '../services/series';
import { assertAllowed, findDraft, type AdminContext, type AdminState } from '../access/article-access';
import { articleVisibility, readableLocale } from '../access/article-visibility';
import { assertMayChange } from '../access/change-permissions';
import { validateKey } from '../validation/reader';
import { resolveLocale, resolveLocaleCode } from '../locales';
import { articleSeriesQuery, seriesArticlesQuery } from '../../../contracts/schemas/series';
import { parseQuery } from '../validation/request';
import { validateSeriesArticlesBody } from '../validation/series';
import { contentManagerAction, forbidden } from '../errors';

/**
 * `/newsroom/series/:documentId/articles` and `/newsroom/articles/:documentId/series`:
 * the draft membership of series, with the Content Manager's own permissions on the
 * series (read / update, in that locale) and on their articles: an answer names only
 * the articles the admin may read, and an edit that adds or removes an article needs
 * update on it.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => getService(strapi, 'series');
  const checker = (state: AdminState, uid: string) =>
    strapi.plugin('content-manager').service('permission-checker').create({ userAbility: state.userAbility, model: uid });

  /** The series' draft in the locale (a 404 without one), once this admin may `action` it and read its articles' type. */
  const seriesAllowed = async (state: AdminState, documentId: string, locale: string, action: 'read' | 'update') => {
    const draft = await strapi.db
      .query(SERIES_UID)
      .findOne({ where: { documentId, locale, publishedAt: null }, populate: { createdBy: true } });
    if (!draft) throw new errors.NotFoundError(`No series "${documentId}" in locale "${locale}"`);
    if (checker(state, SERIES_UID).cannot[action](draft)) {
      throw forbidden(`You may not ${action} this series`, {
        action: contentManagerAction(action),
        subject: SERIES_UID,
        locale,
        reason: 'conditions',
      });
    }
    const type = getService(strapi, 'types').find(draft.articleType);
    if (type && checker(state, type.uid).cannot.read()) {
      throw forbidden(`You may not read ${type.displayName}`, {
        action: contentManagerAction('read'),
        subject: type.uid,
        reason: 'permission',
      });
    }
  };

  const seriesTarget = async (ctx: AdminContext) => {
    const documentId = validateKey(ctx.params.documentId, 'documentId');
    const { locale } = parseQuery(seriesArticlesQuery, ctx.query, { strict: true });
    return { documentId, locale: await resolveLocaleCode(strapi, locale) };
  };

  /** A read: a 403 when the admin may read no article of the series' type and locale. */
  const readAccess = (state: AdminState): SeriesAccess => ({
    visibility: (type, articleLocale) => readableLocale(strapi, state, type, articleLocale),
  });

  const editAccess = (state: AdminState): SeriesEditAccess => ({
    visibility: (type, articleLocale) => articleVisibility(strapi, state, type, articleLocale),
    authorize: (type, articles) =>
      assertMayChange(strapi, state.userAbility, type, articles, { fields: [undefined], change: 'the series' }),
  });

  return {
    async articles(ctx: AdminContext) {
      const { documentId, locale } = await seriesTarget(ctx);
      await seriesAllowed(ctx.state, documentId, locale, 'read');
      const response: SeriesArticlesResponse = { data: await service().articles(documentId, locale, readAccess(ctx.state)) };
      ctx.body = response;
    },

    async setArticles(ctx: AdminContext) {
      const { documentId, locale } = await seriesTarget(ctx);
      const body = validateSeriesArticlesBody(ctx.request.body);
      await seriesAllowed(ctx.state, documentId, locale, 'update');
      const response: SeriesArticlesResponse = {
        data: await service().setArticles(documentId, locale, body.articles, editAccess(ctx.state)),
      };
      ctx.body = response;
    },

    async articleSeries(ctx: AdminContext) {
      const documentId = validateKey(ctx.params.documentId, 'documentId');
      const query = parseQuery(articleSeriesQuery, ctx.query, { strict: true });
      const type: NewsroomType = getService(strapi, 'types').fromParameter(query.type);
      const locale = await resolveLocale(strapi, type, query.locale);
      assertAllowed(strapi, ctx.state, type, 'read', await findDraft(strapi, type, documentId, locale));
      if (checker(ctx.state, SERIES_UID).cannot.read()) {
        throw forbidden('You may not read series', { action: contentManagerAction('read'), subject: SERIES_UID, reason: 'permission' });
      }
      const response: ArticleSeriesResponse = {
        data: await service().articleSeries(type, documentId, locale, {
          visibility: () => articleVisibility(strapi, ctx.state, type, locale),
        }),
      };
      ctx.body = response;
    },
  };
};
