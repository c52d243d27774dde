/** The plugin id, as in `plugin::newsroom.*` and `strapi.plugin('newsroom')`. */
export const PLUGIN_ID = 'newsroom';

/** The article content type, owner of the reading order. */
export const ARTICLE_UID = 'plugin::newsroom.article' as const;
