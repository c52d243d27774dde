import type { Core } from '@strapi/strapi';

import type { DroppedRestoreLink, HistoryRestoreMeta } from '../../contracts/reading-order';

/** Content History's restore route (`PUT /content-manager/history-versions/:versionId/restore`), by its handler. */
const RESTORE_HANDLER = 'history-version.restoreVersion';
// Symbol.for: the same key whichever copy of this module (built or source) reads it.
const DROPPED_LINKS = Symbol.for('newsroom.droppedRestoreLinks');

interface RouteState {
  route?: { handler?: unknown; info?: { pluginName?: string } };
  [DROPPED_LINKS]?: DroppedRestoreLink[];
}

/**
 * The request of a Content History restore in progress, if the current document
 * call is one. The restore writes the old version with the document service's
 * `update`, as any edit would; only its route tells the two apart.
 */
const restoreRequest = (strapi: Core.Strapi): { state: RouteState } | undefined => {
  const ctx = strapi.requestContext.get() as { state?: RouteState } | undefined;
  const route = ctx?.state?.route;
  const handler = route?.handler;
  const isRestore = route?.info?.pluginName === 'content-manager' && typeof handler === 'string' && handler.endsWith(RESTORE_HANDLER);
  return isRestore ? (ctx as { state: RouteState }) : undefined;
};

/**
 * For a document call made by Content History's restore: a callback that keeps the
 * links the restore had to leave out, for its answer. Undefined for every other call.
 */
export const droppedLinksCollector = (strapi: Core.Strapi): ((dropped: DroppedRestoreLink[]) => void) | undefined => {
  const request = restoreRequest(strapi);
  if (!request) return undefined;
  return (dropped) => {
    request.state[DROPPED_LINKS] = [...(request.state[DROPPED_LINKS] ?? []), ...dropped];
  };
};

/** The restore's answer with the dropped links in `meta.newsroom` (the rest of the answer as Strapi made it). */
export const withDroppedLinks = (body: unknown, dropped: DroppedRestoreLink[] | undefined): unknown => {
  if (!dropped?.length || typeof body !== 'object' || body === null || Array.isArray(body)) return body;
  const { meta, ...rest } = body as { meta?: Record<string, unknown> };
  const newsroom: HistoryRestoreMeta['newsroom'] = { droppedLinks: dropped };
  return { ...rest, meta: { ...(meta ?? {}), newsroom } };
};

/** The links a restore left out so far in this request (Content History's restore route only). */
export const droppedLinksOf = (ctx: { state?: object }): DroppedRestoreLink[] | undefined =>
  (ctx.state as RouteState | undefined)?.[DROPPED_LINKS];

/** Adds what a restore left out to its answer, so the editor is told which links did not come back. */
export const registerHistoryRestoreReport = (strapi: Core.Strapi) => {
  strapi.server.use(async (ctx, next) => {
    await next();
    const dropped = droppedLinksOf(ctx);
    if (dropped) ctx.body = withDroppedLinks(ctx.body, dropped);
  });
};
