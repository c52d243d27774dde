import { factories, type Core } from '@strapi/strapi';

import { slugOrDocumentId } from '../../../contracts/schemas/common';
import {
  continueBody,
  continueQuery,
  continueResponse,
  feedQuery,
  jsonFeed,
  neighborsResponse,
  readerOrderResponse,
  readingOrderQuery,
  readQuery,
  readResponse,
  seriesQuery,
  seriesResponse,
  summaryResponse,
} from '../../../contracts/schemas/reader';
import { readerSummaryQuery } from '../../../contracts/schemas/summary';
import { relatedQuery, relatedResponse } from '../../../contracts/schemas/related';
import { ARTICLE_UID } from '../constants';
import type { DescribedRoute } from './described-route';

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

const params = { slugOrDocumentId };

/**
 * The reader routes, each described once: its parameters, query, body and answer
 * are the zod schemas the controllers validate with, the OpenAPI document is
 * generated from, and the contracts' types are inferred from.
 */
export const READER_ROUTES: readonly DescribedRoute[] = [
  {
    method: 'GET',
    path: '/read/:slugOrDocumentId',
    handler: 'reader.read',
    summary: 'An article page in one call: the article, its summary and its neighbors',
    request: { params, query: readQuery },
    response: readResponse,
    config: {},
  },
  {
    method: 'GET',
    path: '/articles/:slugOrDocumentId/neighbors',
    handler: 'reader.neighbors',
    summary: 'The previous and next published articles',
    request: { params, query: readQuery },
    response: neighborsResponse,
    config: {},
  },
  {
    method: 'GET',
    path: '/articles/:slugOrDocumentId/related',
    handler: 'reader.related',
    summary: 'The published articles most alike in content (title, summary, body), best first',
    request: { params, query: relatedQuery },
    response: relatedResponse,
    config: {},
  },
  {
    method: 'GET',
    path: '/articles/:slugOrDocumentId/summary',
    handler: 'reader.summary',
    summary: 'The summary for readers in a hurry: a paragraph or key points, short, medium or long',
    request: { params, query: readerSummaryQuery },
    response: summaryResponse,
    config: {},
  },
  {
    method: 'GET',
    path: '/articles/:slugOrDocumentId/reading-order',
    handler: 'reader.readingOrder',
    summary: 'The published articles around one, in reading order',
    request: { params, query: readingOrderQuery },
    response: readerOrderResponse,
    config: {},
  },
  {
    method: 'GET',
    path: '/series/:slugOrDocumentId',
    handler: 'reader.series',
    summary: 'A published series with its published articles in order, paginated',
    request: { params, query: seriesQuery },
    response: seriesResponse,
    config: {},
  },
  {
    method: 'GET',
    path: '/series/:slugOrDocumentId/continue',
    handler: 'reader.continue',
    summary: 'The first article of the series the reader has not read',
    request: { params, query: continueQuery },
    response: continueResponse,
    config: {},
  },
  // The same answer for a long list of read articles, which a URL cannot carry (the same `continue` permission).
  {
    method: 'POST',
    path: '/series/:slugOrDocumentId/continue',
    handler: 'reader.continue',
    summary: 'The same, for a long list of read articles (up to 1,000): the list in the body',
    request: { params, query: continueQuery, body: { 'application/json': continueBody } },
    response: continueResponse,
    config: {},
  },
  {
    method: 'GET',
    path: '/feed',
    handler: 'reader.feed',
    summary: 'A feed of published articles (RSS 2.0, Atom 1.0 or JSON Feed 1.1): the newest, a series in its order, or one scope value',
    request: { query: feedQuery },
    response: jsonFeed,
    config: {},
  },
];

/** The reader API's users-permissions actions (`plugin::newsroom.reader.read`, ...): read-only, published content only. */
export const READER_ACTIONS: readonly string[] = [...new Set(READER_ROUTES.map((route) => `plugin::newsroom.${route.handler}`))];

/** The core router's routes (Strapi types them as a list or a function making one). */
const coreRoutes = () => (typeof articleRouter.routes === 'function' ? articleRouter.routes() : articleRouter.routes);

/** The built-in article's core routes exist only while the type is registered (`builtInArticle`). */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  type: 'content-api' as const,
  routes: [...READER_ROUTES, ...(strapi.contentTypes[ARTICLE_UID] ? coreRoutes() : [])],
});
