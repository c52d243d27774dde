import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { documentMiddleware, type DocumentCall, type DocumentMiddleware } from './document-middleware';
import { getService } from '../accessors';
import { assertKnownWriteLocale, writeLocale } from '../locales';
import { validateDocumentFilters } from '../validation/content-api-query';
import { refuseDraftDelete } from '../validation/draft-delete';
import { containsNul } from '../validation/text';
import type { NewsroomType } from '../registry';
import { findDraftRow } from '../registry/article-rows';
import { maxRowId } from '../services/database';

const WRITES = new Set(['create', 'update', 'clone']);

/**
 * The fields only the plugin writes (automatic summary, word count, the body
 * fingerprint behind the stale-summary warning): dropped from what clients send,
 * so nobody can inject an "automatic" summary or a reading time.
 */
const withoutServerOwnedFields = (type: NewsroomType, data: Record<string, unknown>) => {
  const owned: string[] = Object.values(type.owned);
  return Object.fromEntries(Object.entries(data).filter(([key]) => !owned.includes(key)));
};

/** Row ids in relation and media values (`5`, `"5"`, `{ id: 5 }`, in lists, `connect`, `set`, ...). */
const rowIdsIn = (value: unknown): number[] => {
  const ids: number[] = [];
  const stack = [value];
  while (stack.length > 0) {
    const current = stack.pop();
    if (typeof current === 'number') ids.push(current);
    else if (typeof current === 'string' && /^\d{1,20}$/.test(current)) ids.push(Number(current));
    else if (Array.isArray(current)) stack.push(...current);
    else if (typeof current === 'object' && current !== null) stack.push(...Object.values(current));
  }
  return ids;
};

/** A row id past what the database can hold names no row; PostgreSQL would answer "out of range" (a 500). */
const checkRelationIds = (strapi: Core.Strapi, type: NewsroomType, data: Record<string, unknown>) => {
  const { attributes } = strapi.contentType(type.uid);
  const largest = maxRowId(strapi);
  for (const [field, value] of Object.entries(data)) {
    const type = (attributes as Record<string, { type?: string }>)[field]?.type;
    if ((type === 'relation' || type === 'media') && rowIdsIn(value).some((id) => id > largest)) {
      throw new errors.ValidationError(`${field}: no row has an id above ${largest}`, { path: [field] });
    }
  }
};

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/**
 * An update in a locale the article does not have yet creates that localization
 * (Strapi 5). Only looked up when it matters: an update that sends a title and a
 * slug (every Content Manager save does) passes the checks either way.
 */
const createsVersion = async (strapi: Core.Strapi, type: NewsroomType, context: DocumentCall, data: Record<string, unknown>) => {
  const { documentId } = context.params;
  if (context.action === 'create' || documentId === undefined) return true;
  if (isText(data[type.fields.title]) && isText(data[type.fields.slug])) return false;
  const locale = await writeLocale(strapi, type, context.params.locale);
  return !(await findDraftRow(strapi, type, documentId, locale));
};

/**
 * Strapi lets drafts skip `required`, and GraphQL declares title and slug
 * non-null: a draft without them would make every GraphQL list of drafts fail.
 * So an article always has a title, and a slug (made from the title when a new
 * article or localization is written without one, as the Content Manager does),
 * draft or not.
 */
const requireTitleAndSlug = async (strapi: Core.Strapi, type: NewsroomType, context: DocumentCall, data: Record<string, unknown>) => {
  const { title, slug } = type.fields;
  const creating = await createsVersion(strapi, type, context, data);
  if ((creating || title in data) && !isText(data[title])) {
    throw new errors.ValidationError(`${title} must be a non-empty string`, { path: [title] });
  }
  // Checked here, not only by Strapi's validator later: the slug is made from the
  // title first, and a huge title makes that look-up's LIKE pattern fail in SQLite.
  const attributes = strapi.contentType(type.uid).attributes as Record<string, { type: string; maxLength?: number }>;
  const maxLength = attributes[title].maxLength ?? 255;
  const given = data[title];
  if (typeof given === 'string' && given.length > maxLength) {
    throw new errors.ValidationError(`${title} must be at most ${maxLength} characters`, { path: [title] });
  }
  const missing = data[slug] === undefined || data[slug] === null || data[slug] === '';
  if (creating && missing && attributes[slug].type === 'uid') {
    const locale = await writeLocale(strapi, type, context.params.locale);
    const made = await strapi
      .plugin('content-manager')
      .service('uid')
      .generateUIDField({ contentTypeUID: type.uid, field: slug, data, locale: locale ?? undefined });
    return { ...data, [slug]: made };
  }
  if (slug in data && !isText(data[slug])) {
    throw new errors.ValidationError(`${slug} must be a non-empty string`, { path: [slug] });
  }
  return data;
};

/** Strapi stores a blocks value of the wrong shape as null and answers 200; refuse it instead. */
const checkBodyShape = (field: string, body: unknown) => {
  const isBlocks = Array.isArray(body) && body.every((block) => typeof block === 'object' && block !== null && !Array.isArray(block));
  if (body !== null && !isBlocks) {
    throw new errors.ValidationError(`${field} must be an array of blocks or null`, { path: [field] });
  }
};

/**
 * Checks what a client writes to an article before any other plugin work (and
 * before the reading-order lock): server-owned fields are dropped, the title and
 * the body must have the right shape (the summary middleware then bounds its size).
 */
export const articleInputMiddleware = (strapi: Core.Strapi): DocumentMiddleware =>
  documentMiddleware(async (context, next) => {
    const type = getService(strapi, 'types').find(context.uid);
    if (!type) return next();
    // PostgreSQL refuses a NUL in text and JSON with an error; refuse it first, on every action.
    if (containsNul(context.params)) {
      throw new errors.ValidationError('Text must not contain a NUL character', { path: [] });
    }
    validateDocumentFilters(context.params.filters);
    if (context.action === 'delete') refuseDraftDelete(context.params.status, 'document');
    if (WRITES.has(context.action)) await assertKnownWriteLocale(strapi, type, context.params.locale);
    const data = context.params.data as Record<string, unknown> | undefined;
    if (!WRITES.has(context.action) || !data || typeof data !== 'object') return next();

    if (type.bodyShape.kind === 'blocks' && type.fields.body in data) checkBodyShape(type.fields.body, data[type.fields.body]);
    checkRelationIds(strapi, type, data);
    const checked = context.action === 'clone' ? data : await requireTitleAndSlug(strapi, type, context, data);
    context.params = { ...context.params, data: withoutServerOwnedFields(type, checked) };
    return next();
  });
