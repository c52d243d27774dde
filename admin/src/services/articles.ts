import type {
  CandidatesQuery,
  GetReadingOrderResponse,
  NeighborhoodQuery,
  LinkCandidate,
  Neighborhood,
  SearchCandidatesResponse,
  UpdateLinksRequest,
  UpdateLinksResponse,
} from '../../../contracts/reading-order';
import { newsroomApi } from './api';
import { documentPath, documentTag, growingSearch, listTag, type DocumentArgs, type WorkspaceArgs } from './common';

export type ReadingOrderArgs = DocumentArgs & Pick<NeighborhoodQuery, 'before' | 'after'>;

/** A search of the articles an edited one may link to (`exclude`: the edited one, never offered). */
export type CandidateSearch = WorkspaceArgs & Pick<CandidatesQuery, 'q' | 'exclude' | 'page' | 'pageSize'>;

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

/** The Reading order panel of an article's edit view: its neighbors, the articles it may link to, and its link changes. */
const articlesApi = newsroomApi.injectEndpoints({
  endpoints: (build) => ({
    getNewsroomReadingOrder: build.query<Neighborhood, ReadingOrderArgs>({
      query: ({ type, documentId, locale, before, after }) => ({
        url: documentPath(documentId, 'reading-order'),
        config: { params: { type, locale, before, after } },
      }),
      transformResponse: (response: GetReadingOrderResponse) => response.data,
      // From the arguments, not the result: a failed load (no draft in this locale yet) is retried after a save too.
      providesTags: (_result, _error, { type, documentId }) => [{ type: 'NewsroomReadingOrder', id: type }, documentTag(type, documentId)],
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
      ...growingSearch('candidates'),
      providesTags: (_result, _error, { type }) => [{ type: 'NewsroomLinkCandidates', id: type }, listTag(type)],
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
  }),
});

export const { useGetNewsroomReadingOrderQuery, useSearchNewsroomLinkCandidatesQuery, useUpdateNewsroomLinksMutation } = articlesApi;
