import type { Core } from '@strapi/strapi';

import { ARTICLE_UID, PLUGIN_ID } from './constants';
import { registerDocumentation } from './documentation';
import { registerGraphql } from './graphql';
import type { NewsroomConfig } from './config';
import { readerCacheMiddleware } from './middlewares/reader-cache';
import { readingOrderMiddleware } from './middlewares/reading-order';
import { summaryMiddleware } from './middlewares/summary';

/**
 * Puts the configured summary limit on the attribute itself, so Strapi's own
 * validation enforces it on every write path (REST, GraphQL, Content Manager,
 * document service) and the admin form shows it.
 */
const applySummaryLimit = (strapi: Core.Strapi) => {
  const config = strapi.config.get(`plugin::${PLUGIN_ID}`) as NewsroomConfig;
  const summary = strapi.contentType(ARTICLE_UID).attributes.summary as { maxLength?: number };
  summary.maxLength = config.summary.maxLength;
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  applySummaryLimit(strapi);
  strapi.documents.use(readerCacheMiddleware(strapi) as any);
  strapi.documents.use(readingOrderMiddleware(strapi) as any);
  strapi.documents.use(summaryMiddleware(strapi) as any);
  registerGraphql(strapi);
  registerDocumentation(strapi);
};
