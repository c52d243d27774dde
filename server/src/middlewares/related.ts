import type { Core } from '@strapi/strapi';

import { getService } from '../accessors';
import { inTransaction } from '../services/database';
import { documentMiddleware, type DocumentMiddleware } from './document-middleware';

/** The actions that change which versions readers see; a draft's save or a discarded draft changes none. */
const PUBLICATIONS = new Set(['publish', 'unpublish', 'delete']);

/**
 * Keeps the related-articles index in step with what is published: after Strapi's own
 * write, the document's published versions (every locale) are indexed again, or
 * dropped, in the transaction of the change. Its commit drops the cached related lists
 * (the revalidation service), so no reader is served the index of before.
 */
export const relatedMiddleware = (strapi: Core.Strapi): DocumentMiddleware =>
  documentMiddleware(async (call, next) => {
    const type = getService(strapi, 'types').find(call.uid);
    const publishes =
      PUBLICATIONS.has(call.action) || ((call.action === 'create' || call.action === 'update') && call.params.status === 'published');
    if (!type || !publishes) return next();
    return inTransaction(strapi, async (trx) => {
      const result = (await next()) as { documentId?: unknown } | null;
      const documentId = typeof call.params.documentId === 'string' ? call.params.documentId : result?.documentId;
      if (typeof documentId === 'string') await getService(strapi, 'related').indexDocuments(trx, type, [documentId]);
      return result;
    });
  });
