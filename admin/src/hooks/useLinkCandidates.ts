import { useDebounce } from '@strapi/strapi/admin';

import { useSearchNewsroomLinkCandidatesQuery } from '../services/articles';
import { useSearchPaging } from './useSearchPaging';

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
  const { page, more } = useSearchPaging(JSON.stringify([type, locale, exclude, q]));
  const { currentData, isFetching, isError } = useSearchNewsroomLinkCandidatesQuery(
    { type, locale, q, exclude, page, pageSize: PAGE_SIZE },
    { skip: !enabled }
  );
  return {
    candidates: currentData?.candidates ?? [],
    isLoading: isFetching,
    failed: isError,
    ...more(currentData?.pagination, isFetching),
  };
};
