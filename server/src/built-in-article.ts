import { BUILT_IN_ARTICLE_UID } from '../../contracts/content-types';

/**
 * `builtInArticle: false` (sites that map their own article type): the plugin's own
 * `plugin::newsroom.article` is then not registered with Strapi at all, so no
 * Content Manager entry, no `/api/newsroom/articles` routes, no GraphQL type and no
 * users-permissions actions. Its tables and rows stay (registry/persisted-tables.ts),
 * so turning it back on finds every article, link and series as it was.
 */

/** The name the Content Manager and the Reading order page show when no served type is called the same. */
export const BUILT_IN_DISPLAY_NAME = 'Article';
/** Its name when a site's own served type is also called "Article": two entries of one name cannot be told apart. */
export const BUILT_IN_DISTINCT_DISPLAY_NAME = 'Newsroom article';

interface PluginParts {
  contentTypes: Record<string, unknown>;
  controllers: Record<string, unknown>;
  services: Record<string, unknown>;
}

/** The key of the built-in type in each part of the plugin (its content type, core controller and core service). */
const KEY = BUILT_IN_ARTICLE_UID.slice('plugin::newsroom.'.length);

/**
 * Adds or leaves out the built-in type's parts. Strapi reads a plugin's content types,
 * controllers and services right after validating its configuration, and offers no
 * hook in between, so the configuration validator calls this (server/src/index.ts).
 * It sets every part each time, so a Strapi restarted in the same process with the
 * other setting gets the other set.
 */
export const includeBuiltInArticle = (plugin: PluginParts, parts: Record<keyof PluginParts, unknown>, include: boolean) => {
  for (const part of ['contentTypes', 'controllers', 'services'] as const) {
    if (include) plugin[part][KEY] = parts[part];
    else delete plugin[part][KEY];
  }
};

/** The built-in type's name: "Article", unless a served type of the site already bears it. */
export const builtInDisplayName = (otherServedNames: string[]): string =>
  otherServedNames.some((name) => name.trim().toLowerCase() === BUILT_IN_DISPLAY_NAME.toLowerCase())
    ? BUILT_IN_DISTINCT_DISPLAY_NAME
    : BUILT_IN_DISPLAY_NAME;
