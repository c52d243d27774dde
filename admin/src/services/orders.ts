import type { OrderDetailResponse, OrdersOverviewResponse, ReorderRequest, ReorderResponse } from '../../../contracts/orders';
import { newsroomApi } from './api';
import { ordersChanged, type DocumentArgs, type PageArgs } from './common';

/** One reading order, named by one of its articles. */
export type OrderArgs = DocumentArgs;

export interface ReorderArgs extends OrderArgs {
  change: ReorderRequest;
}

/** The Orders tab of the Reading order page: every reading order of a type and locale, one opened, its new sequence saved. */
const ordersApi = newsroomApi.injectEndpoints({
  endpoints: (build) => ({
    getNewsroomOrders: build.query<OrdersOverviewResponse, PageArgs>({
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
      invalidatesTags: (_result, _error, { type }) => [...ordersChanged(type)],
    }),
  }),
});

export const { useGetNewsroomOrdersQuery, useGetNewsroomOrderQuery, useLazyGetNewsroomOrderQuery, useReorderNewsroomOrderMutation } =
  ordersApi;
