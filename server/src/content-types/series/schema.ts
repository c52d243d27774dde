const localized = { i18n: { localized: true } };

/**
 * A series: an ordered list of articles of one served type and locale ("Part 3 of
 * 7"), besides their main reading order. Each version (locale, draft or published)
 * holds its list in `articles`, a hidden JSON field of documentIds edited through the
 * admin API: the series' own row carries it through Strapi's export, import and
 * transfer, and Strapi's publish and discard copy it as any field (see
 * services/series/members.ts for the index the reader API looks members up in).
 */
export default {
  kind: 'collectionType',
  collectionName: 'newsroom_series',
  info: {
    singularName: 'series',
    // Strapi needs two different names; "series" is both in English.
    pluralName: 'series-list',
    displayName: 'Series',
    description: 'An ordered list of articles of one type and locale: an investigation in parts, a course, a running story.',
  },
  options: {
    draftAndPublish: true,
  },
  pluginOptions: {
    ...localized,
    'content-manager': { visible: true },
    'content-type-builder': { visible: false },
  },
  attributes: {
    title: { type: 'string', required: true, maxLength: 255, pluginOptions: localized },
    slug: { type: 'uid', targetField: 'title', required: true, maxLength: 255, pluginOptions: localized },
    description: { type: 'text', maxLength: 2000, pluginOptions: localized },
    // The uid of the served type whose articles the series holds; the same in every locale.
    articleType: { type: 'string', required: true, maxLength: 255, pluginOptions: { i18n: { localized: false } } },
    // The version's articles, first first, by documentId. Written by the plugin only (`writable: false`:
    // neither clients nor the Content Manager send it); never shown to clients (`private`).
    articles: { type: 'json', private: true, writable: false, visible: false, configurable: false, pluginOptions: localized },
  },
};
