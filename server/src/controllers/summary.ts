import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import type { SuggestSummaryResponse } from '../../../contracts/summary';
import type { NewsroomConfig } from '../config';
import { ARTICLE_UID, PLUGIN_ID } from '../constants';
import { summarize, SummaryInputError } from '../services/summary';
import { resolveLocale } from './validation/reading-order';
import { validateSuggestBody } from './validation/summary';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** An extractive summary suggestion for the editor, from a body or a stored article's draft. */
  async suggest(ctx: { request: { body?: unknown }; body: unknown }) {
    const input = await validateSuggestBody(ctx.request.body ?? {});
    const locale = await resolveLocale(strapi, input.locale);

    let body = input.body;
    if (input.documentId !== undefined) {
      const draft = await strapi.db
        .query(ARTICLE_UID)
        .findOne({ where: { documentId: input.documentId, locale, publishedAt: null }, select: ['body'] });
      if (!draft) throw new errors.NotFoundError(`No article "${input.documentId}" in locale "${locale}"`);
      body = draft.body;
    }

    const { maxLength } = (strapi.config.get(`plugin::${PLUGIN_ID}`) as NewsroomConfig).summary;
    try {
      const response: SuggestSummaryResponse = { data: summarize(body ?? '', { locale, maxLength }) };
      ctx.body = response;
    } catch (error) {
      if (error instanceof SummaryInputError) {
        throw new errors.ValidationError(error.message, { path: error.path });
      }
      throw error;
    }
  },
});
