import type { Core } from '@strapi/strapi';

import type { CheckResponse, RepairResponse } from '../../../contracts/reading-order-check';
import { getService } from '../accessors';
import { assertTypeAllowed, type AdminState } from '../access/article-access';
import { articleVisibility, readableLocale } from '../access/article-visibility';
import { assertMayChange, assertMayChangeSeries } from '../access/change-permissions';
import { resolveLocale } from '../locales';
import { repairBody } from '../../../contracts/schemas/check';
import { documentQuery } from '../../../contracts/schemas/common';
import { parseBody, parseQuery } from '../validation/request';

type Context = {
  query: unknown;
  request: { body?: unknown };
  state: AdminState;
  body: unknown;
};

/**
 * `GET /newsroom/check` and `POST /newsroom/repair`: the whole reading order of a type
 * in one locale. The check and a dry run are reads: they show the problems whose
 * articles the admin may read. A repair is refused when it would change an article
 * (or a series) the admin may not update.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => getService(strapi, 'reading-order-check');

  return {
    async check(ctx: Context) {
      const query = parseQuery(documentQuery, ctx.query);
      const type = getService(strapi, 'types').fromParameter(query.type);
      const locale = await resolveLocale(strapi, type, query.locale);
      const visibility = await readableLocale(strapi, ctx.state, type, locale);
      const response: CheckResponse = { data: await service().check(type, locale, visibility) };
      ctx.body = response;
    },

    async repair(ctx: Context) {
      const body = parseBody(repairBody, ctx.request.body, { nameUnknownFields: true });
      const type = getService(strapi, 'types').fromParameter(body.type);
      const locale = await resolveLocale(strapi, type, body.locale);
      // A dry run is a read, refused as the check is; a repair is refused for what it would change, below.
      if (!body.dryRun) assertTypeAllowed(strapi, ctx.state, type, 'update');
      const visibility = body.dryRun
        ? await readableLocale(strapi, ctx.state, type, locale)
        : await articleVisibility(strapi, ctx.state, type, locale);
      const { problems, hidden, linksRemoved, linksAdded, seriesListsRewritten, seriesIndexRows } = await service().repair(type, locale, {
        dryRun: body.dryRun,
        visibility,
        authorize: async (changes) => {
          await assertMayChange(strapi, ctx.state.userAbility, type, changes.articles, {
            fields: [type.fields.previous, type.fields.next],
            change: 'the reading order',
          });
          await assertMayChangeSeries(strapi, ctx.state.userAbility, changes.series);
        },
      });
      const response: RepairResponse = {
        data: {
          dryRun: body.dryRun,
          problems,
          hidden,
          counts: { problems: problems.length + hidden, linksRemoved, linksAdded, seriesListsRewritten, seriesIndexRows },
        },
      };
      ctx.body = response;
    },
  };
};
