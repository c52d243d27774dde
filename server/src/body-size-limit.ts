import type { Core } from '@strapi/strapi';

import { getConfig } from './accessors';

/** The plugin's admin routes live under this prefix. */
const ADMIN_PREFIX = '/newsroom/';
/** The reader's one write-shaped route: `POST /api/newsroom/series/:slugOrDocumentId/continue`. */
const SERIES_PREFIX = '/api/newsroom/series/';
const CONTINUE_SUFFIX = '/continue';
/** 1,000 documentIds of up to 255 characters, quoted and separated. */
export const CONTINUE_BODY_MAX_BYTES = 300 * 1024;

/** Most bytes of an admin request body: link changes, series lists, repairs, bulk jobs are small. */
export const ADMIN_BODY_MAX_BYTES = 64 * 1024;
/** A reorder names up to 10,000 documentIds (about 270 kB); room for longer ids. */
export const REORDER_BODY_MAX_BYTES = 1024 * 1024;
/** A summary suggestion carries an article body: `limits.maxBodyBytes` of it, and the rest of the JSON. */
const SUGGESTION_OVERHEAD_BYTES = 64 * 1024;

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The body limit of one of the plugin's routes, by path; null for routes of others. */
export const bodyLimitOf = (path: string, maxBodyBytes: number): number | null => {
  if (path.startsWith(SERIES_PREFIX) && path.endsWith(CONTINUE_SUFFIX)) return CONTINUE_BODY_MAX_BYTES;
  if (!path.startsWith(ADMIN_PREFIX)) return null;
  if (path === '/newsroom/summary/suggest') return maxBodyBytes + SUGGESTION_OVERHEAD_BYTES;
  if (path.startsWith('/newsroom/orders/')) return REORDER_BODY_MAX_BYTES;
  return ADMIN_BODY_MAX_BYTES;
};

const refuse = (
  ctx: { status: number; body: unknown },
  status: 411 | 413,
  name: string,
  message: string,
  details: Record<string, unknown>
) => {
  ctx.status = status;
  ctx.body = { data: null, error: { status, name, message, details } };
};

/**
 * Refuses an oversized body on the plugin's routes (admin, and the reader's
 * `continue` form) before anything reads it:
 * Strapi's body parser takes up to its own `jsonLimit` (4 MB in the playground) and
 * parsing and validating 100,000 ids held the process for seconds. The declared
 * `Content-Length` decides, in microseconds; a body without one (chunked) is refused
 * with a 411, since its size is known only once it is read. Browsers and the admin
 * always send the length.
 */
export const registerBodySizeLimit = (strapi: Core.Strapi) => {
  strapi.server.use(async (ctx, next) => {
    const max = WRITES.has(ctx.method) ? bodyLimitOf(ctx.path, getConfig(strapi).limits.maxBodyBytes) : null;
    if (max === null) return next();
    const declared = ctx.get('content-length');
    const chunked = ctx.get('transfer-encoding') !== '';
    if (declared === '' && chunked) {
      return refuse(ctx, 411, 'LengthRequiredError', "The plugin's routes take a body with a Content-Length", {});
    }
    const bytes = Number(declared);
    if (declared !== '' && (!Number.isFinite(bytes) || bytes > max)) {
      return refuse(ctx, 413, 'PayloadTooLargeError', `The body is larger than this route takes (${max} bytes)`, { max });
    }
    return next();
  });
};
