import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { writeLocale } from '../accessors';
import { ARTICLE_UID, SERVER_OWNED_FIELDS } from '../constants';
import { containsNul } from '../controllers/validation/content-api-query';
import { maxRowId } from '../services/database';

type DocumentContext = { uid: string; action: string; params: Record<string, any> };

const WRITES = new Set(['create', 'update', 'clone']);

const withoutServerOwnedFields = (data: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(data).filter(([key]) => !(SERVER_OWNED_FIELDS as readonly string[]).includes(key)));

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
const checkRelationIds = (strapi: Core.Strapi, data: Record<string, unknown>) => {
  const { attributes } = strapi.contentType(ARTICLE_UID);
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
const createsVersion = async (strapi: Core.Strapi, context: DocumentContext, data: Record<string, unknown>) => {
  if (context.action === 'create') return true;
  if (isText(data.title) && isText(data.slug)) return false;
  const draft = await strapi.db.query(ARTICLE_UID).findOne({
    where: { documentId: context.params.documentId, locale: await writeLocale(strapi, context.params.locale), publishedAt: null },
    select: ['id'],
  });
  return !draft;
};

/**
 * Strapi lets drafts skip `required`, and GraphQL declares title and slug
 * non-null: a draft without them would make every GraphQL list of drafts fail.
 * So an article always has a title, and a slug (made from the title when a new
 * article or localization is written without one, as the Content Manager does),
 * draft or not.
 */
const requireTitleAndSlug = async (strapi: Core.Strapi, context: DocumentContext, data: Record<string, unknown>) => {
  const creating = await createsVersion(strapi, context, data);
  if ((creating || 'title' in data) && !isText(data.title)) {
    throw new errors.ValidationError('title must be a non-empty string', { path: ['title'] });
  }
  // Checked here, not only by Strapi's validator later: the slug is made from the
  // title first, and a huge title makes that look-up's LIKE pattern fail in SQLite.
  const { maxLength } = strapi.contentType(ARTICLE_UID).attributes.title as { maxLength: number };
  if (typeof data.title === 'string' && data.title.length > maxLength) {
    throw new errors.ValidationError(`title must be at most ${maxLength} characters`, { path: ['title'] });
  }
  if (creating && (data.slug === undefined || data.slug === null || data.slug === '')) {
    const slug = await strapi
      .plugin('content-manager')
      .service('uid')
      .generateUIDField({ contentTypeUID: ARTICLE_UID, field: 'slug', data, locale: await writeLocale(strapi, context.params.locale) });
    return { ...data, slug };
  }
  if ('slug' in data && !isText(data.slug)) {
    throw new errors.ValidationError('slug must be a non-empty string', { path: ['slug'] });
  }
  return data;
};

/** Strapi stores a blocks value of the wrong shape as null and answers 200; refuse it instead. */
const checkBodyShape = (body: unknown) => {
  const isBlocks = Array.isArray(body) && body.every((block) => typeof block === 'object' && block !== null && !Array.isArray(block));
  if (body !== null && !isBlocks) {
    throw new errors.ValidationError('body must be an array of blocks or null', { path: ['body'] });
  }
};

/**
 * Checks what a client writes to an article before any other plugin work (and
 * before the reading-order lock): server-owned fields are dropped, the title and
 * the body must have the right shape (the summary middleware then bounds its size).
 */
export const articleInputMiddleware =
  (strapi: Core.Strapi) =>
  async (context: DocumentContext, next: () => Promise<unknown>): Promise<unknown> => {
    if (context.uid !== ARTICLE_UID) return next();
    // PostgreSQL refuses a NUL in text and JSON with an error; refuse it first, on every action.
    if (containsNul(context.params)) {
      throw new errors.ValidationError('Text must not contain a NUL character', { path: [] });
    }
    const data = context.params.data as Record<string, unknown> | undefined;
    if (!WRITES.has(context.action) || !data || typeof data !== 'object') return next();

    if ('body' in data) checkBodyShape(data.body);
    checkRelationIds(strapi, data);
    const checked = context.action === 'clone' ? data : await requireTitleAndSlug(strapi, context, data);
    context.params = { ...context.params, data: withoutServerOwnedFields(checked) };
    return next();
  };
