import * as React from 'react';
import { useDebounce } from '@strapi/strapi/admin';

import { useSearchNewsroomLinkCandidatesQuery } from '../services/api';

/** Typing pauses this long before the search goes to the server. */
export const SEARCH_DEBOUNCE_MS = 300;
const PAGE_SIZE = 10;

/**
 * Documents the editor can link to, searched by title on the server: same type and
 * locale, the edited document left out, one page at a time. Searches only while
 * `enabled` (the picker is open).
 */
export const useLinkCandidates = ({
  type,
  locale,
  exclude,
  query,
  enabled,
}: {
  type: string;
  locale?: string;
  exclude: string;
  query: string;
  enabled: boolean;
}) => {
  const q = useDebounce(query.trim(), SEARCH_DEBOUNCE_MS);
  // The page belongs to one search: a new search starts over at the first page.
  const search = JSON.stringify([type, locale, exclude, q]);
  const [paging, setPaging] = React.useState({ search, page: 1 });
  const page = paging.search === search ? paging.page : 1;
  const { currentData, isFetching, isError } = useSearchNewsroomLinkCandidatesQuery(
    { type, locale, q, exclude, page, pageSize: PAGE_SIZE },
    { skip: !enabled }
  );

  const loaded = currentData?.pagination.page ?? 0;
  const hasMore = loaded < (currentData?.pagination.pageCount ?? 0);
  const loadMore = React.useCallback(() => {
    if (hasMore && !isFetching) setPaging({ search, page: loaded + 1 });
  }, [hasMore, isFetching, loaded, search]);

  return { candidates: currentData?.candidates ?? [], isLoading: isFetching, failed: isError, hasMore, loadMore };
};
