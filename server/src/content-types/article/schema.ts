import { BUILT_IN_DISPLAY_NAME } from '../../built-in-article';
import { DEFAULT_CONFIG } from '../../config/defaults';

const localized = { i18n: { localized: true } };
/**
 * Fields the plugin computes: per locale, and `visible: false` on the attribute so the
 * Content Manager neither shows nor sends them (a plugin option does not hide a field).
 */
const computed = { type: 'text', private: true, writable: false, visible: false, configurable: false, pluginOptions: localized } as const;

/**
 * The article. `previousArticle` owns the link (`inversedBy`), `nextArticle` is its
 * mirror (`mappedBy`), so A.next = B exactly when B.previous = A. Both stay visible
 * in the Content Manager: hiding them makes Strapi drop them on publish (strapi/strapi#23039).
 */
export default {
  kind: 'collectionType',
  collectionName: 'newsroom_articles',
  info: {
    singularName: 'article',
    pluralName: 'articles',
    // "Newsroom article" when a served type of the site is also called "Article" (registry/index.ts).
    displayName: BUILT_IN_DISPLAY_NAME,
    description: 'A news story or blog post with a summary and a place in the reading order.',
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
    // 255: the column is a VARCHAR(255) on PostgreSQL and MySQL; longer fails there with a database error.
    title: { type: 'string', required: true, maxLength: 255, pluginOptions: localized },
    slug: { type: 'uid', targetField: 'title', required: true, maxLength: 255, pluginOptions: localized },
    // The configured limit replaces this default at register time (see register.ts).
    summary: { type: 'text', maxLength: DEFAULT_CONFIG.summary.maxLength, pluginOptions: localized },
    body: { type: 'blocks', pluginOptions: localized },
    // Optional key points, one a line; readers asking for key points get the article's own sentences without them.
    keyPoints: { type: 'text', pluginOptions: localized },
    cover: {
      type: 'media',
      multiple: false,
      required: false,
      allowedTypes: ['images'],
      pluginOptions: localized,
    },
    previousArticle: {
      type: 'relation',
      relation: 'oneToOne',
      target: 'plugin::newsroom.article',
      inversedBy: 'nextArticle',
      pluginOptions: localized,
    },
    // Written by the plugin when the body changes, so reads stay cheap; never sent to
    // clients, never written by them (`writable: false`; see middlewares/article-input.ts).
    autoSummary: { ...computed },
    wordCount: { ...computed, type: 'integer' },
    // Fingerprint of the body when the summary was last edited (services/summary/fingerprint.ts): the
    // Summary panel compares it with the body being edited to warn that the summary may be stale.
    summaryBodyFingerprint: { ...computed },
    nextArticle: {
      type: 'relation',
      relation: 'oneToOne',
      target: 'plugin::newsroom.article',
      mappedBy: 'previousArticle',
      pluginOptions: localized,
    },
  },
};
