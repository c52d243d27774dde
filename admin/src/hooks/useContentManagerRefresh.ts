import * as React from 'react';
import { adminApi } from '@strapi/strapi/admin';

import { ARTICLE_UID } from '../utils/articles';

/**
 * The Content Manager keeps documents and relation fields in the admin's RTK Query
 * cache. A link changed by a panel leaves that cache stale: the form's
 * previous/next fields would go on showing the old articles. Strapi lets plugins
 * reach that cache only through endpoints injected into `adminApi`, so this
 * endpoint makes no request; it only invalidates the tags the Content Manager's
 * queries provide.
 */
const readingOrderApi = adminApi.enhanceEndpoints({ addTagTypes: ['Relations', 'Document'] }).injectEndpoints({
  endpoints: (build) => ({
    newsroomReadingOrderChanged: build.mutation<null, { documentIds: string[] }>({
      queryFn: () => ({ data: null }),
      invalidatesTags: (_result, _error, { documentIds }) => [
        'Relations',
        ...documentIds.map((documentId) => ({ type: 'Document' as const, id: `${ARTICLE_UID}_${documentId}` })),
      ],
    }),
  }),
  overrideExisting: false,
});

/**
 * Tells the Content Manager that these articles' links changed: relation fields
 * reload, and so do the cached documents named. Only name the edited document
 * when its form has no unsaved change: reloading it resets the form to the
 * stored values.
 */
export const useContentManagerRefresh = () => {
  const [invalidate] = readingOrderApi.useNewsroomReadingOrderChangedMutation();
  return React.useCallback(
    (documentIds: string[]) => {
      void invalidate({ documentIds: [...new Set(documentIds)] });
    },
    [invalidate]
  );
};
