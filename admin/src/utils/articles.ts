/** The content type the panels belong to. */
export const ARTICLE_UID = 'plugin::newsroom.article';

/** Where the Content Manager edits an article in one locale. */
export const articleEditPath = (documentId: string, locale: string) =>
  `/content-manager/collection-types/${ARTICLE_UID}/${documentId}?plugins[i18n][locale]=${encodeURIComponent(locale)}`;
