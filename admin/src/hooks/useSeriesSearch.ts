import { useDebounce } from '@strapi/strapi/admin';

import { useSearchNewsroomSeriesQuery } from '../services/series';
import { SEARCH_DEBOUNCE_MS } from './useLinkCandidates';
import { useSearchPaging } from './useSearchPaging';

/** Series asked for at a time; scrolling to the end of the list asks for the next ones. */
const PAGE_SIZE = 20;

/**
 * The series of a type and locale a picker offers, by title, searched on the server
 * as the editor types (after a pause) and one page at a time. Searches only while
 * `enabled` (the picker is open).
 */
export const useSeriesSearch = ({ type, locale, query, enabled }: { type: string; locale?: string; query: string; enabled: boolean }) => {
  const q = useDebounce(query.trim(), SEARCH_DEBOUNCE_MS);
  const { page, more } = useSearchPaging(JSON.stringify([type, locale, q]));
  const { currentData, isFetching, isError } = useSearchNewsroomSeriesQuery(
    { type, locale, q, page, pageSize: PAGE_SIZE },
    { skip: !enabled }
  );
  return { series: currentData?.results ?? [], isLoading: isFetching, failed: isError, ...more(currentData?.pagination, isFetching) };
};
