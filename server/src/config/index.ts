import { z } from 'zod';

import { URL_PLACEHOLDERS } from '../services/reader/json-ld';
import { DEFAULT_CONFIG } from './defaults';

export { DEFAULT_CONFIG, type NewsroomConfig } from './defaults';

/*
 * Shape and limits of every option, in zod like the routes' schemas. Objects are
 * strict: a typo in `config/plugins.ts` fails at startup ("unknown option") instead
 * of being silently ignored. Messages name the option as a site owner writes it.
 */

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const wholeNumber = (min: number, max: number) => z.number().int().min(min).max(max);

/** One content type's mapping: which of its attributes hold what the plugin reads and writes. */
const fieldMapping = (uid: string) => {
  const name = (role: string) =>
    z
      .string({
        error: (issue) =>
          issue.input === undefined
            ? `contentTypes["${uid}"].${role} is required`
            : `contentTypes["${uid}"].${role} must name an attribute`,
      })
      .trim()
      .min(1, `contentTypes["${uid}"].${role} must name an attribute`);
  return z.strictObject(
    {
      title: name('title'),
      slug: name('slug'),
      summary: name('summary'),
      body: name('body'),
      cover: name('cover').optional(),
      keyPoints: name('keyPoints').optional(),
      previous: name('previous').optional(),
      next: name('next').optional(),
    },
    { error: (issue) => (issue.code === 'invalid_type' ? `contentTypes["${uid}"] must be an object naming the fields` : undefined) }
  );
};

/**
 * An object keyed by content-type uid, each value checked by `valueOf(uid)` (the
 * uids themselves are checked at register, against the app's types).
 */
const byUid = (option: string, valueOf: (uid: string) => z.ZodType) =>
  z
    .unknown()
    .check((context) => {
      const { value } = context;
      if (value === undefined) return;
      if (!isPlainObject(value)) {
        context.issues.push({ code: 'custom', message: `${option} must be an object keyed by content-type uid`, input: value });
        return;
      }
      for (const [uid, entry] of Object.entries(value)) {
        const checked = valueOf(uid).safeParse(entry);
        if (checked.success) continue;
        // Each problem worded with the option's full name (`contentTypes["api::post.post"].body`).
        for (const issue of checked.error.issues) {
          for (const message of describeIssue({ ...issue, path: [...option.split('.'), uid, ...issue.path] })) {
            context.issues.push({ code: 'custom', message, input: entry, path: [] });
          }
        }
      }
    })
    .optional();

/** `readingOrder.scopes`: uid -> attribute names; the uids and names themselves are checked at register. */
const scopeNames = (uid: string) =>
  z
    .array(z.string().trim().min(1, `readingOrder.scopes["${uid}"] names an empty attribute`).max(100), {
      error: `readingOrder.scopes["${uid}"] must be a list of attribute names`,
    })
    .max(20, `readingOrder.scopes["${uid}"] may name at most 20 attributes`);

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
  z
    .string({ error: `urls["${uid}"] must be an absolute http:// or https:// URL` })
    .max(2_000, `urls["${uid}"] may be 2000 characters at most`)
    .refine(
      (value) => value.startsWith('https://') || value.startsWith('http://'),
      `urls["${uid}"] must be an absolute http:// or https:// URL`
    )
    .refine((value) => value.includes('{slug}') || value.includes('{documentId}'), `urls["${uid}"] must hold {slug} or {documentId}`)
    .refine(
      (value) => unknownPlaceholders(value).length === 0,
      `urls["${uid}"] may hold only ${URL_PLACEHOLDERS.map((name) => `{${name}}`).join(', ')}`
    );

/** `structuredData`: the schema.org type (a name such as BlogPosting) and the author's attribute. */
const structuredDataMapping = (uid: string) =>
  z.strictObject(
    {
      type: z
        .string()
        .regex(/^[A-Z][A-Za-z]{1,63}$/, `structuredData["${uid}"].type must be a schema.org type name, such as NewsArticle or BlogPosting`)
        .optional(),
      author: z.string().trim().min(1, `structuredData["${uid}"].author must name an attribute`).max(100).optional(),
    },
    { error: (issue) => (issue.code === 'invalid_type' ? `structuredData["${uid}"] must be an object: { type, author }` : undefined) }
  );

/** An HTTP header name (RFC 9110 token characters), checked without a pattern that could backtrack. */
const isHeaderName = (value: string) => value.length >= 1 && value.length <= 64 && [...value].every((c) => /[A-Za-z0-9-]/.test(c));

