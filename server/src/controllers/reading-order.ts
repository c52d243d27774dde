import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { ARTICLE_UID, PLUGIN_ID } from '../constants';
import { LINK_FIELDS } from '../middlewares/reading-order';
import type { ReadingOrderService } from '../services/reading-order';
import { parseRelationInput } from '../services/reading-order/relation-input';
import {
  resolveLocale,
  validateCandidatesQuery,
  validateNeighbourhoodQuery,
  validateUpdateLinksBody,
} from './validation/reading-order';

type Context = {
  params: Record<string, string>;
  query: unknown;
  request: { body?: unknown };
  state: { user: { id: number }; userAbility: unknown };
  body: unknown;
};

/** The draft of the article in that locale with what Content Manager conditions look at, or a 404. */
const findDraft = async (strapi: Core.Strapi, documentId: string, locale: string) => {
  const draft = await strapi.db.query(ARTICLE_UID).findOne({
    where: { documentId, locale, publishedAt: null },
    populate: ['createdBy'],
  });
  if (!draft) throw new errors.NotFoundError(`No article "${documentId}" in locale "${locale}"`);
  return draft;
};

/** Content Manager permissions of this admin on this article (locale and conditions included). */
const assertAllowed = (strapi: Core.Strapi, ctx: Context, action: 'read' | 'update', draft: unknown) => {
  const checker = strapi
    .plugin('content-manager')
    .service('permission-checker')
    .create({ userAbility: ctx.state.userAbility, model: ARTICLE_UID });
  const fields = action === 'update' ? [LINK_FIELDS.previous, LINK_FIELDS.next] : [undefined];
  if (fields.some((field) => checker.cannot[action](draft, field))) {
    throw new errors.ForbiddenError(`You may not ${action} the reading order of this article`);
  }
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => strapi.plugin(PLUGIN_ID).service('reading-order') as ReadingOrderService;

  const neighbourhoodOrFail = async (documentId: string, locale: string, before = 2, after = 2) => {
    const neighbourhood = await service().neighbourhood({ documentId, locale, before, after });
    if (!neighbourhood) throw new errors.NotFoundError(`No article "${documentId}" in locale "${locale}"`);
    return neighbourhood;
  };

  return {
    async searchCandidates(ctx: Context) {
      const query = await validateCandidatesQuery(ctx.query);
      const locale = await resolveLocale(strapi, query.locale);
      const { items, total } = await service().searchCandidates({ ...query, locale });
      ctx.body = {
        data: items,
        meta: {
          pagination: { page: query.page, pageSize: query.pageSize, total, pageCount: Math.ceil(total / query.pageSize) },
        },
      };
    },

    async neighbourhood(ctx: Context) {
      const query = await validateNeighbourhoodQuery(ctx.query);
      const locale = await resolveLocale(strapi, query.locale);
      assertAllowed(strapi, ctx, 'read', await findDraft(strapi, ctx.params.documentId, locale));
      ctx.body = { data: await neighbourhoodOrFail(ctx.params.documentId, locale, query.before, query.after) };
    },

    async updateLinks(ctx: Context) {
      const body = await validateUpdateLinksBody(ctx.request.body ?? {});
      const locale = await resolveLocale(strapi, body.locale);
      const { documentId } = ctx.params;
      assertAllowed(strapi, ctx, 'update', await findDraft(strapi, documentId, locale));

      const asRelation = (target: string | null | undefined) =>
        target === undefined ? undefined : target === null ? null : { documentId: target, locale };
      const links = { previous: asRelation(body.previous), next: asRelation(body.next) };

      const detached = await service().change(async (change) => {
        if (body.dryRun) {
          const prepared = await service().prepareDraftChange(change.trx, {
            documentId,
            locale,
            previous: parseRelationInput(LINK_FIELDS.previous, links.previous),
            next: parseRelationInput(LINK_FIELDS.next, links.next),
            fields: LINK_FIELDS,
          });
          return service().previewDraftChange(change.trx, prepared, documentId, locale);
        }
        await strapi.documents(ARTICLE_UID).update({
          documentId,
          locale,
          data: { [LINK_FIELDS.previous]: links.previous, [LINK_FIELDS.next]: links.next, updatedBy: ctx.state.user.id },
        } as any);
        return service().detachedSoFar();
      });

      ctx.body = { data: { ...(await neighbourhoodOrFail(documentId, locale)), detached, dryRun: Boolean(body.dryRun) } };
    },
  };
};
