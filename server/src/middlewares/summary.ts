import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import type { NewsroomConfig } from '../config';
import { ARTICLE_UID, PLUGIN_ID } from '../constants';
import { countWords } from '../services/reader/reading-time';
import { summarize, SummaryInputError } from '../services/summary';

type DocumentContext = { uid: string; action: string; params: Record<string, any> };

const WRITES = new Set(['create', 'update', 'clone']);

/**
 * When a body is written, stores its word count and its automatic summary next to
 * it, so that reads never run the summary engine. The editor's summary is kept
 * apart and always wins when readers are served.
 */
export const summaryMiddleware =
  (strapi: Core.Strapi) =>
  async (context: DocumentContext, next: () => Promise<unknown>): Promise<unknown> => {
    const data = context.params.data as Record<string, unknown> | undefined;
    if (context.uid !== ARTICLE_UID || !WRITES.has(context.action) || !data || !('body' in data)) return next();

    const { summary } = strapi.config.get(`plugin::${PLUGIN_ID}`) as NewsroomConfig;
    const locale =
      typeof context.params.locale === 'string'
        ? context.params.locale
        : await strapi.plugin('i18n').service('locales').getDefaultLocale();
    try {
      context.params = {
        ...context.params,
        data: {
          ...data,
          wordCount: countWords(data.body),
          autoSummary: summary.auto ? summarize(data.body, { locale, maxLength: summary.maxLength }).summary || null : null,
        },
      };
    } catch (error) {
      if (!(error instanceof SummaryInputError)) throw error;
      throw new errors.ValidationError(error.message, { path: error.path });
    }
    return next();
  };
