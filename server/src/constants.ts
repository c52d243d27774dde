import { BUILT_IN_ARTICLE_UID } from '../../contracts/content-types';
import { SERIES_UID as SERIES_CONTENT_TYPE } from '../../contracts/series';

/** The plugin id, as in `plugin::newsroom.*` and `strapi.plugin('newsroom')`. */
export const PLUGIN_ID = 'newsroom';

/** The plugin's own article content type (its core routes and services; every served type is in the `types` service). */
export const ARTICLE_UID = BUILT_IN_ARTICLE_UID;

/** The plugin's series content type. */
export const SERIES_UID = SERIES_CONTENT_TYPE;

/** The table the plugin owns for series membership (series, locale, status, article, position). */
export const SERIES_MEMBERS_TABLE = 'newsroom_series_articles';
