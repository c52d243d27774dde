import { errors, validateYupSchema, yup } from '@strapi/utils';

import { hasControlCharacter } from './text';

/** A whole number in [min, max] from a query string, with a default. */
export const wholeNumber = (min: number, max: number, defaultValue: number) =>
  yup.number().typeError('${path} must be a whole number').integer().min(min).max(max).default(defaultValue);


/** Trimmed text of at most `maxLength` characters, without control characters. */
export const printableText = (maxLength: number) =>
  yup
    .string()
    .trim()
    .max(maxLength)
    .test('printable', '${path} must not contain control characters', (value) => value == null || !hasControlCharacter(value));

/** A documentId or slug given in a body or query. */
export const documentKey = () => printableText(255);

/** A locale code as given; whether the app knows it is checked against the database separately. */
export const localeCode = () => printableText(64).min(1);

/**
 * Refuses a value that is not plain text (or null, where allowed) before yup sees
 * it: query strings parse `locale[$ne]=x` into an object and `locale=a&locale=b`
 * into an array, and yup's `trim()` throws a TypeError (a 500) on those.
 */
export const assertPlainValues = (input: unknown, keys: string[], { allowNull = false } = {}) => {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return;
  for (const key of keys) {
    const value = (input as Record<string, unknown>)[key];
    const plain = value === undefined || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
    if (!plain && !(allowNull && value === null)) {
      throw new errors.ValidationError(`${key} must be given once, as a plain value`, { field: key });
    }
  }
};

/** Unknown keys named in an error, at most: a body of 100,000 keys must not come back in the answer. */
const MAX_NAMED_KEYS = 10;

/**
 * Refuses keys outside `allowed` with a 400 naming (a few of) them: Strapi's yup
 * validation strips unknown keys instead of refusing them, and a typo must not pass silently.
 */
export const refuseUnknownKeys = (input: unknown, allowed: readonly string[], what: 'field' | 'query parameter' = 'field') => {
  if (input === null || typeof input !== 'object') return;
  const unknown = Object.keys(input).filter((key) => !allowed.includes(key));
  if (unknown.length === 0) return;
  const named = unknown.slice(0, MAX_NAMED_KEYS);
  const more = unknown.length > named.length ? ` and ${unknown.length - named.length} more` : '';
  throw new errors.ValidationError(`unknown ${what}(s): ${named.join(', ')}${more}`, { fields: named });
};

/** Validates a query string against a yup object schema, refusing objects and arrays in its fields. */
export const queryValidator =
  <T>(schema: yup.ObjectSchema<any>) =>
  async (query: unknown): Promise<T> => {
    assertPlainValues(query, Object.keys(schema.fields));
    return (await validateYupSchema(schema, { strict: false })(query)) as T;
  };

/** A content-type uid as given in `type=`; whether the plugin serves it is checked by the `types` service. */
export const contentTypeUid = () => printableText(255).min(1);

/** The query of a route whose only parameter is `type` (the admin's PUT and POST routes). */
export const validateTypeQuery = queryValidator<{ type?: string }>(yup.object({ type: contentTypeUid() }));
