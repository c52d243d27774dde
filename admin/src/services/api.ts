import { adminApi } from '@strapi/strapi/admin';

/**
 * The admin's RTK Query api with the plugin's tags; each area injects its endpoints
 * in a file of its own. Besides its own tags, the plugin uses two of the Content
 * Manager's: its queries of a document provide `Document` (`<uid>_<documentId>`), so
 * saving or publishing the document in the Content Manager reloads them, and a link
 * change invalidates `Document` and `Relations`, so the Content Manager reloads the
 * relation fields the change touched.
 */
export const newsroomApi = adminApi.enhanceEndpoints({
  addTagTypes: [
    'NewsroomReadingOrder',
    'NewsroomLinkCandidates',
    'NewsroomOrders',
    'NewsroomCheck',
    'NewsroomSeries',
    'Document',
    'Relations',
  ],
});
