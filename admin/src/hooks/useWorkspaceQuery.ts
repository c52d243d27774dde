import { useQueryParams } from '@strapi/strapi/admin';

/** The tabs of the Reading order page. */
export const WORKSPACE_TABS = ['orders', 'series', 'tools'] as const;
export type WorkspaceTab = (typeof WORKSPACE_TABS)[number];

/** Rows a page of a list shows unless the editor picks another size. */
export const DEFAULT_PAGE_SIZE = 10;

/** What the page's address says: a link may name any of these, and the page keeps them there as the editor works. */
interface WorkspaceQuery {
  type?: string;
  locale?: string;
  tab?: string;
  /** The open series. */
  series?: string;
  /** An article of the open reading order. */
  order?: string;
  /** The page of the open tab's list (the admin's pagination writes both). */
  page?: string;
  pageSize?: string;
}

const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);

const whole = (value: unknown, fallback: number) => {
  const number = Number(value);
  return Number.isInteger(number) && number >= 1 ? number : fallback;
};

/** The tab a link opens: the one it names, else Series when it names a series (its edit view links so), else the reading orders. */
export const tabOf = ({ tab, series }: Pick<WorkspaceQuery, 'tab' | 'series'>): WorkspaceTab =>
  WORKSPACE_TABS.find((known) => known === tab) ?? (text(series) ? 'series' : 'orders');

/**
 * The Reading order page's state, kept in its address (`?type=&locale=&tab=&series=&order=&page=&pageSize=`):
 * a link opens the page as it was, and each tab can unmount without losing what is open.
 */
export const useWorkspaceQuery = () => {
  const [{ query }, setQuery] = useQueryParams<WorkspaceQuery>();
  return {
    type: text(query.type),
    locale: text(query.locale),
    tab: tabOf(query),
    series: text(query.series),
    order: text(query.order),
    page: whole(query.page, 1),
    pageSize: whole(query.pageSize, DEFAULT_PAGE_SIZE),
    /** Another type or locale is another workspace: nothing open, the first page. */
    choose: (next: { type: string } | { locale: string }) => setQuery({ ...next, series: undefined, order: undefined, page: undefined }),
    /** Each tab has its list: the new one starts on its first page. */
    showTab: (tab: WorkspaceTab) => setQuery({ tab, page: undefined }),
    /** A new search starts again from the first page. */
    firstPage: () => setQuery({ page: undefined }, 'push', true),
    /** `replace` when the same reading order is known by another article after a save. */
    openOrder: (documentId: string | undefined, replace = false) => setQuery({ order: documentId }, 'push', replace),
    openSeries: (documentId: string | undefined) => setQuery({ tab: 'series', series: documentId }),
  };
};
