import { errors } from '@strapi/utils';

import { validateContentApiQuery } from '../controllers/validation/content-api-query';
import type { PolicyContext } from './draft-access';

/**
 * The article's core routes: a query Strapi would crash on is a 400, and a draft
 * cannot be deleted on its own (Strapi throws a plain Error, a 500, for `status=draft`).
 */
export default (ctx: PolicyContext) => {
  const query = ctx.request?.query;
  validateContentApiQuery(query);
  const status = query?.status;
  if (ctx.request?.method === 'DELETE' && status !== undefined && status !== 'published') {
    throw new errors.ValidationError('A draft cannot be deleted on its own; delete the article without status', {
      field: 'status',
    });
  }
  return true;
};
