import { Pagination } from '@strapi/strapi/admin';

import { DEFAULT_PAGE_SIZE } from '../../hooks/useWorkspaceQuery';

/**
 * The admin's pagination under a list of the Reading order page: the page and the page
 * size live in the address (`page`, `pageSize`), which the tab reads its list with.
 * Nothing for a list that fits on one page of the smallest size.
 */
export const ListPagination = ({ pageCount, total }: { pageCount: number; total: number }) =>
  pageCount > 1 || total > DEFAULT_PAGE_SIZE ? (
    <Pagination.Root pageCount={pageCount} total={total} defaultPageSize={DEFAULT_PAGE_SIZE}>
      <Pagination.PageSize />
      <Pagination.Links />
    </Pagination.Root>
  ) : null;
