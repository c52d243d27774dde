import { z } from 'zod';

import { documentIdParam, documentQuery } from '../../../contracts/schemas/common';
import { bulkJobResponse, linkByDateBody, linkByDateDryRunResponse, linkByDateStartedResponse } from '../../../contracts/schemas/bulk';
import { checkResponse, repairBody, repairResponse } from '../../../contracts/schemas/check';
import {
  moveBody,
  moveResponse,
  orderDetailQuery,
  orderDetailResponse,
  ordersOverviewResponse,
  ordersQuery,
  reorderBody,
  reorderResponse,
} from '../../../contracts/schemas/orders';
import {
  candidatesQuery,
  candidatesResponse,
  neighborhoodQuery,
  neighborhoodResponse,
  typeQuery,
  updateLinksBody,
  updateLinksResponse,
} from '../../../contracts/schemas/reading-order';
import {
  articleSeriesQuery,
  articleSeriesResponse,
  seriesArticlesQuery,
  seriesArticlesResponse,
  setSeriesArticlesBody,
} from '../../../contracts/schemas/series';
import { settingsResponse, suggestSummaryBody, suggestSummaryResponse, summaryStatusResponse } from '../../../contracts/schemas/summary';
import { ACTIONS } from '../permissions';
import type { DescribedRoute } from './described-route';

const requires = (...actions: Array<string | readonly string[]>) => [
  'admin::isAuthenticatedAdmin',
  { name: 'admin::hasPermissions', config: { actions } },
];

const documentParams = { documentId: documentIdParam };

/** A bulk job's id; a malformed one names no job (a 404, as an unknown one). */
const jobParams = { jobId: z.string().describe('A bulk job id (a UUID)') };

/**
 * Routes for the admin panels, under `/newsroom`, with admin auth and RBAC. Each
 * takes `type=<uid>`; the controllers check the Content Manager permissions of that
 * type (with their locale and creator conditions), which a route policy cannot
 * know before the query is read.
 */
export default () => ({
  type: 'admin' as const,
  routes: [
    {
      method: 'GET',
      path: '/settings',
      handler: 'settings.find',
      response: settingsResponse,
      config: { policies: ['admin::isAuthenticatedAdmin'] },
    },
    {
      method: 'POST',
      path: '/summary/suggest',
      handler: 'summary.suggest',
      request: { query: typeQuery, body: { 'application/json': suggestSummaryBody } },
      response: suggestSummaryResponse,
      config: { policies: ['admin::isAuthenticatedAdmin'] },
    },
    {
      method: 'GET',
      path: '/articles/:documentId/summary-status',
      handler: 'summary.status',
      request: { params: documentParams, query: documentQuery },
      response: summaryStatusResponse,
      // Content Manager read, as for the article itself: the warning is about the summary, not the reading order.
      config: { policies: ['admin::isAuthenticatedAdmin'] },
    },
    {
      method: 'GET',
      path: '/articles/search',
      handler: 'reading-order.searchCandidates',
      request: { query: candidatesQuery },
      response: candidatesResponse,
      config: { policies: requires(ACTIONS.readReadingOrder) },
    },
    {
      method: 'GET',
      path: '/articles/:documentId/reading-order',
      handler: 'reading-order.neighborhood',
      request: { params: documentParams, query: neighborhoodQuery },
      response: neighborhoodResponse,
      config: { policies: requires(ACTIONS.readReadingOrder) },
    },
    {
      method: 'PUT',
      path: '/articles/:documentId/links',
      handler: 'reading-order.updateLinks',
      request: { params: documentParams, query: typeQuery, body: { 'application/json': updateLinksBody } },
      response: updateLinksResponse,
      config: { policies: requires(ACTIONS.updateReadingOrder) },
    },
    {
      method: 'GET',
      path: '/orders',
      handler: 'orders.overview',
      request: { query: ordersQuery },
      response: ordersOverviewResponse,
      config: { policies: requires(ACTIONS.readReadingOrder) },
    },
    {
      method: 'GET',
      path: '/orders/:documentId',
      handler: 'orders.detail',
      request: { params: documentParams, query: orderDetailQuery },
      response: orderDetailResponse,
      config: { policies: requires(ACTIONS.readReadingOrder) },
    },
    {
      method: 'PUT',
      path: '/orders/:documentId',
      handler: 'orders.reorder',
      request: { params: documentParams, query: documentQuery, body: { 'application/json': reorderBody } },
      response: reorderResponse,
      config: { policies: requires(ACTIONS.updateReadingOrder) },
    },
    {
      method: 'POST',
      path: '/orders/:documentId/move',
      handler: 'orders.move',
      request: { params: documentParams, query: documentQuery, body: { 'application/json': moveBody } },
      response: moveResponse,
      config: { policies: requires(ACTIONS.updateReadingOrder) },
    },
    {
      method: 'GET',
      path: '/series/:documentId/articles',
      handler: 'series.articles',
      request: { params: documentParams, query: seriesArticlesQuery },
      response: seriesArticlesResponse,
      config: { policies: requires(ACTIONS.readReadingOrder) },
    },
    {
      method: 'PUT',
      path: '/series/:documentId/articles',
      handler: 'series.setArticles',
      request: { params: documentParams, query: seriesArticlesQuery, body: { 'application/json': setSeriesArticlesBody } },
      response: seriesArticlesResponse,
      config: { policies: requires(ACTIONS.updateReadingOrder) },
    },
    {
      method: 'GET',
      path: '/articles/:documentId/series',
      handler: 'series.articleSeries',
      request: { params: documentParams, query: articleSeriesQuery },
      response: articleSeriesResponse,
      config: { policies: requires(ACTIONS.readReadingOrder) },
    },
    {
      method: 'GET',
      path: '/check',
      handler: 'reading-order-check.check',
      request: { query: documentQuery },
      response: checkResponse,
      config: { policies: requires(ACTIONS.readReadingOrder) },
    },
    {
      method: 'POST',
      path: '/repair',
      handler: 'reading-order-check.repair',
      request: { body: { 'application/json': repairBody } },
      response: repairResponse,
      config: { policies: requires(ACTIONS.updateReadingOrder) },
    },
    {
      method: 'POST',
      path: '/bulk/link-by-date',
      handler: 'bulk.linkByDate',
      request: { body: { 'application/json': linkByDateBody } },
      response: linkByDateDryRunResponse.or(linkByDateStartedResponse),
      config: { policies: requires(ACTIONS.updateReadingOrder) },
    },
    {
      method: 'GET',
      path: '/bulk/:jobId',
      handler: 'bulk.status',
      request: { params: jobParams },
      response: bulkJobResponse,
      config: { policies: requires(ACTIONS.updateReadingOrder) },
    },
    {
      method: 'POST',
      path: '/bulk/:jobId/cancel',
      handler: 'bulk.cancel',
      request: { params: jobParams },
      response: bulkJobResponse,
      config: { policies: requires(ACTIONS.updateReadingOrder) },
    },
  ] satisfies DescribedRoute[],
});
