/** The summary and settings admin routes. */
import { z } from 'zod';

import type { BodyShape } from '../../server/src/services/summary/body-shape';
import { documentKey, exactText, localeCode } from './common';

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

export const suggestSummaryResponse = z.object({
  data: z.object({
    summary: z.string(),
    /** The sentences the summary was built from, in body order; `index` is the sentence's position in the body (0: the first). */
    sentences: z.array(z.object({ text: z.string(), score: z.number(), index: z.number().int() })),
  }),
});

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
