import { errors } from '@strapi/utils';
import { z } from 'zod';

/**
 * Validation of a request through its route's zod schemas, answering as Strapi's
 * own (yup) validation does: a ValidationError whose message is the problem (or
 * "N errors occurred") and whose `details.errors` lists each one with its path.
 * Messages are yup's wording; a schema's own messages hold `${path}`, filled in here.
 */

/** A route's query parameters or path parameters, one schema each (Strapi's `request.query` / `request.params`). */
export type ParameterShape = Record<string, z.ZodType>;

/** What a query or params shape parses to. */
type ParsedShape<S extends ParameterShape> = z.output<z.ZodObject<S>>;

/** yup's `${path}`: `locale`, `order[0]`; the value itself is `this`. */
const pathName = (path: PropertyKey[]) =>
  path.length === 0
    ? 'this'
    : path.map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? String(key) : `.${String(key)}`)).join('');

/** yup's rendering of a value in a message: strings quoted, objects as indented JSON. */
const printValue = (value: unknown): string => {
  const simple = (item: unknown): string | null => {
    if (item === null || item === undefined || typeof item === 'boolean') return String(item);
    if (typeof item === 'number') return Object.is(item, -0) ? '-0' : String(item);
    if (typeof item === 'string') return `"${item}"`;
    return null;
  };
  return (
    simple(value) ??
    JSON.stringify(
      value,
      function replacer(this: Record<string, unknown>, key: string, item: unknown) {
        return simple(this[key]) ?? item;
      },
      2
    )
  );
};

const typeError = (expected: string, input: unknown) =>
  `\${path} must be a \`${expected}\` type, but the final value was: \`${printValue(input)}\`.`;

const SIZES: Record<string, { small: (n: unknown) => string; big: (n: unknown) => string }> = {
  string: { small: (n) => `\${path} must be at least ${n} characters`, big: (n) => `\${path} must be at most ${n} characters` },
  number: { small: (n) => `\${path} must be greater than or equal to ${n}`, big: (n) => `\${path} must be less than or equal to ${n}` },
  array: {
    small: (n) => `\${path} field must have at least ${n} items`,
    big: (n) => `\${path} field must have less than or equal to ${n} items`,
  },
};

/** The message of an issue whose schema gives none. */
const defaultMessage = (issue: z.core.$ZodRawIssue): string | undefined => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return '${path} is a required field';
      if (issue.expected === 'int') return '${path} must be an integer';
      return typeError(Array.isArray(issue.input) && issue.expected === 'object' ? 'object' : issue.expected, issue.input);
    case 'too_small':
      return SIZES[issue.origin]?.small(issue.minimum);
    case 'too_big':
      return SIZES[issue.origin]?.big(issue.maximum);
    case 'unrecognized_keys':
      return `unknown field(s): ${issue.keys.join(', ')}`;
    case 'invalid_value':
      return `\${path} must be one of the following values: ${issue.values.map(String).join(', ')}`;
    default:
      return undefined;
  }
};

/** The problems as yup lists them (REST answers leave the values out: `error-answers.ts`). */
const issuesOf = (error: z.ZodError) =>
  error.issues.map((issue) => ({
    path: issue.path.map(String),
    message: issue.message.split('${path}').join(pathName(issue.path)),
    name: 'ValidationError',
    value: issue.input,
  }));

/** Parses `input` with `schema`, or throws Strapi's ValidationError listing every problem. */
const parseWith = <T extends z.ZodType>(schema: T, input: unknown): z.output<T> => {
  const result = schema.safeParse(input, { error: defaultMessage, reportInput: true });
  if (result.success) return result.data;
  const listed = issuesOf(result.error);
  throw new errors.ValidationError(listed.length === 1 ? listed[0].message : `${listed.length} errors occurred`, { errors: listed });
};

/**
 * Parses a value whose problems are answered one at a time, the first found, as a
 * message about `field` (`details.field`; by default the field the problem is in).
 */
export const parseField = <T extends z.ZodType>(schema: T, input: unknown, field?: string): z.output<T> => {
  const result = schema.safeParse(input, { error: defaultMessage, reportInput: true });
  if (result.success) return result.data;
  const [first] = result.error.issues;
  throw new errors.ValidationError(issuesOf(result.error)[0].message, { field: field ?? String(first.path[0]) });
};

