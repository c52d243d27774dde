import { validateContentApiQuery } from '../validation/content-api-query';
import { refuseDraftDelete } from '../validation/draft-delete';
import type { PolicyContext } from './draft-access';

/** The article's core routes: a query Strapi would crash on is a 400, and so is a delete of a draft alone. */
export default (ctx: PolicyContext) => {
  const query = ctx.request?.query;
  validateContentApiQuery(query);
  if (ctx.request?.method === 'DELETE') refuseDraftDelete(query?.status, 'article');
  return true;
};
