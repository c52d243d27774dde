/** Shapes of the summary and settings admin routes, shared by the admin panels and the server. */

import type { ContentTypeSettings } from './content-types';

/** GET /newsroom/settings: what the admin panels need to know of the plugin configuration. */
export interface SettingsResponse {
  data: {
    summary: { maxLength: number; auto: boolean };
    reader: { wordsPerMinute: number };
    /** Whether POST /newsroom/summary/suggest is available. */
    suggest: { available: boolean };
    /** Every configured content type (the built-in article first): the panels show on these edit views only. */
    contentTypes: ContentTypeSettings[];
  };
}

/** POST /newsroom/summary/suggest: either a body (Strapi blocks, or text/Markdown/HTML) or a stored article. */
export interface SuggestSummaryRequest {
  body?: unknown;
  documentId?: string;
  locale?: string;
  /** With `body` only: the article's title as the form holds it; sentences that share its terms rank higher. With `documentId`, the draft's title is used. */
  title?: string;
}

export interface SuggestSummaryResponse {
  data: {
    summary: string;
    /** The sentences the summary was built from, in body order; `index` is the sentence's position in the body (0: the first). */
    sentences: Array<{ text: string; score: number; index: number }>;
  };
}

/** GET /newsroom/articles/:documentId/summary-status?locale=: what the stale-summary warning compares. */
export interface SummaryStatusResponse {
  data: {
    /** The draft's stored summary, the one the fingerprint belongs to; null when there is none. */
    summary: string | null;
    /** Fingerprint of the body when that summary was last edited (server/src/services/summary/fingerprint.ts); null when unknown. */
    bodyFingerprint: string | null;
  };
}
