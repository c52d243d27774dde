import type { Core } from '@strapi/strapi';

import type { ApplyTo, MoveResponse, OrderDetailResponse, OrdersOverviewResponse, ReorderResponse } from '../../../contracts/orders';
import { getService } from '../accessors';
import { assertTypeAllowed, type AdminContext } from '../access/article-access';
import { articleVisibility, readableLocale } from '../access/article-visibility';
import { assertMayChange } from '../access/change-permissions';
import { moveBody, orderDetailQuery, ordersQuery } from '../../../contracts/schemas/orders';
import { documentQuery } from '../../../contracts/schemas/common';
import { validateReorderBody } from '../validation/orders';
import { validateKey } from '../validation/reader';
import { parseBody, parseQuery } from '../validation/request';
import { resolveLocale } from '../locales';
import type { NewsroomType } from '../registry';
import type { OrderRowArticle } from '../services/orders/rows';

/** `/newsroom/orders`: the reading-order workspace of a type and locale. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => getService(strapi, 'orders');
  const types = () => getService(strapi, 'types');

  const target = async (query: { type?: string; locale?: string }) => {
    const type = types().fromParameter(query.type);
    return { type, locale: await resolveLocale(strapi, type, query.locale) };
  };

  /**
   * Under the lock, before anything is written: update of both link fields on every article whose links
   * the change rewrites, and publish where it reaches readers without a publication.
   */
  const authorizeFor = (ctx: AdminContext, type: NewsroomType, locale: string | null) => (articles: OrderRowArticle[], apply: ApplyTo) =>
    assertMayChange(
      strapi,
      ctx.state.userAbility,
      type,
      articles.map((article) => ({
        documentId: article.documentId,
        locale,
        publishes: apply === 'published' && article.publishedId !== null,
      })),
      { fields: [type.fields.previous, type.fields.next], change: 'the reading order' }
    );

  /**
   * What a change of the orders needs, checked in this order: the route's article, the
   * type and locale, the body (`parse`, given the route's documentId), the update
   * permission on the type; then who may change and read which articles.
   */
  const changeOf = async <B extends object>(ctx: AdminContext, parse: (documentId: string) => B) => {
    const documentId = validateKey(ctx.params.documentId, 'documentId');
    const { type, locale } = await target(parseQuery(documentQuery, ctx.query));
    const body = parse(documentId);
    assertTypeAllowed(strapi, ctx.state, type, 'update');
    return {
      ...body,
      type,
      locale,
      documentId,
      authorize: authorizeFor(ctx, type, locale),
      visibility: await articleVisibility(strapi, ctx.state, type, locale),
    };
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
      const query = parseQuery(orderDetailQuery, ctx.query);
      const { type, locale } = await target(query);
      const visibility = await readableLocale(strapi, ctx.state, type, locale);
      const response: OrderDetailResponse =
        query.limit === 0
          ? { data: await service().detail(type, locale, documentId, visibility) }
          : await service().window(type, locale, documentId, { offset: query.offset, limit: query.limit }, visibility);
      ctx.body = response;
    },

    async reorder(ctx: AdminContext) {
      const data = await service().reorder(await changeOf(ctx, (documentId) => validateReorderBody(ctx.request.body, documentId)));
      const response: ReorderResponse = { data };
      ctx.body = response;
    },

    async move(ctx: AdminContext) {
      const body = () => parseBody(moveBody, ctx.request.body, { notAnObject: 'The body must be a JSON object', nameUnknownFields: true });
      const response: MoveResponse = { data: await service().move(await changeOf(ctx, body)) };
      ctx.body = response;
    },
  };
};
