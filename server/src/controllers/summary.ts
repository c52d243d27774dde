import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import type { SuggestSummaryResponse, SummaryStatusResponse } from '../../../contracts/summary';
import { getConfig } from '../accessors';
import { enforceBodyLimits } from '../services/body-limits';
import { summarize, SummaryInputError } from '../services/summary';
import { assertAllowed, findDraft, type AdminState } from './article-access';
import { validateKey, validateLocaleQuery } from './validation/reader';
import { resolveLocale } from './validation/reading-order';
import { validateSuggestBody } from './validation/summary';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** An extractive summary suggestion for the editor, from a body or a stored article's draft. */
  async suggest(ctx: { request: { body?: unknown }; state: AdminState; body: unknown }) {
    const input = await validateSuggestBody(ctx.request.body ?? {});
    const locale = await resolveLocale(strapi, input.locale);

    let { body, title } = input;
    if (input.documentId !== undefined) {
      const draft = await findDraft(strapi, input.documentId, locale);
      assertAllowed(strapi, ctx.state, 'read', draft);
      body = draft.body;
      title = typeof draft.title === 'string' ? draft.title : undefined;
    }

    const { maxLength } = getConfig(strapi).summary;
    try {
      enforceBodyLimits(strapi, body ?? '');
      const response: SuggestSummaryResponse = { data: summarize(body ?? '', { locale, maxLength, title }) };
      ctx.body = response;
    } catch (error) {
      if (error instanceof SummaryInputError) {
        throw new errors.ValidationError(error.message, { path: error.path });
      }
      throw error;
    }
  },

  /** The draft's summary and the fingerprint of its body when that summary was last edited, for the stale-summary warning. */
  async status(ctx: { params: Record<string, string>; query: unknown; state: AdminState; body: unknown }) {
    const documentId = validateKey(ctx.params.documentId, 'documentId');
    const { locale: given } = await validateLocaleQuery(ctx.query);
    const draft = await findDraft(strapi, documentId, await resolveLocale(strapi, given));
    assertAllowed(strapi, ctx.state, 'read', draft, ['summary', 'body']);
    const response: SummaryStatusResponse = {
      data: { summary: draft.summary || null, bodyFingerprint: draft.summaryBodyFingerprint ?? null },
    };
    ctx.body = response;
  },
});
