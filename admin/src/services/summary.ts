import type { SuggestSummaryRequest, SuggestSummaryResponse, SummaryStatusResponse } from '../../../contracts/summary';
import { newsroomApi } from './api';
import { documentPath, documentTag, type DocumentArgs } from './common';

export interface SuggestSummaryArgs {
  type: string;
  request: SuggestSummaryRequest;
}

/** The Summary panel of an article's edit view. */
const summaryApi = newsroomApi.injectEndpoints({
  endpoints: (build) => ({
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
  }),
});

export const { useGetNewsroomSummaryStatusQuery, useSuggestNewsroomSummaryMutation } = summaryApi;
