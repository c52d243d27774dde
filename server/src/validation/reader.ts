import { errors } from '@strapi/utils';

import type { z } from 'zod';

import { continueBody, continueQuery, feedQuery, readIds } from '../../../contracts/schemas/reader';
import { slugOrDocumentId } from '../../../contracts/schemas/common';
import type { NewsroomType, ReadingScope } from '../registry';
import { parseBody, parseField, parseQuery } from './request';

/** A slug or documentId in a path or an argument (`field`): a non-empty segment of sensible length, without control characters; trimmed. */
export const validateKey = (key: unknown, field = 'slugOrDocumentId'): string => {
  const parsed = slugOrDocumentId.safeParse(key);
  if (!parsed.success) throw new errors.ValidationError(`${field} must be a slug or a documentId`, { field });
  return parsed.data;
};

/** The scope asked for (`?scope=`), one of the type's `readingOrder.scopes`, or a 400 naming them. */
export const resolveScope = (type: NewsroomType, scope: string | undefined): ReadingScope | null => {
  if (scope === undefined) return null;
  const found = type.scopes.get(scope);
  if (found) return found;
  const allowed = [...type.scopes.keys()];
  const known =
    allowed.length > 0
      ? `the configured scopes of ${type.displayName} are ${allowed.join(', ')}`
      : `${type.displayName} has no scopes configured (readingOrder.scopes)`;
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

/** The documentIds a reader has read (REST `?read=` and body, GraphQL `read:`); a problem is one 400 about `read`. */
export const validateReadIds = (ids: unknown): Set<string> => new Set(parseField(readIds, ids, 'read'));

/**
 * `?read=<documentId>,<documentId>...`: what the reader has read, split on commas
 * (no regular expression). Absent or empty: nothing read.
 */
export const validateContinueQuery = (query: unknown) => {
  const { locale, read } = parseQuery(continueQuery, query);
  if (read === undefined || read === '') return { locale, read: new Set<string>() };
  return { locale, read: validateReadIds(read.split(',')) };
};

/** The body of `POST .../continue`: `{ "read": [documentId, ...] }`, nothing else. */
export const validateContinueBody = (body: unknown): Set<string> => {
  const { read } = parseBody(continueBody, body, {
    notAnObject: 'The body must be a JSON object: { "read": [documentId, ...] }',
    nameUnknownFields: true,
    firstProblem: true,
  });
  return new Set(read ?? []);
};

/** The feed's query once parsed. */
export type FeedQueryInput = z.output<z.ZodObject<typeof feedQuery>>;

/**
 * A feed lists one thing: a series, or one scope value (`scope` with its `value`), or
 * else the newest articles; a mix, or half of a scope, is a 400.
 */
export const assertOneFeedSource = (query: FeedQueryInput) => {
  if (query.series !== undefined && (query.scope !== undefined || query.value !== undefined)) {
    throw new errors.ValidationError('A feed is of a series or of a scope value, not both', { field: 'series', rule: 'one-source' });
  }
  if (query.scope !== undefined && query.value === undefined) {
    throw new errors.ValidationError('scope needs a value: the feed of one category, tag, ... (value=<documentId or slug>)', {
      field: 'value',
      rule: 'required',
    });
  }
  if (query.value !== undefined && query.scope === undefined) {
    throw new errors.ValidationError('value needs a scope: which attribute it is a value of (scope=category)', {
      field: 'scope',
      rule: 'required',
    });
  }
};
