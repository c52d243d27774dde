import type { Core } from '@strapi/strapi';

import { ARTICLE_UID } from './constants';

/** A NUL written in a URL (`%00`, any case); the text is searched literally, no pattern. */
const hasEncodedNul = (url: string) => url.toLowerCase().includes('%00');

/**
 * The Content Manager's routes for the article look the documentId and locale up
 * in the database before any document-service middleware runs; PostgreSQL answers
 * a NUL in them with an error, so those requests are refused here with a 400 in
 * Strapi's error shape. (The article's content-API routes have their own policies.)
 */
export const registerUrlGuard = (strapi: Core.Strapi) => {
  const articleRoutes = `/content-manager/collection-types/${ARTICLE_UID}`;
  strapi.server.use(async (ctx, next) => {
    if (!ctx.path.startsWith(articleRoutes) || !hasEncodedNul(ctx.url)) return next();
    ctx.status = 400;
    ctx.body = {
      data: null,
      error: { status: 400, name: 'ValidationError', message: 'The URL must not contain a NUL character', details: {} },
    };
  });
};
