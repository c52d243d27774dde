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
    throw forbidden(`You may not ${action} this ${type.displayName}`, { action: contentManagerAction(action), subject: type.uid, reason: 'conditions' });
  }
};

/** The filters that limit a query to the articles of the type this admin may read (locale and creator conditions included). */
export const readableFilters = async (strapi: Core.Strapi, state: AdminState, type: NewsroomType): Promise<Record<string, unknown>> => {
  const checker = checkerFor(strapi, state, type);
  if (checker.cannot.read()) throw forbidden(`You may not read ${type.displayName}`, { action: contentManagerAction('read'), subject: type.uid, reason: 'permission' });
  const query = await checker.sanitizedQuery.read({});
  return (query?.filters as Record<string, unknown> | undefined) ?? {};
};

/** Whether this admin may read or update articles of the type at all (the whole-type routes: check and repair). */
export const assertTypeAllowed = (strapi: Core.Strapi, state: AdminState, type: NewsroomType, action: 'read' | 'update') => {
  if (checkerFor(strapi, state, type).cannot[action]()) {
    throw forbidden(`You may not ${action} ${type.displayName}`, { action: contentManagerAction(action), subject: type.uid, reason: 'permission' });
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

/**
 * The locales of a permission filter that is a locale condition and nothing else
 * (`{ $or: [{ $and: [{ locale: { $in: [...] } }] }] }`, how Strapi writes one
 * permission's locales); null for any other filter.
 */
const localesOnly = (filters: Record<string, unknown>): string[] | null => {
  const branches = (filters as { $or?: unknown }).$or;
  if (Object.keys(filters).length !== 1 || !Array.isArray(branches) || branches.length !== 1) return null;
  const conditions = (branches[0] as { $and?: unknown }).$and;
  if (Object.keys(branches[0] as object).length !== 1 || !Array.isArray(conditions) || conditions.length !== 1) return null;
  const condition = conditions[0] as { locale?: { $in?: unknown } };
  if (Object.keys(condition).length !== 1 || Object.keys(condition.locale ?? {}).length !== 1) return null;
  const codes = condition.locale?.$in;
  return Array.isArray(codes) && codes.every((code) => typeof code === 'string') ? (codes as string[]) : null;
};

/**
 * The whole-locale routes (the Reading order page's orders, check, repair) show or
 * change every article of the type in the locale, so they need the Content
 * Manager permission on all of them: a role limited to other locales, or to the
 * articles its admins created, is refused with a 403 that names the action and why.
 */
export const assertWholeLocaleAllowed = async (
  strapi: Core.Strapi,
  state: AdminState,
  type: NewsroomType,
  action: 'read' | 'update',
  locale: string | null
) => {
  assertTypeAllowed(strapi, state, type, action);
  const checker = checkerFor(strapi, state, type);
  const filters = ((await checker.sanitizedQuery[action]({})) as { filters?: Record<string, unknown> } | undefined)?.filters;
  if (!filters || Object.keys(filters).length === 0) return;
  // The common case, a role limited by locales alone (a super admin's covers every locale): no count needed.
  const locales = localesOnly(filters);
  if (locales && locale !== null && locales.includes(locale)) return;
  const count = (withFilters: boolean) =>
    strapi.documents(type.uid as any).count({
      status: 'draft',
      ...(locale === null ? {} : { locale }),
      ...(withFilters ? { filters } : {}),
    } as any);
  const [all, allowed] = await Promise.all([count(false), count(true)]);
  if (allowed === all) return;
  const where = locale === null ? '' : ` in "${locale}"`;
  throw forbidden(
    allowed === 0
      ? `Your role may not ${action} any ${type.displayName}${where}`
      : `Your role may ${action} only some ${type.displayName}${where} (a locale or "is creator" condition); this view covers every one of them`,
    { action: contentManagerAction(action), subject: type.uid, ...(locale === null ? {} : { locale }), reason: 'conditions' }
  );
};
