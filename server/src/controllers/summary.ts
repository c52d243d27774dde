import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import type { SuggestSummaryResponse, SummaryStatusResponse } from '../../../contracts/summary';
import { getService } from '../accessors';
import { articleBody, textOf } from '../registry/article-rows';
import { enforceBodyLimits } from '../services/body-limits';
import { keyPoints, summarize, SummaryInputError } from '../services/summary';
import { KEY_POINT_COUNTS, lengthForWords } from '../services/summary/lengths';
import { assertAllowed, assertMayEdit, findDraft, type AdminState } from '../access/article-access';
import { documentQuery } from '../../../contracts/schemas/common';
import { typeQuery } from '../../../contracts/schemas/reading-order';
import { validateKey } from '../validation/reader';
import { parseQuery } from '../validation/request';
import { resolveLocale } from '../locales';
import { validateSuggestBody } from '../validation/summary';

type Context = { params: Record<string, string>; query: unknown; request: { body?: unknown }; state: AdminState; body: unknown };

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const types = () => getService(strapi, 'types');

  return {
    /** An extractive summary suggestion for the editor, from a body (as the type's form holds it) or a stored draft. */
    async suggest(ctx: Context) {
      const type = types().fromParameter(parseQuery(typeQuery, ctx.query).type);
      const input = validateSuggestBody(ctx.request.body ?? {});
      const locale = await resolveLocale(strapi, type, input.locale);

      let { body, title } = input;
      if (input.documentId !== undefined) {
        const draft = await findDraft(strapi, type, input.documentId, locale);
        assertAllowed(strapi, ctx.state, type, 'read', draft);
        body = draft[type.fields.body];
        const stored = draft[type.fields.title];
        title = typeof stored === 'string' ? stored : undefined;
      } else {
        assertMayEdit(strapi, ctx.state, type);
      }

      try {
        const composed = articleBody(type, body ?? null);
        const words = enforceBodyLimits(strapi, composed);
        const maxLength = types().summaryMaxLength(type);
        const options = { locale: locale ?? undefined, title };
        // The key points readers would get by default: as many as the body's word count picks.
        const length = lengthForWords(words);
        const response: SuggestSummaryResponse = {
          data: {
            ...summarize(composed ?? '', { ...options, maxLength }),
            keyPoints: keyPoints(composed ?? '', { ...options, count: KEY_POINT_COUNTS[length] }),
            length,
          },
        };
        ctx.body = response;
      } catch (error) {
        if (error instanceof SummaryInputError) {
          throw new errors.ValidationError(error.message, { path: error.path });
        }
        throw error;
      }
    },

    /** The draft's summary and the fingerprint of its body when that summary was last edited, for the stale-summary warning. */
    async status(ctx: Context) {
      const documentId = validateKey(ctx.params.documentId, 'documentId');
      const { type: uid, locale: given } = parseQuery(documentQuery, ctx.query);
      const type = types().fromParameter(uid);
      const draft = await findDraft(strapi, type, documentId, await resolveLocale(strapi, type, given));
      assertAllowed(strapi, ctx.state, type, 'read', draft, [type.fields.summary, type.fields.body]);
      const response: SummaryStatusResponse = {
        data: { summary: textOf(draft[type.fields.summary]) || null, bodyFingerprint: textOf(draft[type.owned.fingerprint]) || null },
      };
      ctx.body = response;
    },
  };
};
