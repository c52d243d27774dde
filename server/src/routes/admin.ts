import { ACTIONS, CONTENT_MANAGER_ACTIONS } from '../permissions';

const requires = (...actions: Array<string | readonly string[]>) => [
  'admin::isAuthenticatedAdmin',
  { name: 'admin::hasPermissions', config: { actions } },
];

/** Routes for the admin panels, under `/newsroom`, with admin auth and RBAC. */
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
      config: { policies: requires(CONTENT_MANAGER_ACTIONS.update) },
    },
    {
      method: 'GET',
      path: '/articles/:documentId/summary-status',
      handler: 'summary.status',
      // Content Manager read, as for the article itself: the warning is about the summary, not the reading order.
      config: { policies: requires(CONTENT_MANAGER_ACTIONS.read) },
    },
    {
      method: 'GET',
      path: '/articles/search',
      handler: 'reading-order.searchCandidates',
      config: { policies: requires(ACTIONS.readReadingOrder, CONTENT_MANAGER_ACTIONS.read) },
    },
    {
      method: 'GET',
      path: '/articles/:documentId/reading-order',
      handler: 'reading-order.neighborhood',
      config: { policies: requires(ACTIONS.readReadingOrder, CONTENT_MANAGER_ACTIONS.read) },
    },
    {
      method: 'PUT',
      path: '/articles/:documentId/links',
      handler: 'reading-order.updateLinks',
      config: { policies: requires(ACTIONS.updateReadingOrder, CONTENT_MANAGER_ACTIONS.update) },
    },
  ],
});
