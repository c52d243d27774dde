import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { getConfig, getService } from '../accessors';
import { defaultLocale, writeLocale } from '../locales';
import { documentMiddleware, type DocumentCall, type DocumentMiddleware } from './document-middleware';
import type { NewsroomType } from '../registry';
import { articleBody, findDraftRow } from '../registry/article-rows';
import { summarize, SummaryInputError } from '../services/summary';
import { bodyFingerprint } from '../services/summary/fingerprint';
import { enforceBodyLimits } from '../services/body-limits';

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
  type: NewsroomType,
  context: DocumentCall,
  data: Record<string, unknown>,
  locale: string | null
): Promise<Record<string, string | null>> => {
  const { summary, body } = type.fields;
  if (!(summary in data)) return {};
  const { documentId } = context.params;
  const stored =
    context.action === 'create' || typeof documentId !== 'string' ? null : await findDraftRow(strapi, type, documentId, locale);
  if (stored && sameText(stored[summary], data[summary])) return {};
  const written = typeof data[summary] === 'string' && (data[summary] as string).trim() !== '';
  const bodyValue = body in data ? data[body] : stored?.[body];
  return { [type.owned.fingerprint]: written ? bodyFingerprint(articleBody(type, bodyValue ?? null)) : null };
};

/**
 * When a body is written, stores its word count and its automatic summary next to
 * it, so that reads never run the summary engine. The editor's summary is kept
 * apart and always wins when readers are served; when it changes, the body's
 * fingerprint is stored with it (the Summary panel's stale warning). Registered before the
 * reading-order middleware, so this CPU work never runs while the lock is held.
 */
export const summaryMiddleware = (strapi: Core.Strapi): DocumentMiddleware =>
  documentMiddleware(async (context, next) => {
    const type = getService(strapi, 'types').find(context.uid);
    const data = context.params.data as Record<string, unknown> | undefined;
    if (!type || !WRITES.has(context.action) || !data) return next();
    const { body, summary, title } = type.fields;
    if (!(body in data) && !(summary in data)) return next();

    const locale = await writeLocale(strapi, type, context.params.locale);
    try {
      let computed: Record<string, unknown> = {};
      if (body in data) {
        const composed = articleBody(type, data[body]);
        const wordCount = enforceBodyLimits(strapi, composed, body);
        // The title steers the summary towards what the article is about; on an update without one, the body alone.
        const given = typeof data[title] === 'string' ? (data[title] as string) : undefined;
        const maxLength = getService(strapi, 'types').summaryMaxLength(type);
        const language = locale ?? (await defaultLocale(strapi));
        const autoSummary = getConfig(strapi).summary.auto
          ? summarize(composed, { locale: language, maxLength, title: given }).summary || null
          : null;
        computed = { [type.owned.wordCount]: wordCount, [type.owned.autoSummary]: autoSummary };
      }
      // After the body's size caps: fingerprinting reads the whole body.
      computed = { ...computed, ...(await summaryFingerprintOf(strapi, type, context, data, locale)) };
      context.params = { ...context.params, data: { ...data, ...computed } };
    } catch (error) {
      if (!(error instanceof SummaryInputError)) throw error;
      throw new errors.ValidationError(error.message, { path: error.path });
    }
    return next();
  });
