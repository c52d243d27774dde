import { adminApi } from '@strapi/strapi/admin';

import type {
  ArticleStatus,
  GetReadingOrderResponse,
  LinkCandidate,
  Neighborhood,
  SearchCandidatesResponse,
  UpdateLinksRequest,
  UpdateLinksResponse,
} from '../../../contracts/reading-order';
import type {
  LinkByDateDryRunResponse,
  LinkByDateRequest,
  LinkByDateStartedResponse,
  BulkJobResponse,
  BulkJobState,
} from '../../../contracts/bulk';
import type {
  OrderDetailResponse,
  OrdersOverviewResponse,
  ReorderRequest,
  ReorderResponse,
} from '../../../contracts/orders';
import type { CheckResponse, RepairRequest, RepairResponse } from '../../../contracts/reading-order-check';
import {
  SERIES_UID,
  type ArticleSeriesResponse,
  type SeriesArticlesResponse,
  type SetSeriesArticlesRequest,
} from '../../../contracts/series';
import type {
  SettingsResponse,
  SuggestSummaryRequest,
  SuggestSummaryResponse,
  SummaryStatusResponse,
} from '../../../contracts/summary';

/**
 * Every request of the panels, declared once on the admin's RTK Query api the way
 * Strapi's own plugins do. Besides its own tags, the plugin uses two of the Content
 * Manager's: its queries of a document provide `Document` (`<uid>_<documentId>`), so
 * saving or publishing the document in the Content Manager reloads them, and a link
 * change invalidates `Document` and `Relations`, so the Content Manager reloads the
 * relation fields the change touched.
 */