/** Whether a schema takes one plain value (a string, number, boolean or one of a list), however wrapped. */
const takesPlainValue = (schema: z.ZodType): boolean => {
  const def = schema.def as { type: string; innerType?: z.ZodType; out?: z.ZodType };
  if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default') return takesPlainValue(def.innerType!);
  if (def.type === 'pipe') return takesPlainValue(def.out!);
  return ['string', 'number', 'boolean', 'enum', 'literal'].includes(def.type);
};

/** The keys of a shape whose schemas take one plain value. */
const plainKeys = (shape: ParameterShape) => Object.keys(shape).filter((key) => takesPlainValue(shape[key]));

/**
 * Refuses a value that is not plain text (or null, where allowed) before the schema
 * sees it, naming the field: query strings parse `locale[$ne]=x` into an object and
 * `locale=a&locale=b` into an array.
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

/** Refuses keys outside `allowed` with a 400 naming (a few of) them in `details.fields`. */
const refuseUnknownKeys = (input: unknown, allowed: string[], what: 'field' | 'query parameter') => {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return;
  const unknown = Object.keys(input).filter((key) => !allowed.includes(key));
  if (unknown.length === 0) return;
  const named = unknown.slice(0, MAX_NAMED_KEYS);
  const more = unknown.length > named.length ? ` and ${unknown.length - named.length} more` : '';
  throw new errors.ValidationError(`unknown ${what}(s): ${named.join(', ')}${more}`, { fields: named });
};

const objects = new WeakMap<ParameterShape, z.ZodObject>();
const objectOf = <S extends ParameterShape>(shape: S): z.ZodObject<S> => {
  if (!objects.has(shape)) objects.set(shape, z.object(shape));
  return objects.get(shape) as z.ZodObject<S>;
};

/**
 * A route's query (`ctx.query`) through its `request.query` schemas. Parameters the
 * route does not take are ignored, or with `strict` refused with a 400 (where a typo
 * such as `?locales=fr` would silently read or write the default locale).
 */
export const parseQuery = <S extends ParameterShape>(shape: S, query: unknown, { strict = false } = {}): ParsedShape<S> => {
  if (strict) refuseUnknownKeys(query, Object.keys(shape), 'query parameter');
  assertPlainValues(query, plainKeys(shape));
  return parseWith(objectOf(shape), query ?? {});
};

interface BodyOptions {
  /** Refused first, with this message, when the body is not a JSON object. */
  notAnObject?: string;
  /** Unknown fields named in `details.fields` (a few) before the schema runs; else the schema's own answer. */
  nameUnknownFields?: boolean;
  /** `null` passes the plain-value check, for the schema to judge. */
  allowNull?: boolean;
  /** The first problem alone, as `details.field` (see `parseField`), instead of the list. */
  firstProblem?: boolean;
  /** The route's own checks of the raw body, after the plain-value check and before the schema. */
  check?: (body: Record<string, unknown>) => void;
}

const isJsonObject = (body: unknown): body is Record<string, unknown> => body !== null && typeof body === 'object' && !Array.isArray(body);

/** A route's JSON body through its `request.body` schema. */
export const parseBody = <T extends z.ZodObject>(schema: T, body: unknown, options: BodyOptions = {}): z.output<T> => {
  const { notAnObject, nameUnknownFields = false, allowNull = false, firstProblem = false, check } = options;
  if (notAnObject !== undefined && !isJsonObject(body)) throw new errors.ValidationError(notAnObject);
  if (nameUnknownFields) refuseUnknownKeys(body, Object.keys(schema.shape), 'field');
  assertPlainValues(body, plainKeys(schema.shape), { allowNull });
  if (check && isJsonObject(body)) check(body);
  return firstProblem ? parseField(schema, body) : parseWith(schema, body);
};

/**
 * A list of documentIds in a body (`order`, `articles`), checked before the schema:
 * its errors would list (and echo) every id past `max`, and every item that is not text.
 */
export const assertDocumentIdList = (value: unknown, field: string, max?: { length: number; message: string }) => {
  if (max && Array.isArray(value) && value.length > max.length) {
    throw new errors.ValidationError(max.message, { field, max: max.length });
  }
  if (value !== undefined && (!Array.isArray(value) || value.some((item) => typeof item !== 'string'))) {
    throw new errors.ValidationError(`${field} must be a list of documentIds`, { field });
  }
};
