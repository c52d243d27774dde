import type { Core } from '@strapi/strapi';

import { getService } from './accessors';
import { hasEncodedNul } from './validation/text';

/**
 * The Content Manager's routes for a served type look the documentId and locale up
 * in the database before any document-service middleware runs; PostgreSQL answers
 * a NUL in them with an error, so those requests are refused here with a 400 in
 * Strapi's error shape. (The article's content-API routes have their own policies.)
 */
export const registerUrlGuard = (strapi: Core.Strapi) => {
  const articleRoutes = getService(strapi, 'types')
    .all()
    .map((type) => `/content-manager/collection-types/${type.uid}`);
  strapi.server.use(async (ctx, next) => {
    if (!hasEncodedNul(ctx.url) || !articleRoutes.some((prefix) => ctx.path.startsWith(prefix))) return next();
    ctx.status = 400;
    ctx.body = {
      data: null,
      error: { status: 400, name: 'ValidationError', message: 'The URL must not contain a NUL character', details: {} },
    };
  });
};
