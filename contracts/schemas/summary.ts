/** The summary and settings admin routes. */
import { z } from 'zod';

import type { BodyShape } from '../../server/src/services/summary/body-shape';
import { SUMMARY_FORMATS, SUMMARY_LENGTHS } from '../../server/src/services/summary/lengths';
import { documentKey, documentQuery, exactText, localeCode, oneOf } from './common';

/** Longest title accepted for a suggestion: the form's title, not stored, so looser than the attribute's cap. */
const MAX_TITLE_LENGTH = 1000;

/** POST /newsroom/summary/suggest?type=: either a body (Strapi blocks, or text/Markdown/HTML) or a stored article. */
export const suggestSummaryBody = z.strictObject({
  body: z.unknown().optional(),
  documentId: documentKey(exactText).min(1).optional(),
  locale: localeCode(exactText).optional(),
  /** With `body` only: the article's title as the form holds it; sentences that share its terms rank higher. With `documentId`, the draft's title is used. */
  title: exactText(MAX_TITLE_LENGTH).optional(),
});

export const summaryFormat = z.enum(SUMMARY_FORMATS);
export const summaryLength = z.enum(SUMMARY_LENGTHS);

export const suggestSummaryResponse = z.object({
  data: z.object({
    summary: z.string(),
    /** The sentences the summary was built from, in body order; `index` is the sentence's position in the body (0: the first). */
    sentences: z.array(z.object({ text: z.string(), score: z.number(), index: z.number().int() })),
    /** The automatic key points readers would get at `length` (the length the body's word count picks). */
    keyPoints: z.array(z.string()),
    length: summaryLength,
  }),
});

/** GET /api/newsroom/articles/:slugOrDocumentId/summary?format=&length=: the type and locale, and the summary's shape and length. */
export const readerSummaryQuery = {
  ...documentQuery,
  format: oneOf(SUMMARY_FORMATS, { invalid: 'format must be "paragraph" or "keypoints"' })
    .describe('paragraph (the default): the summary as one text; keypoints: 3 to 7 whole sentences of the article, in its order')
    .optional(),
  length: oneOf(SUMMARY_LENGTHS, { invalid: 'length must be "short", "medium" or "long"' })
    .describe(
      'Default: from the word count (short under 400 words, long from 1,500). An editor-written summary or key points are never cut'
    )
    .optional(),
};

/** The summary route's answer: one format at a time, the other field null. */
export const readerSummaryData = z
  .object({
    summary: z
      .string()
      .nullable()
      .describe("format=paragraph: the editor's summary, or the automatic one at `length`; null for keypoints or when there is none"),
    keyPoints: z
      .array(z.string())
      .nullable()
      .describe("format=keypoints: the editor's key points, or 3 to 7 whole sentences of the article in its order; null for paragraph"),
    summarySource: z.enum(['editor', 'auto', 'none']),
    format: summaryFormat,
    length: summaryLength.describe('The length asked for, or the one the word count picked'),
    readingTimeMinutes: z.number().int().min(0),
  })
  .meta({ id: 'NewsroomSummary' });

/** GET /newsroom/articles/:documentId/summary-status?type=&locale=: what the stale-summary warning compares. */
export const summaryStatusResponse = z.object({
  data: z.object({
    /** The draft's stored summary, the one the fingerprint belongs to; null when there is none. */
    summary: z.string().nullable(),
    /** Fingerprint of the body when that summary was last edited (server/src/services/summary/fingerprint.ts); null when unknown. */
    bodyFingerprint: z.string().nullable(),
  }),
});

/** The attributes of one content type the plugin reads and writes, by role. */
export const contentTypeFields = z.object({
  title: z.string(),
  slug: z.string(),
  summary: z.string(),
  body: z.string(),
  cover: z.string().nullable(),
  /** Where editors write key points (one a line, or a JSON list); null: key points are automatic. */
  keyPoints: z.string().nullable(),
  /** The two link fields of the reading order. */
  previous: z.string(),
  next: z.string(),
});

export const contentTypeSettings = z.object({
  uid: z.string(),
  /** The type's display name, as the Content Manager shows it. */
  displayName: z.string(),
  /** Whether the type is localized with i18n; a non-localized type has one reading order. */
  localized: z.boolean(),
  fields: contentTypeFields,
  /** The longest summary the type accepts: the summary field's own `maxLength`, else `summary.maxLength`. */
  summaryMaxLength: z.number().int(),
  /** How the body attribute holds text (blocks, Markdown, plain text, or components holding those): the panels read the form's body with it. */
  bodyShape: z.custom<BodyShape>(),
  /** Whether the type holds any article (draft or published, any locale): the Reading order page opens on the first that does. */
  hasArticles: z.boolean(),
});

/** GET /newsroom/settings: what the admin panels need to know of the plugin configuration. */
export const settingsResponse = z.object({
  data: z.object({
    summary: z.object({ maxLength: z.number().int(), auto: z.boolean() }),
    reader: z.object({ wordsPerMinute: z.number() }),
    /** Whether POST /newsroom/summary/suggest is available. */
    suggest: z.object({ available: z.boolean() }),
    /** Every configured content type (the built-in article first): the panels show on these edit views only. */
    contentTypes: z.array(contentTypeSettings),
  }),
});
