import { yup } from '@strapi/utils';

import { URL_PLACEHOLDERS } from '../services/reader/json-ld';
import { DEFAULT_CONFIG } from './defaults';

export { DEFAULT_CONFIG, type NewsroomConfig } from './defaults';

/*
 * Shape and limits of every option. Unknown keys are rejected so that a typo in
 * `config/plugins.ts` fails at startup instead of being silently ignored.
 * (`${unknown}` is yup's placeholder, filled in by yup, not by JavaScript.)
 */
/** One content type's mapping: which of its attributes hold what the plugin reads and writes. */
const fieldMapping = (uid: string) => {
  const name = (role: string) =>
    yup.string().strict().trim().min(1, `contentTypes["${uid}"].${role} must name an attribute`);
  return yup
    .object({
      title: name('title').required(`contentTypes["${uid}"].title is required`),
      slug: name('slug').required(`contentTypes["${uid}"].slug is required`),
      summary: name('summary').required(`contentTypes["${uid}"].summary is required`),
      body: name('body').required(`contentTypes["${uid}"].body is required`),
      cover: name('cover'),
      previous: name('previous'),
      next: name('next'),
    })
    .noUnknown(true, `unknown option "contentTypes['${uid}'].\${unknown}"`)
    .typeError(`contentTypes["${uid}"] must be an object naming the fields`);
};

/** `contentTypes` is keyed by uid: each value is checked against `fieldMapping`; the uids themselves at register. */
const contentTypesSchema = yup.lazy((value: unknown) =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
    ? yup.object(Object.fromEntries(Object.keys(value).map((uid) => [uid, fieldMapping(uid)])))
    : yup.object().typeError('contentTypes must be an object keyed by content-type uid')
);

/** `readingOrder.scopes`: uid -> attribute names; the uids and names themselves are checked at register. */
const scopesSchema = yup.lazy((value: unknown) =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
    ? yup.object(
        Object.fromEntries(
          Object.keys(value).map((uid) => [
            uid,
            yup
              .array()
              .of(yup.string().strict().trim().min(1).max(100))
              .max(20, `readingOrder.scopes["${uid}"] may name at most 20 attributes`)
              .typeError(`readingOrder.scopes["${uid}"] must be a list of attribute names`),
          ])
        )
      )
    : yup.object().typeError('readingOrder.scopes must be an object keyed by content-type uid')
);

/** An object keyed by content-type uid whose values `valueSchema` checks; the uids themselves are checked at register. */
const keyedByUid = (option: string, valueSchema: (uid: string) => yup.AnySchema) =>
  yup.lazy((value: unknown) =>
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? yup.object(Object.fromEntries(Object.keys(value).map((uid) => [uid, valueSchema(uid)])))
      : yup.object().typeError(`${option} must be an object keyed by content-type uid`)
  );

/** The placeholders of a template that are not known ones (none in a good template). */
const unknownPlaceholders = (template: string): string[] => {
  const unknown: string[] = [];
  for (let open = template.indexOf('{'); open !== -1; open = template.indexOf('{', open + 1)) {
    const close = template.indexOf('}', open);
    const name = close === -1 ? template.slice(open) : template.slice(open + 1, close);
    if (!(URL_PLACEHOLDERS as readonly string[]).includes(name)) unknown.push(name);
  }
  return unknown;
};

/** `urls`: an absolute http(s) URL template naming the page by `{slug}` or `{documentId}`. */
const urlTemplate = (uid: string) =>
  yup
    .string()
    .strict()
    .max(2_000)
    .test('absolute', `urls["${uid}"] must be an absolute http:// or https:// URL`, (value) => value === undefined || value.startsWith('https://') || value.startsWith('http://'))
    .test('page', `urls["${uid}"] must hold {slug} or {documentId}`, (value) => value === undefined || value.includes('{slug}') || value.includes('{documentId}'))
    .test('placeholders', `urls["${uid}"] may hold only ${URL_PLACEHOLDERS.map((name) => `{${name}}`).join(', ')}`, (value) => value === undefined || unknownPlaceholders(value).length === 0);

/** `structuredData`: the schema.org type (a name such as BlogPosting) and the author's attribute. */
const structuredDataMapping = (uid: string) =>
  yup
    .object({
      type: yup.string().strict().matches(/^[A-Z][A-Za-z]{1,63}$/, `structuredData["${uid}"].type must be a schema.org type name, such as NewsArticle or BlogPosting`),
      author: yup.string().strict().trim().min(1).max(100),
    })
    .noUnknown(true, `unknown option "structuredData['${uid}'].\${unknown}"`)
    .typeError(`structuredData["${uid}"] must be an object: { type, author }`);

