import type {
  BulkJobResponse,
  BulkJobState,
  LinkByDateDryRunResponse,
  LinkByDateRequest,
  LinkByDateStartedResponse,
} from '../../../contracts/bulk';
import { newsroomApi } from './api';
import { ordersChanged } from './common';

export interface BulkJobArgs {
  jobId: string;
  /** The job's type: its end reloads that type's orders. */
  type: string;
}

/** The states a bulk job ends in. */
export const BULK_JOB_ENDS: ReadonlyArray<BulkJobState> = ['done', 'failed', 'cancelled'];

/** Linking by publication date: a dry run, then a job the page follows until it ends. */
const bulkApi = newsroomApi.injectEndpoints({
  endpoints: (build) => ({
    /** A dry run answers the changes and a sample; otherwise the started job's id. */
    linkNewsroomByDate: build.mutation<LinkByDateDryRunResponse['data'] | LinkByDateStartedResponse['data'], LinkByDateRequest>({
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
          if (BULK_JOB_ENDS.includes(data.state)) dispatch(newsroomApi.util.invalidateTags([...ordersChanged(type)]));
        } catch {
          // A failed poll changes nothing; the page shows the last state it had.
        }
      },
    }),

    cancelNewsroomBulkJob: build.mutation<BulkJobResponse['data'], string>({
      query: (jobId) => ({ url: `/newsroom/bulk/${encodeURIComponent(jobId)}/cancel`, method: 'POST' }),
      transformResponse: (response: BulkJobResponse) => response.data,
    }),
  }),
});

export const { useLinkNewsroomByDateMutation, useGetNewsroomBulkJobQuery, useCancelNewsroomBulkJobMutation } = bulkApi;