/** Quoted into LISTEN: a lowercase SQL identifier. */
const isChannelName = (value: string) => /^[a-z_][a-z0-9_]{0,62}$/.test(value);

const configSchema = z.strictObject({
  builtInArticle: z.boolean().optional(),
  contentTypes: byUid('contentTypes', fieldMapping),
  summary: z
    .strictObject({
      maxLength: wholeNumber(1, 100_000).optional(),
      auto: z.boolean().optional(),
    })
    .optional(),
  readingOrder: z
    .strictObject({
      allowCycles: z.boolean().optional(),
      onDelete: z.enum(['heal', 'unlink']).optional(),
      skipUnpublished: z.boolean().optional(),
      fallback: z.enum(['none', 'publishedAt']).optional(),
      lockTimeoutMs: wholeNumber(100, 600_000).optional(),
      scopes: byUid('readingOrder.scopes', scopeNames),
      wrap: z.boolean().optional(),
    })
    .optional(),
  urls: byUid('urls', urlTemplate),
  structuredData: byUid('structuredData', structuredDataMapping),
  bulk: z.strictObject({ chunkSize: wholeNumber(1, 10_000).optional() }).optional(),
  limits: z
    .strictObject({
      maxBodyBytes: wholeNumber(1_000, 100_000_000).optional(),
      maxBodyWords: wholeNumber(100, 10_000_000).optional(),
    })
    .optional(),
  reader: z
    .strictObject({
      cacheControl: z.string().trim().min(1).optional(),
      wordsPerMinute: wholeNumber(50, 2_000).optional(),
      // Replaced by `cache` (whole answers, invalidated on every instance): say so rather than "unknown option".
      etagCacheMs: z
        .undefined({ error: 'reader.etagCacheMs was replaced by the cache option (see docs/caching.md: cache.maxBytes, cache.ttlMs)' })
        .optional(),
      cacheTagHeader: z
        .unknown()
        .refine(
          (value) => value === undefined || value === false || (typeof value === 'string' && isHeaderName(value)),
          'reader.cacheTagHeader must be an HTTP header name (letters, digits, -) or false'
        )
        .optional(),
      cacheTagSeparator: z.enum([',', ' '], { error: 'reader.cacheTagSeparator must be "," or " "' }).optional(),
    })
    .optional(),
  cache: z
    .strictObject({
      maxBytes: wholeNumber(0, 4 * 1024 ** 3).optional(),
      ttlMs: wholeNumber(0, 86_400_000).nullable().optional(),
      redis: z
        .unknown()
        .refine(
          (value) =>
            value === undefined ||
            value === false ||
            (typeof value === 'string' && (value.startsWith('redis://') || value.startsWith('rediss://'))) ||
            isPlainObject(value),
          'cache.redis must be false, a redis:// or rediss:// URL, or node-redis client options'
        )
        .optional(),
      channel: z
        .string()
        .refine(isChannelName, 'cache.channel must be a lowercase identifier (a-z, 0-9, _), 63 characters at most')
        .optional(),
    })
    .optional(),
});

/** Where an issue is, as a site owner writes it: `summary.maxLength`, `contentTypes['api::post.post'].teaser`. */
const optionPath = (path: PropertyKey[]): string =>
  path
    .map((key, i) => {
      const text = String(key);
      if (i === 1 && (path[0] === 'contentTypes' || path[0] === 'structuredData')) return `['${text}']`;
      return i === 0 ? text : `.${text}`;
    })
    .join('');

/**
 * One line per problem. Messages written here already name the option (they start
 * with it); zod's own wording ("Too small: expected number to be >=1") gets the
 * option's name in front.
 */
const describeIssue = (issue: z.core.$ZodIssue): string[] => {
  const at = optionPath(issue.path);
  if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => `unknown option "${at ? `${at}.` : ''}${key}"`);
  const named = at === '' || issue.message.startsWith(String(issue.path[0]));
  return [named ? issue.message : `${at}: ${issue.message}`];
};

export class NewsroomConfigError extends Error {
  constructor(problems: string[]) {
    super(`Invalid configuration for plugin "newsroom": ${problems.join('; ')}`);
    this.name = 'NewsroomConfigError';
  }
}

/** Throws one error naming every bad key; Strapi calls this at startup with defaults merged in. */
export const validateConfig = (config: unknown): void => {
  const checked = configSchema.safeParse(config);
  if (!checked.success) throw new NewsroomConfigError(checked.error.issues.flatMap(describeIssue));
};

export default {
  default: DEFAULT_CONFIG,
  validator: validateConfig,
};
