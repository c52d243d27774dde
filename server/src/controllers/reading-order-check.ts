import type { Core } from '@strapi/strapi';

import type { CheckResponse, RepairResponse } from '../../../contracts/reading-order-check';
import { getService } from '../accessors';
import { assertWholeLocaleAllowed, type AdminState } from './article-access';
import { resolveLocale } from './validation/reading-order';
import { validateCheckQuery, validateRepairBody } from './validation/reading-order-check';

type Context = {
  query: unknown;
  request: { body?: unknown };
  state: AdminState;
  body: unknown;
};

/** `GET /newsroom/check` and `POST /newsroom/repair`: the whole reading order of a type in one locale. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => getService(strapi, 'reading-order-check');

  return {
    async check(ctx: Context) {
      const query = await validateCheckQuery(ctx.query);
      const type = getService(strapi, 'types').fromParameter(query.type);
      const locale = await resolveLocale(strapi, type, query.locale);
      await assertWholeLocaleAllowed(strapi, ctx.state, type, 'read', locale);
      const response: CheckResponse = {
        data: { problems: await service().check(type, locale) },
      };
      ctx.body = response;
    },

    async repair(ctx: Context) {
      const body = await validateRepairBody(ctx.request.body);
      const type = getService(strapi, 'types').fromParameter(body.type);
      const locale = await resolveLocale(strapi, type, body.locale);
      await assertWholeLocaleAllowed(strapi, ctx.state, type, 'update', locale);
      const { problems, linksRemoved, linksAdded, seriesListsRewritten, seriesIndexRows } = await service().repair(type, locale, body.dryRun);
      const response: RepairResponse = {
        data: {
          dryRun: body.dryRun,
          problems,
          counts: { problems: problems.length, linksRemoved, linksAdded, seriesListsRewritten, seriesIndexRows },
        },
      };
      ctx.body = response;
    },
  };
};
