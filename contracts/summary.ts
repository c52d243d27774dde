/** Shapes of the summary and settings admin routes, shared by the admin panels and the server. */

/** GET /newsroom/settings: what the admin panels need to know of the plugin configuration. */
export interface SettingsResponse {
  data: {
    summary: { maxLength: number; auto: boolean };
    reader: { wordsPerMinute: number };
    /** Whether POST /newsroom/summary/suggest is available. */
    suggest: { available: boolean };
  };
}

/** POST /newsroom/summary/suggest: either a body (Strapi blocks, or text/Markdown/HTML) or a stored article. */
export interface SuggestSummaryRequest {
  body?: unknown;
  documentId?: string;
  locale?: string;
}

export interface SuggestSummaryResponse {
  data: {
    summary: string;
    sentences: Array<{ text: string; score: number }>;
  };
}
