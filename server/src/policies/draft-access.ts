import type { Core } from '@strapi/strapi';

import { assertDraftAccess } from '../access/draft-access';
import type { ContentApiState } from '../access/content-api-auth';

/**
 * Strapi's policy context: a copy of the koa context's own properties (so the query
 * is under `request`, not `query`) or of a GraphQL resolver's, told apart by `is`.
 */
export interface PolicyContext {
  is?: (type: string) => boolean;
  request?: { query?: Record<string, unknown>; method?: string };
  args?: Record<string, unknown>;
  state?: ContentApiState;
}

/**
 * Strapi hands drafts to anyone who holds `find` and asks for `status=draft`
 * (GraphQL `status: DRAFT`). On the article's core `find`/`findOne` routes and
 * queries, drafts are for writers only: a reader asking for them gets a 403
 * (published articles stay public to whoever holds `find`).
 */
export default async (ctx: PolicyContext, _config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const status = ctx.is?.('graphql') ? ctx.args?.status : ctx.request?.query?.status;
  await assertDraftAccess(strapi, ctx.state?.auth, status);
  return true;
};