const newsroomApi = adminApi.enhanceEndpoints({
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

/** One document of a configured content type; `locale` is left out for a type without i18n. */
export interface DocumentArgs {
  type: string;
  documentId: string;
  locale?: string;
}

export interface ReadingOrderArgs extends DocumentArgs {
  before: number;
  after: number;
}

export interface CandidateSearch {
  type: string;
  locale?: string;
  q: string;
  /** The edited document, never offered. */
  exclude?: string;
  page: number;
  pageSize: number;
}

/** The candidates of one search, every page loaded so far. */
export interface CandidatePages {
  candidates: LinkCandidate[];
  pagination: SearchCandidatesResponse['meta']['pagination'];
}

export interface UpdateLinksArgs extends DocumentArgs {
  change: Omit<UpdateLinksRequest, 'locale'>;
  /** The document's neighbors before the change: their relation fields change too. */
  formerNeighbors: string[];
  /** Whether the Content Manager may reload the edited document: that resets its form, so only when it has no unsaved change. */
  reloadDocument: boolean;
}

export interface SuggestSummaryArgs {
  type: string;
  request: SuggestSummaryRequest;
}

/** A type and locale of the workspace page; `locale` is left out for a type without i18n. */
export interface WorkspaceArgs {
  type: string;
  locale?: string;
}

export interface OrdersArgs extends WorkspaceArgs {
  page: number;
  pageSize: number;
  q: string;
}

export interface OrderArgs extends WorkspaceArgs {
  documentId: string;
}

export interface ReorderArgs extends OrderArgs {
  change: ReorderRequest;
}

export interface BulkJobArgs {
  jobId: string;
  /** The job's type: its end reloads that type's orders. */
  type: string;
}

/** Series are created, listed and published through the Content Manager's API, with its permissions. */
const SERIES_PATH = `/content-manager/collection-types/${SERIES_UID}`;

/** One series' draft membership in a locale (the default one when left out). */
export interface SeriesArgs {
  documentId: string;
  locale?: string;
}

export interface SetSeriesArticlesArgs extends SeriesArgs {
  articles: SetSeriesArticlesRequest['articles'];
}

/** A page of the series holding articles of `type`, as the Content Manager lists them (with its permissions). */
export interface SeriesListArgs extends WorkspaceArgs {
  page: number;
  pageSize: number;
  q: string;
}

/** One series as the Content Manager's list answers it. */
export interface SeriesListItem {
  documentId: string;
  title: string;
  slug: string;
  description?: string | null;
  locale?: string | null;
  status: ArticleStatus;
}

export interface SeriesListPage {
  results: SeriesListItem[];
  pagination: { page: number; pageSize: number; pageCount: number; total: number };
}

export interface CreateSeriesArgs extends WorkspaceArgs {
  title: string;
  description: string;
}

/** The states a bulk job ends in. */
export const BULK_JOB_ENDS: ReadonlyArray<BulkJobState> = ['done', 'failed', 'cancelled'];

/** One locale of the i18n plugin, as `GET /i18n/locales` lists it. */
export interface I18nLocale {
  code: string;
  name: string;
  isDefault: boolean;
}

/**
 * What a change of the workspace reloads: the overview, the open chain, the check,
 * and the edit-view panels and relation fields of every article of the type (a
 * reorder or a bulk job may touch any of them).
 */
const ORDERS_CHANGED = (type: string) =>
  [
    'NewsroomOrders',
    'NewsroomCheck',
    { type: 'NewsroomReadingOrder', id: type },
    { type: 'NewsroomLinkCandidates', id: type },
    'Relations',
  ] as const;

const documentTag = (type: string, documentId: string) => ({ type: 'Document' as const, id: `${type}_${documentId}` });

const documentPath = (documentId: string, route: string) =>
  `/newsroom/articles/${encodeURIComponent(documentId)}/${route}`;

/** The other documents whose links a change made or broke (the edited one reloads only when `reloadDocument`). */
const touchedDocuments = ({ documentId, formerNeighbors }: UpdateLinksArgs, result: UpdateLinksResponse['data']) => [
  ...new Set(
    [
      ...formerNeighbors,
      result.previous?.documentId,
      result.next?.documentId,
      ...result.detached.flatMap((link) => [link.previous.documentId, link.next.documentId]),
    ].filter((touched): touched is string => Boolean(touched) && touched !== documentId)
  ),
];

/** The Content Manager's list of the series of a type and locale, by title, searched with `q`. */
const seriesListRequest = ({ type, locale, page, pageSize, q }: SeriesListArgs) => ({
  url: SERIES_PATH,
  config: {
    params: {
      page,
      pageSize,
      locale,
      sort: 'title:ASC',
      _q: q || undefined,
      filters: { $and: [{ articleType: { $eq: type } }] },
    },
  },
});

/** A list that grows as the editor scrolls: the next page appended, a document already shown moved to where the new page has it. */
const appendPage = <Item extends { documentId: string }>(loaded: Item[], incoming: Item[]): Item[] => {
  const fresh = new Set(incoming.map((item) => item.documentId));
  return [...loaded.filter((item) => !fresh.has(item.documentId)), ...incoming];
};

const api = newsroomApi.injectEndpoints({
  endpoints: (build) => ({
    getNewsroomSettings: build.query<SettingsResponse['data'], void>({
      query: () => '/newsroom/settings',
      transformResponse: (response: SettingsResponse) => response.data,
    }),

    getNewsroomReadingOrder: build.query<Neighborhood, ReadingOrderArgs>({
      query: ({ type, documentId, locale, before, after }) => ({
        url: documentPath(documentId, 'reading-order'),
        config: { params: { type, locale, before, after } },
      }),
      transformResponse: (response: GetReadingOrderResponse) => response.data,
      // From the arguments, not the result: a failed load (no draft in this locale yet) is retried after a save too.
      providesTags: (_result, _error, { type, documentId }) => [
        { type: 'NewsroomReadingOrder', id: type },
        documentTag(type, documentId),
      ],
    }),

    searchNewsroomLinkCandidates: build.query<CandidatePages, CandidateSearch>({
      query: ({ type, locale, q, exclude, page, pageSize }) => ({
        url: '/newsroom/articles/search',
        config: { params: { type, locale, q, exclude, page, pageSize } },
      }),
      transformResponse: (response: SearchCandidatesResponse) => ({
        candidates: response.data,
        pagination: response.meta.pagination,
      }),
      // One cache entry a search, whatever the page: the list grows as the editor scrolls.
      serializeQueryArgs: ({ queryArgs: { page: _page, ...search } }) => search,
      forceRefetch: ({ currentArg, previousArg }) => currentArg?.page !== previousArg?.page,
      merge: (loaded, incoming, { arg }) =>
        arg.page === 1 ? incoming : { candidates: appendPage(loaded.candidates, incoming.candidates), pagination: incoming.pagination },
      providesTags: (_result, _error, { type }) => [
        { type: 'NewsroomLinkCandidates', id: type },
        { type: 'Document', id: `${type}_LIST` },
      ],
    }),

    /** With `change.dryRun`, only asks what the change would detach: nothing changes, nothing reloads. */
    updateNewsroomLinks: build.mutation<UpdateLinksResponse['data'], UpdateLinksArgs>({
      query: ({ type, documentId, locale, change }) => {
        const data: UpdateLinksRequest = { locale, ...change };
        return { url: documentPath(documentId, 'links'), method: 'PUT', data, config: { params: { type } } };
      },
      transformResponse: (response: UpdateLinksResponse) => response.data,
      invalidatesTags: (result, _error, args) => {
        if (!result || result.dryRun) return [];
        const { type, documentId, reloadDocument } = args;
        return [
          { type: 'NewsroomReadingOrder', id: type },
          { type: 'NewsroomLinkCandidates', id: type },
          'Relations',
          ...touchedDocuments(args, result).map((touched) => documentTag(type, touched)),
          ...(reloadDocument ? [documentTag(type, documentId)] : []),
        ];
      },
    }),

    /** The stale-summary warning compares these; the Content Manager saving the document reloads them. */
    getNewsroomSummaryStatus: build.query<SummaryStatusResponse['data'], DocumentArgs>({
      query: ({ type, documentId, locale }) => ({
        url: documentPath(documentId, 'summary-status'),
        config: { params: { type, locale } },
      }),
      transformResponse: (response: SummaryStatusResponse) => response.data,
      providesTags: (_result, _error, { type, documentId }) => [documentTag(type, documentId)],
    }),

    /** The body goes as the form holds it: the server reads it with the type's body shape. */
    suggestNewsroomSummary: build.mutation<SuggestSummaryResponse['data'], SuggestSummaryArgs>({
      query: ({ type, request }) => ({
        url: '/newsroom/summary/suggest',
        method: 'POST',
        data: request,
        config: { params: { type } },
      }),
      transformResponse: (response: SuggestSummaryResponse) => response.data,
    }),

    /** The locales of the i18n plugin, for the workspace's locale picker. */
    getNewsroomLocales: build.query<I18nLocale[], void>({
      query: () => '/i18n/locales',
    }),

    getNewsroomOrders: build.query<OrdersOverviewResponse, OrdersArgs>({
      query: ({ type, locale, page, pageSize, q }) => ({
        url: '/newsroom/orders',
        config: { params: { type, locale, page, pageSize, q: q || undefined } },
      }),
      providesTags: ['NewsroomOrders'],
    }),

    getNewsroomOrder: build.query<OrderDetailResponse['data'], OrderArgs>({
      query: ({ type, locale, documentId }) => ({
        url: `/newsroom/orders/${encodeURIComponent(documentId)}`,
        config: { params: { type, locale } },
      }),
      transformResponse: (response: OrderDetailResponse) => response.data,
      providesTags: ['NewsroomOrders'],
    }),

    reorderNewsroomOrder: build.mutation<ReorderResponse['data'], ReorderArgs>({
      query: ({ type, locale, documentId, change }) => ({
        url: `/newsroom/orders/${encodeURIComponent(documentId)}`,
        method: 'PUT',
        data: change,
        config: { params: { type, locale } },
      }),
      transformResponse: (response: ReorderResponse) => response.data,
      // A refused change reloads too: the list shows the saved order again.
      invalidatesTags: (_result, _error, { type }) => [...ORDERS_CHANGED(type)],
    }),

    /** A dry run answers the changes and a sample; otherwise the started job's id. */
    linkNewsroomByDate: build.mutation<
      LinkByDateDryRunResponse['data'] | LinkByDateStartedResponse['data'],
      LinkByDateRequest
    >({
      query: (request) => ({ url: '/newsroom/bulk/link-by-date', method: 'POST', data: request }),
      transformResponse: (response: LinkByDateDryRunResponse | LinkByDateStartedResponse) => response.data,
    }),

    /** The page polls it while the job runs; the job's end reloads what it changed (no mutation of ours ends it). */
    getNewsroomBulkJob: build.query<BulkJobResponse['data'], BulkJobArgs>({
      query: ({ jobId }) => `/newsroom/bulk/${encodeURIComponent(jobId)}`,
      transformResponse: (response: BulkJobResponse) => response.data,
      async onQueryStarted({ type }, { dispatch, queryFulfilled }) {
        try {
          const { data } = await queryFulfilled;
          if (BULK_JOB_ENDS.includes(data.state)) dispatch(api.util.invalidateTags([...ORDERS_CHANGED(type)]));
        } catch {
          // A failed poll changes nothing; the page shows the last state it had.
        }
      },
    }),

    cancelNewsroomBulkJob: build.mutation<BulkJobResponse['data'], string>({
      query: (jobId) => ({ url: `/newsroom/bulk/${encodeURIComponent(jobId)}/cancel`, method: 'POST' }),
      transformResponse: (response: BulkJobResponse) => response.data,
    }),

    /** The series an article is in (their draft lists), for the edit view's Series panel. */
    getNewsroomArticleSeries: build.query<ArticleSeriesResponse['data'], DocumentArgs>({
      query: ({ type, documentId, locale }) => ({
        url: documentPath(documentId, 'series'),
        config: { params: { type, locale } },
      }),
      transformResponse: (response: ArticleSeriesResponse) => response.data,
      providesTags: (_result, _error, { type, documentId }) => ['NewsroomSeries', documentTag(type, documentId)],
    }),

    getNewsroomSeriesArticles: build.query<SeriesArticlesResponse['data'], SeriesArgs>({
      query: ({ documentId, locale }) => ({
        url: `/newsroom/series/${encodeURIComponent(documentId)}/articles`,
        config: { params: { locale } },
      }),
      transformResponse: (response: SeriesArticlesResponse) => response.data,
      providesTags: ['NewsroomSeries', { type: 'Document', id: `${SERIES_UID}_LIST` }],
    }),

    /**
     * Makes the series' draft list exactly `articles`. A change makes a published series
     * Modified, so the Content Manager's view of the series and its list reload too.
     */
    setNewsroomSeriesArticles: build.mutation<SeriesArticlesResponse['data'], SetSeriesArticlesArgs>({
      query: ({ documentId, locale, articles }) => {
        const data: SetSeriesArticlesRequest = { articles };
        return {
          url: `/newsroom/series/${encodeURIComponent(documentId)}/articles`,
          method: 'PUT',
          data,
          config: { params: { locale } },
        };
      },
      transformResponse: (response: SeriesArticlesResponse) => response.data,
      // A refused change reloads too: the lists show the saved order again.
      invalidatesTags: (_result, _error, { documentId }) => [
        'NewsroomSeries',
        documentTag(SERIES_UID, documentId),
        { type: 'Document', id: `${SERIES_UID}_LIST` },
      ],
    }),

    listNewsroomSeries: build.query<SeriesListPage, SeriesListArgs>({
      query: seriesListRequest,
      providesTags: ['NewsroomSeries', { type: 'Document', id: `${SERIES_UID}_LIST` }],
    }),

    /** The same list for a picker: one cache entry a search, growing page by page as the editor scrolls. */
    searchNewsroomSeries: build.query<SeriesListPage, SeriesListArgs>({
      query: seriesListRequest,
      serializeQueryArgs: ({ queryArgs: { page: _page, ...search } }) => search,
      forceRefetch: ({ currentArg, previousArg }) => currentArg?.page !== previousArg?.page,
      merge: (loaded, incoming, { arg }) =>
        arg.page === 1 ? incoming : { results: appendPage(loaded.results, incoming.results), pagination: incoming.pagination },
      providesTags: ['NewsroomSeries', { type: 'Document', id: `${SERIES_UID}_LIST` }],
    }),

    /** Creates a draft series of `type` in the locale, its slug made available by the Content Manager from the title. */
    createNewsroomSeries: build.mutation<SeriesListItem, CreateSeriesArgs>({
      async queryFn({ type, locale, title, description }, _api, _extra, baseQuery) {
        const slug = await baseQuery({
          url: '/content-manager/uid/generate',
          method: 'POST',
          data: { contentTypeUID: SERIES_UID, field: 'slug', data: { title } },
          config: { params: { locale } },
        });
        if (slug.error) return { error: slug.error };
        const created = await baseQuery({
          url: SERIES_PATH,
          method: 'POST',
          data: { title, slug: (slug.data as { data: string }).data, description, articleType: type },
          config: { params: { locale } },
        });
        if (created.error) return { error: created.error };
        return { data: (created.data as { data: SeriesListItem }).data };
      },
      invalidatesTags: ['NewsroomSeries', { type: 'Document', id: `${SERIES_UID}_LIST` }],
    }),

    /** Publishes the series' draft (its fields and its list) in the locale through the Content Manager. */
    publishNewsroomSeries: build.mutation<unknown, SeriesArgs>({
      query: ({ documentId, locale }) => ({
        url: `${SERIES_PATH}/${encodeURIComponent(documentId)}/actions/publish`,
        method: 'POST',
        // The Content Manager reads the locale from the body, the way its own edit view sends it.
        data: { locale },
        config: { params: { locale } },
      }),
      invalidatesTags: (_result, _error, { documentId }) => [
        'NewsroomSeries',
        documentTag(SERIES_UID, documentId),
        { type: 'Document', id: `${SERIES_UID}_LIST` },
      ],
    }),

    checkNewsroomOrders: build.query<CheckResponse['data'], WorkspaceArgs>({
      query: ({ type, locale }) => ({ url: '/newsroom/check', config: { params: { type, locale } } }),
      transformResponse: (response: CheckResponse) => response.data,
      providesTags: ['NewsroomCheck'],
    }),

    /** A dry run changes nothing and reloads nothing. */
    repairNewsroomOrders: build.mutation<RepairResponse['data'], RepairRequest>({
      query: (request) => ({ url: '/newsroom/repair', method: 'POST', data: request }),
      transformResponse: (response: RepairResponse) => response.data,
      invalidatesTags: (result, _error, { type }) => (result && !result.dryRun && type ? [...ORDERS_CHANGED(type)] : []),
    }),
  }),
});

export const {
  useGetNewsroomArticleSeriesQuery,
  useGetNewsroomSeriesArticlesQuery,
  useLazyGetNewsroomSeriesArticlesQuery,
  useSetNewsroomSeriesArticlesMutation,
  useListNewsroomSeriesQuery,
  useSearchNewsroomSeriesQuery,
  useCreateNewsroomSeriesMutation,
  usePublishNewsroomSeriesMutation,
  useGetNewsroomLocalesQuery,
  useGetNewsroomOrdersQuery,
  useGetNewsroomOrderQuery,
  useLazyGetNewsroomOrderQuery,
  useReorderNewsroomOrderMutation,
  useLinkNewsroomByDateMutation,
  useGetNewsroomBulkJobQuery,
  useCancelNewsroomBulkJobMutation,
  useLazyCheckNewsroomOrdersQuery,
  useRepairNewsroomOrdersMutation,
  useGetNewsroomSettingsQuery,
  useGetNewsroomReadingOrderQuery,
  useSearchNewsroomLinkCandidatesQuery,
  useUpdateNewsroomLinksMutation,
  useGetNewsroomSummaryStatusQuery,
  useSuggestNewsroomSummaryMutation,
} = api;
