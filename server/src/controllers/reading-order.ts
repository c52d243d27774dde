import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { getService } from '../accessors';
import { ARTICLE_UID, LINK_FIELDS } from '../constants';
import { parseLinks } from '../services/reading-order/link-input';
import { assertAllowed, findDraft, readableFilters, type AdminState } from './article-access';
import { validateKey } from './validation/reader';
import {
  resolveLocale,
  validateCandidatesQuery,
  validateNeighborhoodQuery,
  validateUpdateLinksBody,
} from './validation/reading-order';

type Context = {
  params: Record<string, string>;
  query: unknown;
  request: { body?: unknown };
  state: AdminState;
  body: unknown;
};

const LINK_FIELD_NAMES = [LINK_FIELDS.previous, LINK_FIELDS.next];

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => getService(strapi, 'reading-order');

  const neighborhoodOrFail = async (documentId: string, locale: string, before = 2, after = 2) => {
    const neighborhood = await service().neighborhood({ documentId, locale, before, after });
    if (!neighborhood) throw new errors.NotFoundError(`No article "${documentId}" in locale "${locale}"`);
    return neighborhood;
  };

  return {
    async searchCandidates(ctx: Context) {
      const query = await validateCandidatesQuery(ctx.query);
      const locale = await resolveLocale(strapi, query.locale);
      const allowed = await readableFilters(strapi, ctx.state);
      const { items, total } = await service().searchCandidates({ ...query, locale, allowed });
      ctx.body = {
        data: items,
        meta: {
          pagination: { page: query.page, pageSize: query.pageSize, total, pageCount: Math.ceil(total / query.pageSize) },
        },
      };
    },

    async neighborhood(ctx: Context) {
      const documentId = validateKey(ctx.params.documentId, 'documentId');
      const query = await validateNeighborhoodQuery(ctx.query);
      const locale = await resolveLocale(strapi, query.locale);
      assertAllowed(strapi, ctx.state, 'read', await findDraft(strapi, documentId, locale));
      ctx.body = { data: await neighborhoodOrFail(documentId, locale, query.before, query.after) };
    },

    async updateLinks(ctx: Context) {
      const documentId = validateKey(ctx.params.documentId, 'documentId');
      const body = await validateUpdateLinksBody(ctx.request.body ?? {});
      const locale = await resolveLocale(strapi, body.locale);
      assertAllowed(strapi, ctx.state, 'update', await findDraft(strapi, documentId, locale), LINK_FIELD_NAMES);

      const asRelation = (target: string | null | undefined) =>
        target === undefined ? undefined : target === null ? null : { documentId: target, locale };
      const data = { [LINK_FIELDS.previous]: asRelation(body.previous), [LINK_FIELDS.next]: asRelation(body.next) };

      const detached = await service().change(async (change) => {
        if (body.dryRun) {
          const prepared = await service().prepareDraftChange(change.trx, {
            documentId,
            locale,
            ...parseLinks(data),
            fields: LINK_FIELDS,
          });
          return service().previewDraftChange(change.trx, prepared, documentId, locale);
        }
        await strapi.documents(ARTICLE_UID).update({
          documentId,
          locale,
          data: { ...data, updatedBy: ctx.state.user.id },
        } as any);
        return service().detachedSoFar();
      });

      ctx.body = { data: { ...(await neighborhoodOrFail(documentId, locale)), detached, dryRun: Boolean(body.dryRun) } };
    },
  };
};
