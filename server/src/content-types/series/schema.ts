const localized = { i18n: { localized: true } };

/**
 * A series: an ordered list of articles of one served type and locale ("Part 3 of
 * 7"), besides their main reading order. Its articles are not relation fields: they
 * live in the plugin's own table `newsroom_series_articles` (one row per series,
 * locale, draft or published, article and position), edited through the admin API.
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
  },
};
