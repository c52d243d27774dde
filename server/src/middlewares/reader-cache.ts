import type { Core } from '@strapi/strapi';

import { getService } from '../accessors';
import { documentMiddleware, type DocumentMiddleware } from './document-middleware';

const WRITES = new Set(['create', 'update', 'delete', 'clone', 'publish', 'unpublish', 'discardDraft']);

/**
 * Any write of an article may change what readers see: forget the ETags this
 * instance remembers. Registered first, so it runs after the write has committed;
 * inside a caller's own transaction it forgets again once that one commits.
 */
export const readerCacheMiddleware =
  (strapi: Core.Strapi): DocumentMiddleware =>
  documentMiddleware(async (context, next) => {
    if (!WRITES.has(context.action) || !getService(strapi, 'types').find(context.uid)) return next();
    const forget = () => getService(strapi, 'reader').forgetEtags();
    try {
      return await next();
    } finally {
      forget();
      if (strapi.db.inTransaction()) await strapi.db.transaction(async ({ onCommit }) => onCommit(forget));
    }
  });
