import * as React from 'react';
import { useDebounce, useFetchClient } from '@strapi/strapi/admin';

import type { LinkCandidate, SearchCandidatesResponse } from '../../../contracts/reading-order';
import { isAbort } from '../utils/requestErrors';

/** Typing pauses this long before the search goes to the server. */
export const SEARCH_DEBOUNCE_MS = 300;
const PAGE_SIZE = 10;

interface CandidatesState {
  items: LinkCandidate[];
  page: number;
  pageCount: number;
  isLoading: boolean;
  failed: boolean;
}

const EMPTY: CandidatesState = { items: [], page: 0, pageCount: 0, isLoading: false, failed: false };

/**
 * Articles the editor can link to, searched by title on the server: same locale,
 * the edited article left out, one page at a time. Searches only while `enabled`
 * (the picker is open).
 */
export const useLinkCandidates = ({
  locale,
  exclude,
  query,
  enabled,
}: {
  locale?: string;
  exclude: string;
  query: string;
  enabled: boolean;
}) => {
  const { get } = useFetchClient();
  const debouncedQuery = useDebounce(query.trim(), SEARCH_DEBOUNCE_MS);
  const [state, setState] = React.useState<CandidatesState>(EMPTY);
  // The page belongs to one search: a new search starts over at the first page.
  const search = JSON.stringify([locale, exclude, debouncedQuery]);
  const [paging, setPaging] = React.useState({ search, page: 1 });
  const page = paging.search === search ? paging.page : 1;

  React.useEffect(() => {
    if (!enabled) return undefined;
    let current = true;
    setState((previous) => ({ ...(page === 1 ? EMPTY : previous), isLoading: true, failed: false }));
    get<SearchCandidatesResponse>('/newsroom/articles/search', {
      params: { locale, q: debouncedQuery, exclude, page, pageSize: PAGE_SIZE },
    })
      .then(({ data }) => {
        if (!current) return;
        setState((previous) => ({
          items: page === 1 ? data.data : [...previous.items, ...data.data],
          page: data.meta.pagination.page,
          pageCount: data.meta.pagination.pageCount,
          isLoading: false,
          failed: false,
        }));
      })
      .catch((error) => {
        if (current && !isAbort(error)) setState((previous) => ({ ...previous, isLoading: false, failed: true }));
      });
    return () => {
      current = false;
    };
  }, [get, enabled, locale, exclude, debouncedQuery, page]);

  const hasMore = state.page < state.pageCount;
  const loadMore = React.useCallback(() => {
    if (hasMore && !state.isLoading) setPaging({ search, page: state.page + 1 });
  }, [hasMore, state.isLoading, state.page, search]);

  return { candidates: state.items, isLoading: state.isLoading, failed: state.failed, hasMore, loadMore };
};
