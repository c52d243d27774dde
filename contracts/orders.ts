/**
 * Request and response shapes of the reading-order workspace routes
 * (`GET /newsroom/orders`, `GET /newsroom/orders/:documentId`,
 * `PUT /newsroom/orders/:documentId`, `POST /newsroom/orders/:documentId/move`), shared by the admin page and the server:
 * inferred from the routes' schemas (`schemas/orders.ts`).
 *
 * A chain is one reading order as editors see it: the articles linked by their
 * draft links, from the one with no previous to the one with no next. Every answer
 * shows only the articles the admin may read; `hidden` says how many were left out.
 */
import type { z } from 'zod';

import type {
  orderArticle,
  orderDetailResponse,
  ordersOverviewResponse,
  ordersPagination,
  ordersQuery,
  orderSummary,
  moveBody,
  orderDetailQuery,
  moveResponse,
  reorderBody,
  reorderResponse,
} from './schemas/orders';

export type OrderArticle = z.infer<typeof orderArticle>;
/** One chain in the overview: its ends, not every article. */
export type OrderSummary = z.infer<typeof orderSummary>;
export type OrdersPagination = z.infer<typeof ordersPagination>;

/** GET /newsroom/orders?type=&locale=&page=&pageSize=&q= (the query with its defaults) */
export type OrdersQuery = z.output<z.ZodObject<typeof ordersQuery>>;
export type OrdersOverviewResponse = z.infer<typeof ordersOverviewResponse>;

/** GET /newsroom/orders/:documentId?type=&locale=&offset=&limit= (the query with its defaults) */
export type OrderDetailQuery = z.output<z.ZodObject<typeof orderDetailQuery>>;
/** GET /newsroom/orders/:documentId: the chain holding the article in draft order, whole or a window of it. */
export type OrderDetailResponse = z.infer<typeof orderDetailResponse>;

/** PUT /newsroom/orders/:documentId?type=&locale= */
export type ReorderRequest = z.infer<typeof reorderBody>;
/** `published`: readers see the new order at once; `draft`: only the draft links change. */
export type ApplyTo = ReorderRequest['apply'];
export type ReorderResponse = z.infer<typeof reorderResponse>;

/** POST /newsroom/orders/:documentId/move?type=&locale=: one article to a position of the chain, without sending the chain. */
export type MoveRequest = z.infer<typeof moveBody>;
export type MoveResponse = z.infer<typeof moveResponse>;
