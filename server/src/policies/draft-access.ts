import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { ARTICLE_UID } from '../constants';
import { holdsAnyAction } from '../content-api-auth';
import { forbidden } from '../errors';

/** Whoever may write articles works on drafts and may read them; nobody else. */
const WRITE_ACTIONS = [`${ARTICLE_UID}.create`, `${ARTICLE_UID}.update`];

type Auth = unknown;

/** Whether the caller (users-permissions role or API token) holds one of the article write actions. */
export const mayWriteArticles = (strapi: Core.Strapi, auth: Auth): Promise<boolean> => holdsAnyAction(strapi, auth, WRITE_ACTIONS);

/** Refuses drafts to a caller that may not write articles; `status` other than draft/published is a 400. */
export const assertDraftAccess = async (strapi: Core.Strapi, auth: Auth, status: unknown) => {
  if (status === undefined || status === 'published') return;
  if (status !== 'draft') {
    throw new errors.ValidationError('status must be "published" or "draft"', { field: 'status' });
  }
  if (!(await mayWriteArticles(strapi, auth))) {
    throw forbidden('Drafts are only available to callers that may create or update articles', {
      action: WRITE_ACTIONS,
      subject: ARTICLE_UID,
      reason: 'permission',
    });
  }
};

/**
 * Strapi's policy context: a copy of the koa context's own properties (so the query
 * is under `request`, not `query`) or of a GraphQL resolver's, told apart by `is`.
 */
export interface PolicyContext {
  is?: (type: string) => boolean;
  request?: { query?: Record<string, unknown>; method?: string };
  args?: Record<string, unknown>;
  state?: { auth?: Auth };
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
