import type { Core } from '@strapi/strapi';

import { getConfig } from './accessors';
import { ARTICLE_UID } from './constants';
import { registerDocumentation } from './documentation';
import { registerErrorAnswers } from './error-answers';
import { registerGraphql } from './graphql';
import { registerHistoryRestoreReport } from './history-restore';
import { registerBodySizeLimit } from './body-size-limit';
import { registerDocumentMiddlewares } from './middlewares';
import { letReadOnlyTokensRead } from './read-only-tokens';
import { registerContentTypes } from './registry';
import { registerUrlGuard } from './url-guard';

/**
 * Puts the configured summary limit on the attribute itself, so Strapi's own
 * validation enforces it on every write path (REST, GraphQL, Content Manager,
 * document service) and the admin form shows it.
 */
const applySummaryLimit = (strapi: Core.Strapi) => {
  const builtIn = strapi.contentTypes[ARTICLE_UID];
  // Not registered when `builtInArticle` is off.
  if (!builtIn) return;
  const summary = builtIn.attributes.summary as { maxLength?: number };
  summary.maxLength = getConfig(strapi).summary.maxLength;
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  applySummaryLimit(strapi);
  // First: everything below asks the registry which types the plugin serves.
  registerContentTypes(strapi);
  registerDocumentMiddlewares(strapi);
  registerUrlGuard(strapi);
  registerBodySizeLimit(strapi);
  registerHistoryRestoreReport(strapi);
  registerErrorAnswers(strapi);
  letReadOnlyTokensRead(strapi);
  registerGraphql(strapi);
  registerDocumentation(strapi);
};
