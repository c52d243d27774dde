import { validateContentApiQuery } from '../validation/content-api-query';
import type { PolicyContext } from './draft-access';

/**
 * The article's core routes: a query Strapi would crash on is a 400. (A draft deleted
 * on its own is refused by the article-input document middleware, on every path.)
 */
export default (ctx: PolicyContext) => {
  validateContentApiQuery(ctx.request?.query);
  return true;
};
