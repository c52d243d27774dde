import { hasControlCharacter } from './text';
import { errors, yup } from '@strapi/utils';

import type { NewsroomType, ReadingScope } from '../registry';
import { contentTypeUid, localeCode, printableText, queryValidator, refuseUnknownKeys, wholeNumber } from './common';

/** How far the reader's reading-order list may reach each way. */
export const MAX_READER_ORDER_STEPS = 50;

const steps = wholeNumber(0, MAX_READER_ORDER_STEPS, 5);

/** `type` and `locale`: every reader and admin route that reads one article takes both. */
const localeOnly = yup.object({ type: contentTypeUid(), locale: localeCode() });
const orderQuery = localeOnly.shape({ before: steps, after: steps });
const readQuery = localeOnly.shape({ scope: printableText(100).min(1) });

/** A slug or documentId: a non-empty path segment of sensible length, without control characters. */
export const validateKey = (key: unknown, field = 'slugOrDocumentId'): string => {
  if (typeof key !== 'string' || key.trim() === '' || key.length > 255 || hasControlCharacter(key)) {
    throw new errors.ValidationError(`${field} must be a slug or a documentId`, { field });
  }
  return key.trim();
};

export const validateLocaleQuery = queryValidator<{ type?: string; locale?: string }>(localeOnly);

export const validateOrderQuery = queryValidator<{ type?: string; locale?: string; before: number; after: number }>(orderQuery);

export const validateReadQuery = queryValidator<{ type?: string; locale?: string; scope?: string }>(readQuery);

/** The scope asked for (`?scope=`), one of the type's `readingOrder.scopes`, or a 400 naming them. */
export const resolveScope = (type: NewsroomType, scope: string | undefined): ReadingScope | null => {
  if (scope === undefined) return null;
  const found = type.scopes.get(scope);
  if (found) return found;
  const allowed = [...type.scopes.keys()];
  const known = allowed.length > 0 ? `the configured scopes of ${type.displayName} are ${allowed.join(', ')}` : `${type.displayName} has no scopes configured (readingOrder.scopes)`;
  throw new errors.ValidationError(`Unknown scope "${scope}": ${known}`, { field: 'scope', allowed });
};

/**
 * `scope` narrows an article's neighbors (read, neighbors). The summary has no
 * neighbors and the reading-order list is the whole order: silently ignored there,
 * a scope would make a client believe its answer was scoped.
 */
export const refuseScope = (query: unknown, route: 'summary' | 'reading-order') => {
  if (query !== null && typeof query === 'object' && 'scope' in query) {
    throw new errors.ValidationError(`scope applies to read and neighbors only; ${route} does not take it`, { field: 'scope' });
  }
};

/** Strapi's documentIds are lowercase letters and digits; a slug (with its dashes) or free text is not one. */
const looksLikeDocumentId = (text: string) => {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    const digit = code >= 48 && code <= 57;
    const lower = code >= 97 && code <= 122;
    if (!digit && !lower) return false;
  }
  return true;
};

/** Largest page of a series' articles. */
export const MAX_SERIES_PAGE_SIZE = 100;

/** Most documentIds a reader may send as read (a series holds at most 1,000 articles). */
export const MAX_READ_IDS = 1_000;

export const validateSeriesQuery = queryValidator<{ locale?: string; page: number; pageSize: number }>(
  yup.object({ locale: localeCode(), page: wholeNumber(1, 1_000_000, 1), pageSize: wholeNumber(1, MAX_SERIES_PAGE_SIZE, 25) })
);

const continueQuery = queryValidator<{ locale?: string; read?: string }>(
  yup.object({ locale: localeCode(), read: yup.string().max(MAX_READ_IDS * 256, '${path} is too long') })
);

/**
 * `?read=<documentId>,<documentId>...`: what the reader has read, split on commas
 * (no regular expression); an empty item, a control character or more than
 * MAX_READ_IDS items is a 400. Absent or empty: nothing read.
 */
export const validateContinueQuery = async (query: unknown) => {
  const { locale, read } = await continueQuery(query);
  if (read === undefined || read === '') return { locale, read: new Set<string>() };
  return { locale, read: validateReadIds(read.split(',')) };
};

/** The body of `POST .../continue`: `{ "read": [documentId, ...] }`, nothing else. */
export const validateContinueBody = (body: unknown): Set<string> => {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new errors.ValidationError('The body must be a JSON object: { "read": [documentId, ...] }');
  }
  refuseUnknownKeys(body, ['read']);
  const { read } = body as { read?: unknown };
  if (read === undefined) return new Set();
  if (!Array.isArray(read)) throw new errors.ValidationError('read must be a list of documentIds', { field: 'read' });
  return validateReadIds(read);
};

/** The documentIds a reader has read (REST `?read=`, GraphQL `read:`): at most MAX_READ_IDS, each one a documentId. */
export const validateReadIds = (ids: unknown[]): Set<string> => {
  if (ids.length > MAX_READ_IDS) throw new errors.ValidationError(`read may name at most ${MAX_READ_IDS} articles`, { field: 'read' });
  for (const id of ids) {
    if (typeof id !== 'string' || id === '' || id.length > 255 || hasControlCharacter(id)) {
      throw new errors.ValidationError('read must be documentIds separated by commas, none empty', { field: 'read' });
    }
    if (!looksLikeDocumentId(id)) {
      // A slug would silently count as unread: the answer would be wrong, so it is refused.
      throw new errors.ValidationError(`read must be documentIds (lowercase letters and digits), not slugs: "${id.slice(0, 64)}" is not one`, {
        field: 'read',
      });
    }
  }
  return new Set(ids as string[]);
};
