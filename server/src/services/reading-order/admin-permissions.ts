import type { Core } from '@strapi/strapi';

import type { NewsroomType } from '../../registry';
import type { ArticleRecord } from '../../registry/article-rows';
import { assertMayChangeRows } from '../../access/change-permissions';
import type { LinkPlan } from './plan-link-change';

interface AdminRequestState {
  auth?: { strategy?: { name?: string } };
  userAbility?: unknown;
}

/** The ability of the admin behind the current request; undefined outside an admin request (REST, scripts, jobs). */
const requestingAdminAbility = (strapi: Core.Strapi): unknown => {
  const state = (strapi.requestContext.get() as { state?: AdminRequestState } | undefined)?.state;
  return state?.auth?.strategy?.name === 'admin' ? state.userAbility : undefined;
};

/** The draft rows a plan rewrites a link of, other than the article being written (`new` or `subject`). */
const rewrittenRows = (plan: LinkPlan, subject: string) =>
  [...new Set([...plan.add, ...plan.remove].flatMap((link) => [link.previous, link.next]))]
    .filter((key) => key !== subject && key !== 'new')
    .map(Number);

/**
 * A link change rewrites the link fields of other articles too: the article taken
 * into the chain, its old neighbors, the neighbors the edited article leaves. The
 * Content Manager only checks the article being saved, so an admin whose role is
 * limited to a locale or to their own articles could otherwise pull anyone's
 * article into their chain. Each rewritten article needs the same update
 * permission, with its conditions, on both link fields, as on every admin route that
 * writes (change-permissions.ts).
 */
export const assertAdminMayRelink = async (strapi: Core.Strapi, type: NewsroomType, plan: LinkPlan, subject: string) => {
  const userAbility = requestingAdminAbility(strapi);
  if (!userAbility) return;
  const rowIds = rewrittenRows(plan, subject);
  if (rowIds.length === 0) return;
  const drafts = (await strapi.db
    .query(type.uid)
    .findMany({ where: { id: { $in: rowIds } }, populate: { createdBy: true } })) as ArticleRecord[];
  assertMayChangeRows(
    strapi,
    userAbility,
    type,
    drafts.map((row) => ({ row })),
    { fields: [type.fields.previous, type.fields.next], change: 'the reading order' }
  );
};
