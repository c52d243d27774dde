import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { getConfig } from '../accessors';
import { ARTICLE_UID } from '../constants';
import { summarize, SummaryInputError } from '../services/summary';
import { enforceBodyLimits } from '../services/body-limits';

type DocumentContext = { uid: string; action: string; params: Record<string, any> };

const WRITES = new Set(['create', 'update', 'clone']);

const localeOf = async (strapi: Core.Strapi, locale: unknown): Promise<string> =>
  typeof locale === 'string' && locale !== '*' ? locale : strapi.plugin('i18n').service('locales').getDefaultLocale();

/**
 * When a body is written, stores its word count and its automatic summary next to
 * it, so that reads never run the summary engine. The editor's summary is kept
 * apart and always wins when readers are served. Registered before the
 * reading-order middleware, so this CPU work never runs while the lock is held.
 */
export const summaryMiddleware =
  (strapi: Core.Strapi) =>
  async (context: DocumentContext, next: () => Promise<unknown>): Promise<unknown> => {
    const data = context.params.data as Record<string, unknown> | undefined;
    if (context.uid !== ARTICLE_UID || !WRITES.has(context.action) || !data || !('body' in data)) return next();

    const { summary } = getConfig(strapi);
    const locale = await localeOf(strapi, context.params.locale);
    try {
      const wordCount = enforceBodyLimits(strapi, data.body);
      // The title steers the summary towards what the article is about; on an update without one, the body alone.
      const title = typeof data.title === 'string' ? data.title : undefined;
      const autoSummary = summary.auto ? summarize(data.body, { locale, maxLength: summary.maxLength, title }).summary || null : null;
      context.params = { ...context.params, data: { ...data, wordCount, autoSummary } };
    } catch (error) {
      if (!(error instanceof SummaryInputError)) throw error;
      throw new errors.ValidationError(error.message, { path: error.path });
    }
    return next();
  };
