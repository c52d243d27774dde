import type { Core } from '@strapi/strapi';

import { getService } from '../accessors';
import { ARTICLE_UID } from '../constants';

const WRITES = new Set(['create', 'update', 'delete', 'clone', 'publish', 'unpublish', 'discardDraft']);

/**
 * Any write of an article may change what readers see: forget the ETags this
 * instance remembers. Registered first, so it runs after the write has committed;
 * inside a caller's own transaction it forgets again once that one commits.
 */
export const readerCacheMiddleware =
  (strapi: Core.Strapi) =>
  async (context: { uid: string; action: string }, next: () => Promise<unknown>): Promise<unknown> => {
    if (context.uid !== ARTICLE_UID || !WRITES.has(context.action)) return next();
    const forget = () => getService(strapi, 'reader').forgetEtags();
    try {
      return await next();
    } finally {
      forget();
      if (strapi.db.inTransaction()) await strapi.db.transaction(async ({ onCommit }) => onCommit(forget));
    }
  };
