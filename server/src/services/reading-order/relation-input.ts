/**
 * Reads the many shapes Strapi accepts for a xToOne relation (`"docId"`, `null`,
 * `{ documentId }`, `[...]`, `{ set }`, `{ connect, disconnect }`, numeric ids) and
 * turns them into one unambiguous intent. Strapi itself reads a documentId that
 * starts with a digit as a numeric row id; here a string is a documentId unless it
 * is made of digits only.
 */

export interface ArticleRef {
  documentId?: string;
  /** A row id, as Strapi allows; resolved to its documentId before use. */
  id?: number;
  locale?: string;
}

export type LinkIntent =
  { kind: 'unchanged' } | { kind: 'unset' } | { kind: 'set'; ref: ArticleRef } | { kind: 'disconnect'; refs: ArticleRef[] };

export class RelationInputError extends Error {
  constructor(
    readonly field: string,
    message: string
  ) {
    super(`${field}: ${message}`);
    this.name = 'RelationInputError';
  }
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const DIGITS = /^\d+$/;

const parseRef = (field: string, value: unknown): ArticleRef => {
  if (typeof value === 'number') {
    if (Number.isSafeInteger(value) && value > 0) return { id: value };
    throw new RelationInputError(field, `${value} is not a valid id`);
  }
  if (typeof value === 'string') {
    const trimmed = value.trim();
    if (trimmed === '') throw new RelationInputError(field, 'an empty string is not a documentId');
    return DIGITS.test(trimmed) ? { id: Number(trimmed) } : { documentId: trimmed };
  }
  if (isPlainObject(value) && ('documentId' in value || 'id' in value)) {
    const { documentId, id, locale } = value;
    if (locale !== undefined && locale !== null && typeof locale !== 'string') {
      throw new RelationInputError(field, 'locale must be a string');
    }
    const withLocale = typeof locale === 'string' ? { locale } : {};
    if (documentId !== undefined && documentId !== null) {
      if (typeof documentId !== 'string' || documentId.trim() === '') {
        throw new RelationInputError(field, 'documentId must be a non-empty string');
      }
      return { documentId: documentId.trim(), ...withLocale };
    }
    return { ...parseRef(field, id), ...withLocale };
  }
  throw new RelationInputError(field, `expected a documentId, got ${JSON.stringify(value) ?? typeof value}`);
};

/** Zero or one article: these links are one-to-one. */
const parseAtMostOne = (field: string, value: unknown): ArticleRef | null => {
  if (value === null) return null;
  const list = Array.isArray(value) ? value : [value];
  if (list.length > 1) {
    throw new RelationInputError(field, 'links to at most one article');
  }
  return list.length === 0 ? null : parseRef(field, list[0]);
};

export const parseRelationInput = (field: string, value: unknown): LinkIntent => {
  if (value === undefined) return { kind: 'unchanged' };
  if (value === null) return { kind: 'unset' };

  if (isPlainObject(value) && ('set' in value || 'connect' in value || 'disconnect' in value)) {
    const unknownKeys = Object.keys(value).filter((key) => !['set', 'connect', 'disconnect', 'options'].includes(key));
    if (unknownKeys.length > 0) {
      throw new RelationInputError(field, `unexpected key(s) ${unknownKeys.join(', ')}`);
    }
    if ('set' in value && ('connect' in value || 'disconnect' in value)) {
      throw new RelationInputError(field, 'use either set, or connect/disconnect, not both');
    }
    if ('set' in value) {
      const ref = parseAtMostOne(field, value.set ?? null);
      return ref ? { kind: 'set', ref } : { kind: 'unset' };
    }
    const connect = value.connect === undefined ? null : parseAtMostOne(field, value.connect);
    if (connect) return { kind: 'set', ref: connect };
    const disconnect = value.disconnect === undefined || value.disconnect === null ? [] : value.disconnect;
    const refs = (Array.isArray(disconnect) ? disconnect : [disconnect]).map((item) => parseRef(field, item));
    return refs.length > 0 ? { kind: 'disconnect', refs } : { kind: 'unchanged' };
  }

  const ref = parseAtMostOne(field, value);
  return ref ? { kind: 'set', ref } : { kind: 'unset' };
};
