import { BUILT_IN_ARTICLE_UID } from '../../contracts/content-types';

/** The plugin id, as in `plugin::newsroom.*` and `strapi.plugin('newsroom')`. */
export const PLUGIN_ID = 'newsroom';

/** The plugin's own article content type (its core routes and services; every served type is in the `types` service). */
export const ARTICLE_UID = BUILT_IN_ARTICLE_UID;

/** The plugin's series content type (issue: series and scoped orders). */
export const SERIES_UID = 'plugin::newsroom.series';

/** The table the plugin owns for series membership (series, locale, status, article, position). */
export const SERIES_MEMBERS_TABLE = 'newsroom_series_articles';