const configSchema = yup
  .object({
    builtInArticle: yup.boolean(),
    contentTypes: contentTypesSchema as any,
    summary: yup
      .object({
        maxLength: yup.number().integer().min(1).max(100_000),
        auto: yup.boolean(),
      })
      .noUnknown(true, 'unknown option "summary.${unknown}"'),
    readingOrder: yup
      .object({
        allowCycles: yup.boolean(),
        onDelete: yup.mixed().oneOf(['heal', 'unlink']),
        skipUnpublished: yup.boolean(),
        fallback: yup.mixed().oneOf(['none', 'publishedAt']),
        lockTimeoutMs: yup.number().integer().min(100).max(600_000),
        scopes: scopesSchema as any,
        wrap: yup.boolean(),
      })
      .noUnknown(true, 'unknown option "readingOrder.${unknown}"'),
    urls: keyedByUid('urls', urlTemplate),
    structuredData: keyedByUid('structuredData', structuredDataMapping),
    bulk: yup
      .object({
        chunkSize: yup.number().integer().min(1).max(10_000),
      })
      .noUnknown(true, 'unknown option "bulk.${unknown}"'),
    limits: yup
      .object({
        maxBodyBytes: yup.number().integer().min(1_000).max(100_000_000),
        maxBodyWords: yup.number().integer().min(100).max(10_000_000),
      })
      .noUnknown(true, 'unknown option "limits.${unknown}"'),
    reader: yup
      .object({
        cacheControl: yup.string().trim().min(1),
        wordsPerMinute: yup.number().integer().min(50).max(2_000),
        // Replaced by `cache` (whole answers, invalidated on every instance): say so rather than "unknown option".
        etagCacheMs: yup
          .mixed()
          .test('replaced', 'reader.etagCacheMs was replaced by the cache option (see docs/caching.md: cache.maxBytes, cache.ttlMs)', (value) => value === undefined),
        // An HTTP header name (RFC 9110 token characters), or false for none.
        cacheTagHeader: yup.mixed().test(
          'header-name',
          'reader.cacheTagHeader must be an HTTP header name (letters, digits, -) or false',
          (value) => value === undefined || value === false || (typeof value === 'string' && /^[A-Za-z0-9-]{1,64}$/.test(value))
        ),
        cacheTagSeparator: yup.mixed().oneOf([',', ' '], 'reader.cacheTagSeparator must be "," or " "'),
      })
      .noUnknown(true, 'unknown option "reader.${unknown}"'),
    cache: yup
      .object({
        maxBytes: yup.number().integer().min(0).max(4 * 1024 ** 3),
        ttlMs: yup.number().integer().min(0).max(86_400_000).nullable(),
        redis: yup
          .mixed()
          .test(
            'redis',
            'cache.redis must be false, a redis:// or rediss:// URL, or node-redis client options',
            (value) =>
              value === undefined ||
              value === false ||
              (typeof value === 'string' && (value.startsWith('redis://') || value.startsWith('rediss://'))) ||
              (value !== null && typeof value === 'object' && !Array.isArray(value))
          ),
        // Quoted into LISTEN: an SQL identifier, checked here.
        channel: yup.string().matches(/^[a-z_][a-z0-9_]{0,62}$/, 'cache.channel must be a lowercase identifier (a-z, 0-9, _), 63 characters at most'),
      })
      .noUnknown(true, 'unknown option "cache.${unknown}"'),
  })
  .noUnknown(true, 'unknown option "${unknown}"');

export class NewsroomConfigError extends Error {
  constructor(problems: string[]) {
    super(`Invalid configuration for plugin "newsroom": ${problems.join('; ')}`);
    this.name = 'NewsroomConfigError';
  }
}

/** Throws one error naming every bad key; Strapi calls this at startup with defaults merged in. */
export const validateConfig = (config: unknown): void => {
  try {
    configSchema.validateSync(config, { strict: true, abortEarly: false });
  } catch (error) {
    const problems = (error as { errors?: string[] }).errors ?? [String(error)];
    throw new NewsroomConfigError(problems);
  }
};

export default {
  default: DEFAULT_CONFIG,
  validator: validateConfig,
};
