import type { Core } from '@strapi/strapi';

import type { ApplyTo, OrderDetailResponse, OrdersOverviewResponse, ReorderResponse } from '../../../contracts/orders';
import { getService } from '../accessors';
import type { NewsroomType } from '../registry';
import type { OrderRowArticle } from '../services/orders/rows';
import { assertTypeAllowed, assertWholeLocaleAllowed, type AdminContext, type AdminState } from './article-access';
import { validateOrdersQuery, validateReorderBody } from './validation/orders';
import { validateKey, validateLocaleQuery } from './validation/reader';
import { resolveLocale } from './validation/reading-order';
import { contentManagerAction, forbidden } from '../errors';

/** Rows per permission look-up. */
const CHUNK = 500;

/** `/newsroom/orders`: the reading-order workspace of a type and locale. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => getService(strapi, 'orders');
  const types = () => getService(strapi, 'types');

  const target = async (query: { type?: string; locale?: string }) => {
    const type = types().fromParameter(query.type);
    return { type, locale: await resolveLocale(strapi, type, query.locale) };
  };

  /**
   * The Content Manager's own permissions, with their locale and creator conditions,
   * on every article whose links the change rewrites: update of both link fields,
   * and publish where the change reaches readers without a publication.
   */
  const authorizer = (state: AdminState, type: NewsroomType) => async (articles: OrderRowArticle[], apply: ApplyTo) => {
    const checker = strapi.plugin('content-manager').service('permission-checker').create({ userAbility: state.userAbility, model: type.uid });
    const fields = [type.fields.previous, type.fields.next];
    for (let start = 0; start < articles.length; start += CHUNK) {
      const chunk = new Map(articles.slice(start, start + CHUNK).map((article) => [article.draftId, article]));
      const drafts = await strapi.db.query(type.uid as any).findMany({
        where: { id: { $in: [...chunk.keys()] } },
        populate: { createdBy: true },
      });
      for (const draft of drafts) {
        const article = chunk.get(draft.id)!;
        if (fields.some((field) => checker.cannot.update(draft, field))) {
          throw forbidden(`You may not change the reading order of "${article.title}"`, {
            action: contentManagerAction('update'),
            subject: type.uid,
            articles: [article.documentId],
            reason: 'conditions',
          });
        }
        if (apply === 'published' && article.publishedId !== null && checker.cannot.publish(draft)) {
          throw forbidden(`You may not change what readers see of "${article.title}" (it needs the publish permission)`, {
            action: contentManagerAction('publish'),
            subject: type.uid,
            articles: [article.documentId],
            reason: 'conditions',
          });
        }
      }
    }
  };

  return {
    async overview(ctx: AdminContext) {
      const query = await validateOrdersQuery(ctx.query);
      const { type, locale } = await target(query);
      await assertWholeLocaleAllowed(strapi, ctx.state, type, 'read', locale);
      const response: OrdersOverviewResponse = await service().overview(type, locale, query);
      ctx.body = response;
    },

    async detail(ctx: AdminContext) {
      const documentId = validateKey(ctx.params.documentId, 'documentId');
      const { type, locale } = await target(await validateLocaleQuery(ctx.query));
      await assertWholeLocaleAllowed(strapi, ctx.state, type, 'read', locale);
      const response: OrderDetailResponse = { data: await service().detail(type, locale, documentId) };
      ctx.body = response;
    },

    async reorder(ctx: AdminContext) {
      const documentId = validateKey(ctx.params.documentId, 'documentId');
      const { type, locale } = await target(await validateLocaleQuery(ctx.query));
      const body = await validateReorderBody(ctx.request.body, documentId);
      assertTypeAllowed(strapi, ctx.state, type, 'update');
      const data = await service().reorder({ type, locale, documentId, ...body, authorize: authorizer(ctx.state, type) });
      const response: ReorderResponse = { data };
      ctx.body = response;
    },
  };
};
