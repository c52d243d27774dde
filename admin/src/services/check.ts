import type { CheckResponse, RepairRequest, RepairResponse } from '../../../contracts/reading-order-check';
import { newsroomApi } from './api';
import { ordersChanged, type WorkspaceArgs } from './common';

/** Check and repair: the damaged links and series lists of a type and locale, and their repair. */
const checkApi = newsroomApi.injectEndpoints({
  endpoints: (build) => ({
    checkNewsroomOrders: build.query<CheckResponse['data'], WorkspaceArgs>({
      query: ({ type, locale }) => ({ url: '/newsroom/check', config: { params: { type, locale } } }),
      transformResponse: (response: CheckResponse) => response.data,
      providesTags: ['NewsroomCheck'],
    }),

    /** A dry run changes nothing and reloads nothing. */
    repairNewsroomOrders: build.mutation<RepairResponse['data'], RepairRequest>({
      query: (request) => ({ url: '/newsroom/repair', method: 'POST', data: request }),
      transformResponse: (response: RepairResponse) => response.data,
      invalidatesTags: (result, _error, { type }) => (result && !result.dryRun && type ? [...ordersChanged(type)] : []),
    }),
  }),
});

export const { useLazyCheckNewsroomOrdersQuery, useRepairNewsroomOrdersMutation } = checkApi;
