import type { ArticleStatus } from '../../../contracts/reading-order';
import {
  SERIES_UID,
  type ArticleSeriesResponse,
  type SeriesArticlesQuery,
  type SeriesArticlesResponse,
  type SetSeriesArticlesRequest,
} from '../../../contracts/series';
import { newsroomApi } from './api';
import { documentPath, documentTag, growingSearch, listTag, type DocumentArgs, type PageArgs, type WorkspaceArgs } from './common';

/** Series are created, listed and published through the Content Manager's API, with its permissions. */
const SERIES_PATH = `/content-manager/collection-types/${SERIES_UID}`;

/** One series' draft membership in a locale (the default one when left out). */
export type SeriesArgs = SeriesArticlesQuery & { documentId: string };

export interface SetSeriesArticlesArgs extends SeriesArgs {
  articles: SetSeriesArticlesRequest['articles'];
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

/** The Content Manager's list of the series holding articles of `type` in a locale, by title, searched with `q`. */
const seriesListRequest = ({ type, locale, page, pageSize, q }: PageArgs) => ({
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

/** What a change of one series reloads: every series list, and the Content Manager's view of the series and its list. */
const seriesChanged = (documentId: string) => ['NewsroomSeries' as const, documentTag(SERIES_UID, documentId), listTag(SERIES_UID)];

/** Series: an article's series (edit-view panel), a series' draft list, and the series of a type (Reading order page). */
const seriesApi = newsroomApi.injectEndpoints({
  endpoints: (build) => ({
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
      providesTags: ['NewsroomSeries', listTag(SERIES_UID)],
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
      invalidatesTags: (_result, _error, { documentId }) => seriesChanged(documentId),
    }),

    listNewsroomSeries: build.query<SeriesListPage, PageArgs>({
      query: seriesListRequest,
      providesTags: ['NewsroomSeries', listTag(SERIES_UID)],
    }),

    /** The same list for a picker: one cache entry a search, growing page by page as the editor scrolls. */
    searchNewsroomSeries: build.query<SeriesListPage, PageArgs>({
      query: seriesListRequest,
      ...growingSearch('results'),
      providesTags: ['NewsroomSeries', listTag(SERIES_UID)],
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
      invalidatesTags: ['NewsroomSeries', listTag(SERIES_UID)],
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
      invalidatesTags: (_result, _error, { documentId }) => seriesChanged(documentId),
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
} = seriesApi;
