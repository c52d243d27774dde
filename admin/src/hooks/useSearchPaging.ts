import * as React from 'react';

interface Pagination {
  page: number;
  pageCount: number;
}

/**
 * Paging of a picker's search whose results grow as the editor scrolls (the API
 * merges the pages into one cache entry a search): the page to ask for, back to the
 * first whenever `search` (every argument but the page) changes, and, given what came
 * back, whether there is more and how to load it.
 */
export const useSearchPaging = (search: string) => {
  const [paging, setPaging] = React.useState({ search, page: 1 });
  const page = paging.search === search ? paging.page : 1;
  const more = (pagination: Pagination | undefined, isFetching: boolean) => {
    const loaded = pagination?.page ?? 0;
    const hasMore = loaded < (pagination?.pageCount ?? 0);
    const loadMore = () => {
      if (hasMore && !isFetching) setPaging({ search, page: loaded + 1 });
    };
    return { hasMore, loadMore };
  };
  return { page, more };
};
