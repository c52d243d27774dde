import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import type { NewsroomType } from '../registry';
import { findDraftRow } from '../registry/article-rows';
import { contentManagerAction, forbidden } from '../errors';

/** The admin request state the Content Manager's permission checker reads. */
export interface AdminState {
  user: { id: number };
  userAbility: unknown;
}

/** The part of Koa's context the admin controllers read and write. */
export interface AdminContext {
  params: Record<string, string>;
  query: unknown;
  request: { body?: unknown };
  state: AdminState;
  body: unknown;
}

const checkerFor = (strapi: Core.Strapi, state: AdminState, type: NewsroomType) =>
  strapi.plugin('content-manager').service('permission-checker').create({ userAbility: state.userAbility, model: type.uid });

const describe = (type: NewsroomType, documentId: string, locale: string | null) =>
  locale === null ? `No ${type.displayName} "${documentId}"` : `No ${type.displayName} "${documentId}" in locale "${locale}"`;

/** The draft of the article in that locale with what Content Manager conditions look at, or a 404. */
export const findDraft = async (strapi: Core.Strapi, type: NewsroomType, documentId: string, locale: string | null) => {
  const draft = await findDraftRow(strapi, type, documentId, locale, { createdBy: true });
  if (!draft) throw new errors.NotFoundError(describe(type, documentId, locale));
  return draft;
};

export const notFound = (type: NewsroomType, documentId: string, locale: string | null) =>
  new errors.NotFoundError(describe(type, documentId, locale));

/**
 * Content Manager permissions of this admin on this article of this type, with
 * their locale and creator conditions: a route's own policy only checks that the
 * admin holds the plugin's action.
 */
export const assertAllowed = (
  strapi: Core.Strapi,
  state: AdminState,
  type: NewsroomType,
  action: 'read' | 'update',
  draft: unknown,
  fields: Array<string | undefined> = [undefined]
) => {
  const checker = checkerFor(strapi, state, type);
  if (fields.some((field) => checker.cannot[action](draft, field))) {
    throw forbidden(`You may not ${action} this ${type.displayName}`, {
      action: contentManagerAction(action),
      subject: type.uid,
      reason: 'conditions',
    });
  }
};

/** The filters that limit a query to the articles of the type this admin may read (locale and creator conditions included). */
export const readableFilters = async (strapi: Core.Strapi, state: AdminState, type: NewsroomType): Promise<Record<string, unknown>> => {
  const checker = checkerFor(strapi, state, type);
  if (checker.cannot.read())
    throw forbidden(`You may not read ${type.displayName}`, {
      action: contentManagerAction('read'),
      subject: type.uid,
      reason: 'permission',
    });
  const query = await checker.sanitizedQuery.read({});
  return (query?.filters as Record<string, unknown> | undefined) ?? {};
};

/** Whether this admin may read or update articles of the type at all (before a whole-locale change: a reorder, a repair). */
export const assertTypeAllowed = (strapi: Core.Strapi, state: AdminState, type: NewsroomType, action: 'read' | 'update') => {
  if (checkerFor(strapi, state, type).cannot[action]()) {
    throw forbidden(`You may not ${action} ${type.displayName}`, {
      action: contentManagerAction(action),
      subject: type.uid,
      reason: 'permission',
    });
  }
};

/** Whether this admin may edit articles of the type at all (a suggestion for a body in the form, before any save). */
export const assertMayEdit = (strapi: Core.Strapi, state: AdminState, type: NewsroomType) => {
  const checker = checkerFor(strapi, state, type);
  if (checker.cannot.update() && checker.cannot.create()) {
    throw forbidden(`You may not edit ${type.displayName}`, {
      action: [contentManagerAction('create'), contentManagerAction('update')],
      subject: type.uid,
      reason: 'permission',
    });
  }
};
