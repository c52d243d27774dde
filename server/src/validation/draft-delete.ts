import { errors } from '@strapi/utils';

/**
 * A draft cannot be deleted on its own: Strapi throws a plain Error (a 500) for a
 * delete with `status=draft`. Checked on the raw query of the article's core DELETE
 * route (`what`: "article"), before Strapi's query sanitizing could drop a malformed
 * `status` and delete the whole document, and on every document-service delete
 * (`what`: "document").
 */
export const refuseDraftDelete = (status: unknown, what: 'article' | 'document') => {
  if (status === undefined || status === 'published') return;
  throw new errors.ValidationError(`A draft cannot be deleted on its own; delete the ${what} without status`, { field: 'status' });
};
