import type { Core } from '@strapi/strapi';

import type { GetReadingOrderResponse, SearchCandidatesResponse, UpdateLinksResponse } from '../../../contracts/reading-order';
import { getService } from '../accessors';
import type { NewsroomType } from '../registry';
import { parseLinks } from '../services/reading-order/link-input';
import { localesScope } from '../services/reading-order/lock-scope';
import {
  candidateRefs,
  detachedRefs,
  neighborhoodRefs,
  readableIn,
  visibleCandidates,
  visibleDetached,
  visibleNeighborhood,
  type ArticleVisibility,
} from '../services/visibility';
import { assertAllowed, findDraft, notFound, readableFilters, type AdminContext } from '../access/article-access';
import { articleVisibility } from '../access/article-visibility';
import { candidatesQuery, neighborhoodQuery, typeQuery, updateLinksBody } from '../../../contracts/schemas/reading-order';
import { resolveLocale } from '../locales';
import { validateKey } from '../validation/reader';
import { parseBody, parseQuery } from '../validation/request';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => getService(strapi, 'reading-order');
  const types = () => getService(strapi, 'types');

  /** The order around the article (a 404 without its draft), with the articles the admin may not read left out. */
  const neighborhoodOrFail = async (
    visibility: ArticleVisibility,
    type: NewsroomType,
    documentId: string,
    locale: string | null,
    before = 2,
    after = 2
  ) => {
    const neighborhood = await service().neighborhood(type, { documentId, locale, before, after });
    if (!neighborhood) throw notFound(type, documentId, locale);
    return visibleNeighborhood(neighborhood, await visibility.articles(neighborhoodRefs(neighborhood)));
  };

  return {
    async searchCandidates(ctx: AdminContext) {
      const query = parseQuery(candidatesQuery, ctx.query);
      const type = types().fromParameter(query.type);
      const locale = await resolveLocale(strapi, type, query.locale);
      const allowed = await readableFilters(strapi, ctx.state, type);
      const { items, total } = await service().searchCandidates(type, { ...query, locale, allowed });
      const readable = await (await articleVisibility(strapi, ctx.state, type, locale)).articles(candidateRefs(items));
      const response: SearchCandidatesResponse = {
        data: visibleCandidates(items, readable),
        meta: {
          pagination: { page: query.page, pageSize: query.pageSize, total, pageCount: Math.ceil(total / query.pageSize) },
        },
      };
      ctx.body = response;
    },

    async neighborhood(ctx: AdminContext) {
      const documentId = validateKey(ctx.params.documentId, 'documentId');
      const query = parseQuery(neighborhoodQuery, ctx.query);
      const type = types().fromParameter(query.type);
      const locale = await resolveLocale(strapi, type, query.locale);
      assertAllowed(strapi, ctx.state, type, 'read', await findDraft(strapi, type, documentId, locale));
      const visibility = await articleVisibility(strapi, ctx.state, type, locale);
      const response: GetReadingOrderResponse = {
        data: await neighborhoodOrFail(visibility, type, documentId, locale, query.before, query.after),
      };
      ctx.body = response;
    },

    async updateLinks(ctx: AdminContext) {
      const documentId = validateKey(ctx.params.documentId, 'documentId');
      const type = types().fromParameter(parseQuery(typeQuery, ctx.query).type);
      const body = parseBody(updateLinksBody, ctx.request.body ?? {}, { allowNull: true });
      const locale = await resolveLocale(strapi, type, body.locale);
      const { previous: previousField, next: nextField } = type.fields;
      assertAllowed(strapi, ctx.state, type, 'update', await findDraft(strapi, type, documentId, locale), [previousField, nextField]);

      const asRelation = (target: string | null | undefined) =>
        target === undefined ? undefined : target === null ? null : { documentId: target, ...(locale === null ? {} : { locale }) };
      const data = { [previousField]: asRelation(body.previous), [nextField]: asRelation(body.next) };

      const detached = await service().change(localesScope(type.uid, [locale]), async (change) => {
        if (body.dryRun) {
          const prepared = await service().prepareDraftChange(change.trx, type, {
            documentId,
            locale,
            ...parseLinks(data, type.fields),
          });
          await service().assertMayRelink(type, prepared);
          return service().previewDraftChange(change.trx, type, prepared, documentId, locale);
        }
        await strapi.documents(type.uid).update({
          documentId,
          ...(locale === null ? {} : { locale }),
          data: { ...data, updatedBy: ctx.state.user.id },
        });
        return service().detachedSoFar();
      });

      const visibility = await articleVisibility(strapi, ctx.state, type, locale);
      const readable = readableIn(await visibility.articles(detachedRefs(detached, locale)), locale);
      const response: UpdateLinksResponse = {
        data: {
          ...(await neighborhoodOrFail(visibility, type, documentId, locale)),
          detached: visibleDetached(detached, readable),
          dryRun: Boolean(body.dryRun),
        },
      };
      ctx.body = response;
    },
  };
};
