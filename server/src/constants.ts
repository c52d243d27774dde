/** The plugin id, as in `plugin::newsroom.*` and `strapi.plugin('newsroom')`. */
export const PLUGIN_ID = 'newsroom';

/** The article content type, owner of the reading order. */
export const ARTICLE_UID = 'plugin::newsroom.article' as const;

/**
 * Article attributes only the plugin writes (computed from the body). They are
 * private and not writable in the schema, and stripped from every document-service
 * write, so no client can inject an "automatic" summary, a reading time or the body
 * fingerprint behind the stale-summary warning.
 */
export const SERVER_OWNED_FIELDS = ['autoSummary', 'wordCount', 'summaryBodyFingerprint'] as const;

/** The attributes that carry the reading order, as the content API and Content Manager name them. */
export const LINK_FIELDS = { previous: 'previousArticle', next: 'nextArticle' } as const;
