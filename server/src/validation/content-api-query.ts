import { errors, isOperatorOfType } from '@strapi/utils';

import { assertPlainValues } from './request';
import { containsNul } from './text';

/** Deeper filters than this are refused: real queries never nest this far, and each level is work. */
const MAX_DEPTH = 16;

type Node = { value: unknown; path: string; depth: number };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const isScalar = (value: unknown) => ['string', 'number', 'boolean'].includes(typeof value) || value === null;

const refuse = (path: string, message: string): never => {
  throw new errors.ValidationError(`${path} ${message}`, { path: path.split('.') });
};

/** The value of a comparison operator: one plain value, or a list of them (`$in`, `$between`, and `$eq: [a, b]` as "any of"). */
const checkOperand = (value: unknown, path: string) => {
  if (isScalar(value) || (Array.isArray(value) && value.every(isScalar))) return;
  refuse(path, 'must be a plain value or a list of plain values');
};

/**
 * Filters Strapi's query parser would turn into a 500 (an unknown `$operator`,
 * an object under `$eq`, ...) are refused with a 400 naming the path.
 */
const checkFilters = (filters: unknown, root: string) => {
  const stack: Node[] = [{ value: filters, path: root, depth: 0 }];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop()!;
    if (depth > MAX_DEPTH) refuse(root, `nest at most ${MAX_DEPTH} levels`);
    if (Array.isArray(value)) {
      value.forEach((item, index) => stack.push({ value: item, path: `${path}.${index}`, depth: depth + 1 }));
      continue;
    }
    if (!isRecord(value)) continue;
    for (const [key, child] of Object.entries(value)) {
      const childPath = `${path}.${key}`;
      if (!key.startsWith('$') || isOperatorOfType('group', key) || key === '$not') {
        stack.push({ value: child, path: childPath, depth: depth + 1 });
      } else if (isOperatorOfType('where', key)) {
        checkOperand(child, childPath);
      } else {
        refuse(childPath, 'is not a filter operator');
      }
    }
  }
};

/**
 * The filters of a document-service call on a served type, from any route (a site's
 * own `DELETE /api/posts/:id?filters[...]`, which Strapi does not validate and whose
 * malformed operators it turns into a 500), checked as the article's routes check them.
 */
export const validateDocumentFilters = (filters: unknown) => {
  if (filters !== undefined && filters !== null) checkFilters(filters, 'filters');
};

/** `populate` as a list or `*`, or an object whose values are true/false/`*` or nested populate objects. */
const checkPopulate = (populate: unknown, path: string, depth = 0) => {
  if (depth > MAX_DEPTH) refuse(path, `nests at most ${MAX_DEPTH} levels`);
  if (typeof populate === 'string' || typeof populate === 'boolean') return;
  if (Array.isArray(populate)) {
    if (!populate.every((item) => typeof item === 'string')) refuse(path, 'must list attribute names');
    return;
  }
  if (!isRecord(populate)) refuse(path, 'must be "*", a list of attribute names or an object');
  for (const [key, value] of Object.entries(populate as Record<string, unknown>)) {
    const childPath = `${path}.${key}`;
    if (key === 'filters') checkFilters(value, childPath);
    else if (key === 'populate') checkPopulate(value, childPath, depth + 1);
    else if (['fields', 'sort', 'on', 'count'].includes(key)) continue;
    else if (isRecord(value)) checkPopulate(value, childPath, depth + 1);
    else if (!['true', 'false', '*'].includes(String(value))) refuse(childPath, 'must be true, false, "*" or an object');
  }
};

/**
 * The query of the article's core content-API routes, checked for what Strapi
 * itself would answer with a 500: `locale`/`status` given as objects or lists, a
 * NUL character (PostgreSQL refuses it in text), malformed filters or populate.
 */
export const validateContentApiQuery = (query: unknown) => {
  if (!isRecord(query)) return;
  assertPlainValues(query, ['locale', 'status']);
  if (containsNul(query)) refuse('query', 'must not contain a NUL character');
  if ('filters' in query) checkFilters(query.filters, 'filters');
  if ('populate' in query) checkPopulate(query.populate, 'populate');
};
