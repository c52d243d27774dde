import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { ARTICLE_UID } from '../constants';

/** The admin request state the Content Manager's permission checker reads. */
export interface AdminState {
  user: { id: number };
  userAbility: unknown;
}

const checkerFor = (strapi: Core.Strapi, state: AdminState) =>
  strapi.plugin('content-manager').service('permission-checker').create({ userAbility: state.userAbility, model: ARTICLE_UID });

/** The draft of the article in that locale with what Content Manager conditions look at, or a 404. */
export const findDraft = async (strapi: Core.Strapi, documentId: string, locale: string) => {
  const draft = await strapi.db.query(ARTICLE_UID).findOne({
    where: { documentId, locale, publishedAt: null },
    populate: ['createdBy'],
  });
  if (!draft) throw new errors.NotFoundError(`No article "${documentId}" in locale "${locale}"`);
  return draft;
};

/**
 * Content Manager permissions of this admin on this article, with their locale and
 * creator conditions: the route's own policy only checks the action exists at all.
 */
export const assertAllowed = (
  strapi: Core.Strapi,
  state: AdminState,
  action: 'read' | 'update',
  draft: unknown,
  fields: Array<string | undefined> = [undefined]
) => {
  const checker = checkerFor(strapi, state);
  if (fields.some((field) => checker.cannot[action](draft, field))) {
    throw new errors.ForbiddenError(`You may not ${action} this article`);
  }
};

/** The filters that limit a query to the articles this admin may read (locale and creator conditions included). */
export const readableFilters = async (strapi: Core.Strapi, state: AdminState): Promise<Record<string, unknown>> => {
  const query = await checkerFor(strapi, state).sanitizedQuery.read({});
  return (query?.filters as Record<string, unknown> | undefined) ?? {};
};
