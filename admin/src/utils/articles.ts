import type { ContentTypeSettings } from '../../../contracts/content-types';

/** Where the Content Manager edits a document of a configured type; a localized type's in one locale. */
export const articleEditPath = (
  { uid, localized }: Pick<ContentTypeSettings, 'uid' | 'localized'>,
  documentId: string,
  locale: string | null
) => {
  const path = `/content-manager/collection-types/${uid}/${documentId}`;
  return localized && locale ? `${path}?plugins[i18n][locale]=${encodeURIComponent(locale)}` : path;
};
