import { ACTIONS } from '../permissions';

const requires = (...actions: Array<string | readonly string[]>) => [
  'admin::isAuthenticatedAdmin',
  { name: 'admin::hasPermissions', config: { actions } },
];

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
      config: { policies: ['admin::isAuthenticatedAdmin'] },
    },
    {
      method: 'POST',
      path: '/summary/suggest',
      handler: 'summary.suggest',
      config: { policies: ['admin::isAuthenticatedAdmin'] },
    },
    {
      method: 'GET',
      path: '/articles/:documentId/summary-status',
      handler: 'summary.status',
      // Content Manager read, as for the article itself: the warning is about the summary, not the reading order.
      config: { policies: ['admin::isAuthenticatedAdmin'] },
    },
    {
      method: 'GET',
      path: '/articles/search',
      handler: 'reading-order.searchCandidates',
      config: { policies: requires(ACTIONS.readReadingOrder) },
    },
    {
      method: 'GET',
      path: '/articles/:documentId/reading-order',
      handler: 'reading-order.neighborhood',
      config: { policies: requires(ACTIONS.readReadingOrder) },
    },
    {
      method: 'PUT',
      path: '/articles/:documentId/links',
      handler: 'reading-order.updateLinks',
      config: { policies: requires(ACTIONS.updateReadingOrder) },
    },
    {
      method: 'GET',
      path: '/orders',
      handler: 'orders.overview',
      config: { policies: requires(ACTIONS.readReadingOrder) },
    },
    {
      method: 'GET',
      path: '/orders/:documentId',
      handler: 'orders.detail',
      config: { policies: requires(ACTIONS.readReadingOrder) },
    },
    {
      method: 'PUT',
      path: '/orders/:documentId',
      handler: 'orders.reorder',
      config: { policies: requires(ACTIONS.updateReadingOrder) },
    },
    {
      method: 'GET',
      path: '/series/:documentId/articles',
      handler: 'series.articles',
      config: { policies: requires(ACTIONS.readReadingOrder) },
    },
    {
      method: 'PUT',
      path: '/series/:documentId/articles',
      handler: 'series.setArticles',
      config: { policies: requires(ACTIONS.updateReadingOrder) },
    },
    {
      method: 'GET',
      path: '/articles/:documentId/series',
      handler: 'series.articleSeries',
      config: { policies: requires(ACTIONS.readReadingOrder) },
    },
    {
      method: 'GET',
      path: '/check',
      handler: 'reading-order-check.check',
      config: { policies: requires(ACTIONS.readReadingOrder) },
    },
    {
      method: 'POST',
      path: '/repair',
      handler: 'reading-order-check.repair',
      config: { policies: requires(ACTIONS.updateReadingOrder) },
    },
    {
      method: 'POST',
      path: '/bulk/link-by-date',
      handler: 'bulk.linkByDate',
      config: { policies: requires(ACTIONS.updateReadingOrder) },
    },
    {
      method: 'GET',
      path: '/bulk/:jobId',
      handler: 'bulk.status',
      config: { policies: requires(ACTIONS.updateReadingOrder) },
    },
    {
      method: 'POST',
      path: '/bulk/:jobId/cancel',
      handler: 'bulk.cancel',
      config: { policies: requires(ACTIONS.updateReadingOrder) },
    },
  ],
});
