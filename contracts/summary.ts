/**
 * Shapes of the summary and settings admin routes, shared by the admin panels and
 * the server: inferred from the routes' schemas (`schemas/summary.ts`).
 */
import type { z } from 'zod';

import type {
  readerSummaryQuery,
  settingsResponse,
  suggestSummaryBody,
  suggestSummaryResponse,
  summaryFormat,
  summaryLength,
  summaryStatusResponse,
} from './schemas/summary';

/** GET /newsroom/settings: what the admin panels need to know of the plugin configuration. */
export type SettingsResponse = z.infer<typeof settingsResponse>;
/** POST /newsroom/summary/suggest: either a body (Strapi blocks, or text/Markdown/HTML) or a stored article. */
export type SuggestSummaryRequest = z.infer<typeof suggestSummaryBody>;
export type SuggestSummaryResponse = z.infer<typeof suggestSummaryResponse>;
/** GET /newsroom/articles/:documentId/summary-status?type=&locale=: what the stale-summary warning compares. */
export type SummaryStatusResponse = z.infer<typeof summaryStatusResponse>;

/** `?format=` of the reader summary route: `paragraph` (the default) or `keypoints`. */
export type SummaryFormat = z.infer<typeof summaryFormat>;
/** `?length=`: `short`, `medium` or `long`; the default is picked from the article's word count. */
export type SummaryLength = z.infer<typeof summaryLength>;
/** `?type=&locale=&format=&length=` of GET /api/newsroom/articles/:slugOrDocumentId/summary, as a client sends it. */
export type ReaderSummaryQuery = Partial<z.output<z.ZodObject<typeof readerSummaryQuery>>>;
