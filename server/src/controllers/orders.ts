import type { Core } from '@strapi/strapi';

import type { OrderDetailResponse, OrdersOverviewResponse, ReorderResponse } from '../../../contracts/orders';
import { getService } from '../accessors';
import { assertTypeAllowed, type AdminContext } from '../access/article-access';
import { articleVisibility, readableLocale } from '../access/article-visibility';
import { assertMayChange } from '../access/change-permissions';
import { ordersQuery } from '../../../contracts/schemas/orders';
import { documentQuery } from '../../../contracts/schemas/common';
import { validateReorderBody } from '../validation/orders';
import { validateKey } from '../validation/reader';
import { parseQuery } from '../validation/request';
import { resolveLocale } from '../locales';

/** `/newsroom/orders`: the reading-order workspace of a type and locale. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => getService(strapi, 'orders');
  const types = () => getService(strapi, 'types');

  const target = async (query: { type?: string; locale?: string }) => {
    const type = types().fromParameter(query.type);
    return { type, locale: await resolveLocale(strapi, type, query.locale) };
  };

  return {
    async overview(ctx: AdminContext) {
      const query = parseQuery(ordersQuery, ctx.query);
      const { type, locale } = await target(query);
      const visibility = await readableLocale(strapi, ctx.state, type, locale);
      const response: OrdersOverviewResponse = await service().overview(type, locale, query, visibility);
      ctx.body = response;
    },

    async detail(ctx: AdminContext) {
      const documentId = validateKey(ctx.params.documentId, 'documentId');
      const { type, locale } = await target(parseQuery(documentQuery, ctx.query));
      const visibility = await readableLocale(strapi, ctx.state, type, locale);
      const response: OrderDetailResponse = { data: await service().detail(type, locale, documentId, visibility) };
      ctx.body = response;
    },

    async reorder(ctx: AdminContext) {
      const documentId = validateKey(ctx.params.documentId, 'documentId');
      const { type, locale } = await target(parseQuery(documentQuery, ctx.query));
      const body = validateReorderBody(ctx.request.body, documentId);
      assertTypeAllowed(strapi, ctx.state, type, 'update');
      const data = await service().reorder({
        type,
        locale,
        documentId,
        ...body,
        // Under the lock, before anything is written: update of both link fields on every article whose links
        // the change rewrites, and publish where it reaches readers without a publication.
        authorize: (articles, apply) =>
          assertMayChange(
            strapi,
            ctx.state.userAbility,
            type,
            articles.map((article) => ({ documentId: article.documentId, locale, publishes: apply === 'published' && article.publishedId !== null })),
            { fields: [type.fields.previous, type.fields.next], change: 'the reading order' }
          ),
        visibility: await articleVisibility(strapi, ctx.state, type, locale),
      });
      const response: ReorderResponse = { data };
      ctx.body = response;
    },
  };
};
