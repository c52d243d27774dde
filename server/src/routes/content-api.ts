import { factories, type Core } from '@strapi/strapi';

import { ARTICLE_UID } from '../constants';

/**
 * The full core router (find, findOne, create, update, delete) under
 * `/api/newsroom/articles`, and the reader API. Each route becomes a
 * users-permissions action (`plugin::newsroom.article.find`,
 * `plugin::newsroom.reader.read`, ...), granted to nobody until an admin does so.
 */
const QUERY = 'plugin::newsroom.content-api-query';
const DRAFT_ACCESS = 'plugin::newsroom.draft-access';
const DOCUMENT_ID_PARAM = 'plugin::newsroom.document-id-param';

const articleRouter = factories.createCoreRouter(ARTICLE_UID, {
  config: {
    find: { policies: [QUERY, DRAFT_ACCESS] },
    findOne: { policies: [DOCUMENT_ID_PARAM, QUERY, DRAFT_ACCESS] },
    create: { policies: [QUERY] },
    update: { policies: [DOCUMENT_ID_PARAM, QUERY] },
    delete: { policies: [DOCUMENT_ID_PARAM, QUERY] },
  },
});

const readerRoutes = [
  { method: 'GET', path: '/read/:slugOrDocumentId', handler: 'reader.read' },
  { method: 'GET', path: '/articles/:slugOrDocumentId/neighbors', handler: 'reader.neighbors' },
  { method: 'GET', path: '/articles/:slugOrDocumentId/summary', handler: 'reader.summary' },
  { method: 'GET', path: '/articles/:slugOrDocumentId/reading-order', handler: 'reader.readingOrder' },
  { method: 'GET', path: '/series/:slugOrDocumentId', handler: 'reader.series' },
  { method: 'GET', path: '/series/:slugOrDocumentId/continue', handler: 'reader.continue' },
  // The same answer for a long list of read articles, which a URL cannot carry (the same `continue` permission).
  { method: 'POST', path: '/series/:slugOrDocumentId/continue', handler: 'reader.continue' },
].map((route) => ({ ...route, config: {} }));

/** The reader API's users-permissions actions (`plugin::newsroom.reader.read`, ...): read-only, published content only. */
export const READER_ACTIONS: readonly string[] = [...new Set(readerRoutes.map((route) => `plugin::newsroom.${route.handler}`))];

/** The built-in article's core routes exist only while the type is registered (`builtInArticle`). */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  type: 'content-api' as const,
  routes: [...readerRoutes, ...(strapi.contentTypes[ARTICLE_UID] ? (articleRouter as unknown as { routes: unknown[] }).routes : [])],
});
