import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { getConfig, writeLocale } from '../accessors';
import { ARTICLE_UID } from '../constants';
import { summarize, SummaryInputError } from '../services/summary';
import { bodyFingerprint } from '../services/summary/fingerprint';
import { enforceBodyLimits } from '../services/body-limits';

type DocumentContext = { uid: string; action: string; params: Record<string, any> };

const WRITES = new Set(['create', 'update', 'clone']);

const sameText = (a: unknown, b: unknown) => (typeof a === 'string' ? a : '') === (typeof b === 'string' ? b : '');

/**
 * When a write changes the summary, the fingerprint of the body it was written
 * against: the body in the same write, else the stored draft's. Nothing when the
 * summary is unchanged (the Content Manager sends it with every save), so the stored
 * fingerprint goes on naming the body the summary was written for.
 */
const summaryFingerprintOf = async (
  strapi: Core.Strapi,
  context: DocumentContext,
  data: Record<string, unknown>,
  locale: string
): Promise<{ summaryBodyFingerprint?: string | null }> => {
  if (!('summary' in data)) return {};
  const { documentId } = context.params;
  const stored =
    context.action === 'create' || typeof documentId !== 'string'
      ? null
      : await strapi.db.query(ARTICLE_UID).findOne({ where: { documentId, locale, publishedAt: null }, select: ['summary', 'body'] });
  if (stored && sameText(stored.summary, data.summary)) return {};
  const written = typeof data.summary === 'string' && data.summary.trim() !== '';
  return { summaryBodyFingerprint: written ? bodyFingerprint('body' in data ? data.body : stored?.body) : null };
};

/**
 * When a body is written, stores its word count and its automatic summary next to
 * it, so that reads never run the summary engine. The editor's summary is kept
 * apart and always wins when readers are served; when it changes, the body's
 * fingerprint is stored with it (the Summary panel's stale warning). Registered before the
 * reading-order middleware, so this CPU work never runs while the lock is held.
 */
export const summaryMiddleware =
  (strapi: Core.Strapi) =>
  async (context: DocumentContext, next: () => Promise<unknown>): Promise<unknown> => {
    const data = context.params.data as Record<string, unknown> | undefined;
    if (context.uid !== ARTICLE_UID || !WRITES.has(context.action) || !data) return next();
    if (!('body' in data) && !('summary' in data)) return next();

    const { summary } = getConfig(strapi);
    const locale = await writeLocale(strapi, context.params.locale);
    try {
      let computed: Record<string, unknown> = {};
      if ('body' in data) {
        const wordCount = enforceBodyLimits(strapi, data.body);
        // The title steers the summary towards what the article is about; on an update without one, the body alone.
        const title = typeof data.title === 'string' ? data.title : undefined;
        const autoSummary = summary.auto ? summarize(data.body, { locale, maxLength: summary.maxLength, title }).summary || null : null;
        computed = { wordCount, autoSummary };
      }
      // After the body's size caps: fingerprinting reads the whole body.
      computed = { ...computed, ...(await summaryFingerprintOf(strapi, context, data, locale)) };
      context.params = { ...context.params, data: { ...data, ...computed } };
    } catch (error) {
      if (!(error instanceof SummaryInputError)) throw error;
      throw new errors.ValidationError(error.message, { path: error.path });
    }
    return next();
  };
