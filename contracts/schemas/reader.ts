/** The reader (content) API under /api/newsroom: each route's query, body and answer. */
import { z } from 'zod';

import { hasControlCharacter } from '../../server/src/validation/text';
import { documentQuery, localeCode, oneOf, pagination, trimmedText, wholeNumber } from './common';
import { readerSummaryData } from './summary';

/** How far the reader's reading-order list may reach each way. */
export const MAX_READER_ORDER_STEPS = 50;

/** Largest page of a series' articles. */
export const MAX_SERIES_PAGE_SIZE = 100;

/** Most documentIds a reader may send as read (a series holds at most 1,000 articles). */
export const MAX_READ_IDS = 1_000;

const steps = wholeNumber(0, MAX_READER_ORDER_STEPS, 5);

/** `type` and `locale`: every reader route that reads one article takes both. */
export const localeQuery = documentQuery;

/** `?scope=` of read and neighbors. */
export const readQuery = {
  ...localeQuery,
  /** Neighbors by publication date within one of the type's `readingOrder.scopes` (`category`, `tags`…). */
  scope: trimmedText(100)
    .min(1)
    .describe(
      "Neighbors by publishedAt among the articles sharing this attribute's value (one of the type's readingOrder.scopes, e.g. category); 400 names the configured ones"
    )
    .optional(),
};

export const readingOrderQuery = {
  ...localeQuery,
  /** Articles before the one asked about: 0 to 50, the server's default 5 when unset. */
  before: steps,
  /** Articles after it: 0 to 50, the server's default 5 when unset. */
  after: steps,
};

export const seriesQuery = {
  locale: localeCode().optional(),
  /** 1-based; the server's default 1 when unset. */
  page: wholeNumber(1, 1_000_000, 1),
  /** 1 to 100; the server's default 25 when unset. */
  pageSize: wholeNumber(1, MAX_SERIES_PAGE_SIZE, 25),
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

const NOT_A_DOCUMENT_ID = 'read must be documentIds separated by commas, none empty';

/** A documentId a reader has read; a slug would silently count as unread, so it is refused. */
const readId = z
  .string({ error: NOT_A_DOCUMENT_ID })
  .min(1, NOT_A_DOCUMENT_ID)
  .max(255, NOT_A_DOCUMENT_ID)
  .refine((id) => !hasControlCharacter(id), NOT_A_DOCUMENT_ID)
  .refine(looksLikeDocumentId, {
    error: (issue) =>
      `read must be documentIds (lowercase letters and digits), not slugs: "${String(issue.input).slice(0, 64)}" is not one`,
  });

/** The documentIds a reader has read (REST `?read=` and body, GraphQL `read:`): checked as a list before its items. */
export const readIds = z
  .array(z.unknown(), { error: 'read must be a list of documentIds' })
  .max(MAX_READ_IDS, `read may name at most ${MAX_READ_IDS} articles`)
  .pipe(z.array(readId).max(MAX_READ_IDS))
  .describe('documentIds the reader has read');

export const continueQuery = {
  locale: localeCode().optional(),
  read: z
    .string()
    .max(MAX_READ_IDS * 256, '${path} is too long')
    .describe(
      'The documentIds the reader has read, separated by commas; the server stores nothing about readers. Long lists do not fit a URL: POST them'
    )
    .optional(),
};

/** The body of `POST .../continue`: the same answer for a long list of read articles. */
export const continueBody = z.strictObject({ read: readIds.optional() });

/** A published article as lists show it: a neighbor, an entry of the reading order or of a series. */
export const publishedArticle = {
  documentId: z.string(),
  title: z.string(),
  slug: z.string(),
  summary: z.string().nullable(),
  publishedAt: z.iso.datetime(),
};

/** A neighbor as an article page shows it under the story. */
export const teaser = z
  .object({
    ...publishedArticle,
    /** `linked`: the editors' reading order; `computed`: the `publishedAt` fallback. */
    source: z.enum(['linked', 'computed']).describe('linked: the reading order; computed: the publishedAt fallback'),
    /** Present (true) on a computed neighbor that goes round the order's end (`readingOrder.wrap`). */
    wrapped: z
      .boolean()
      .optional()
      .describe("true: the order went round (readingOrder.wrap): the newest article's next is the oldest, and the reverse"),
  })
  .meta({ id: 'NewsroomTeaser' });

export const cover = z
  .object({
    id: z.number().int(),
    documentId: z.string(),
    name: z.string(),
    alternativeText: z.string().nullable(),
    caption: z.string().nullable(),
    width: z.number().int().nullable(),
    height: z.number().int().nullable(),
    formats: z.unknown(),
    mime: z.string(),
    url: z.string(),
  })
  .describe('The cover image (url, alternativeText, width, height, formats, ...)');

/** A published series an article is in, as its page shows it: "Part 3 of 7", with its neighbors there. */
export const seriesPlacement = z
  .object({
    documentId: z.string(),
    slug: z.string(),
    title: z.string(),
    /** 1-based, among the series' articles readers see (published ones). */
    position: z.number().int().min(1),
    total: z.number().int().min(1),
    previous: teaser.nullable(),
    next: teaser.nullable(),
  })
  .meta({
    id: 'NewsroomSeriesPlacement',
    description: 'A published series the article is in: its place there ("Part 3 of 7") and its neighbors there',
  });

/** An article of a series as a series page lists it. */
export const seriesArticle = z
  .object({
    ...publishedArticle,
    /** 1-based, among the series' articles readers see. */
    position: z.number().int().min(1),
  })
  .meta({ id: 'NewsroomSeriesArticle' });

const summaryFields = {
  summary: z.string().nullable().describe("The editor's summary, or the automatic one"),
  summarySource: z.enum(['editor', 'auto', 'none']),
  readingTimeMinutes: z.number().int().min(0),
};

const neighborFields = {
  previous: teaser.nullable(),
  next: teaser.nullable(),
  /** Every published series the article is in (none: an empty list). */
  series: z.array(seriesPlacement),
};

/** A heading of the body, for a table of contents. */
export const tocEntry = z
  .object({
    /** 1 to 6, as in the body (`#`, `<h2>`, a heading block's level). */
    level: z.number().int().min(1).max(6),
    text: z.string(),
    /** Unique in the article, the same for the same headings: the id the page gives the heading. */
    anchor: z.string(),
    /** The words from this heading to the next one, at `reader.wordsPerMinute`. */
    readingTimeMinutes: z.number().int().min(0),
  })
  .meta({ id: 'NewsroomTocEntry', description: 'A heading of the body: its level, text, anchor and the reading time of its section' });

/** GET /api/newsroom/read/:slugOrDocumentId: an article page in one call. */
export const readData = z
  .object({
    documentId: z.string(),
    title: z.string(),
    slug: z.string(),
    /** Null on a type without i18n. */
    locale: z.string().nullable().describe('null for a type without i18n'),
    publishedAt: z.iso.datetime(),
    body: z.unknown().describe('The body as the type stores it: blocks, Markdown or text, or its dynamic zone / components'),
    cover: cover.nullable(),
    ...summaryFields,
    ...neighborFields,
    /** The body's headings in order (none: an empty list). */
    toc: z.array(tocEntry),
    jsonLd: z
      .record(z.string(), z.unknown())
      .describe(
        'schema.org structured data of the article (NewsArticle unless structuredData says otherwise), for a <script type="application/ld+json">'
      ),
  })
  .meta({ id: 'NewsroomRead' });

export const readResponse = z.object({ data: readData, meta: z.object({}) }).meta({ id: 'NewsroomReadResponse' });

/** GET /api/newsroom/articles/:slugOrDocumentId/neighbors */
export const neighborsResponse = z
  .object({ data: z.object(neighborFields).meta({ id: 'NewsroomNeighbors' }) })
  .meta({ id: 'NewsroomNeighborsResponse' });

/** GET /api/newsroom/articles/:slugOrDocumentId/summary?format=&length= */
export const summaryResponse = z.object({ data: readerSummaryData }).meta({ id: 'NewsroomSummaryResponse' });

/** An article of the reading-order list. */
export const readerOrderItem = z.object({
  ...publishedArticle,
  /** True for the article asked about. */
  current: z.boolean(),
});

/** GET /api/newsroom/articles/:slugOrDocumentId/reading-order */
export const readerOrderResponse = z
  .object({
    data: z.array(readerOrderItem),
    meta: z.object({ before: z.number().int(), after: z.number().int(), hasMoreBefore: z.boolean(), hasMoreAfter: z.boolean() }),
  })
  .meta({ id: 'NewsroomReadingOrderResponse' });

export const seriesPagination = pagination;

/** GET /api/newsroom/series/:slugOrDocumentId: a published series with one page of its published articles. */
export const seriesPage = z.object({
  documentId: z.string(),
  slug: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  locale: z.string().nullable(),
  /** The content-type uid of its articles. */
  articleType: z.string(),
  articles: z.array(seriesArticle),
});

export const seriesResponse = z
  .object({ data: seriesPage, meta: z.object({ pagination: seriesPagination }) })
  .meta({ id: 'NewsroomSeriesResponse' });

/** GET (or POST) /api/newsroom/series/:slugOrDocumentId/continue */
export const continueResponse = z
  .object({
    /** The first article of the series the reader has not read; null when every one is read. */
    data: seriesArticle.nullable(),
    /** `total`: the articles readers see; `read`: how many of them the reader has read. */
    meta: z.object({ total: z.number().int(), read: z.number().int() }),
  })
  .meta({ id: 'NewsroomContinueResponse' });

/** The formats of GET /api/newsroom/feed. */
export const FEED_FORMATS = ['rss', 'atom', 'json'] as const;

/** Most items a feed holds. */
export const MAX_FEED_ITEMS = 100;

/** GET /api/newsroom/feed: the newest published articles, a series in its order, or one scope value. */
export const feedQuery = {
  ...documentQuery,
  format: oneOf(FEED_FORMATS, { invalid: '${path} must be one of the following values: rss, atom, json' })
    .default('rss')
    .describe('rss (RSS 2.0), atom (Atom 1.0) or json (JSON Feed 1.1)'),
  series: trimmedText(255).min(1).describe('A published series (slug or documentId): its articles in its order').optional(),
  scope: trimmedText(100)
    .min(1)
    .describe("One of the type's readingOrder.scopes; with value, the articles having that value, newest first")
    .optional(),
  value: trimmedText(255).min(1).describe("The scope value: a related documentId (or slug), or the field's value").optional(),
  limit: wholeNumber(1, MAX_FEED_ITEMS, 20),
};

/** An item of a JSON Feed 1.1. */
const jsonFeedItem = z.object({
  id: z.string(),
  url: z.string().optional(),
  title: z.string(),
  summary: z.string().optional(),
  content_text: z.string(),
  date_published: z.iso.datetime(),
  date_modified: z.iso.datetime(),
  language: z.string().optional(),
});

/** GET /api/newsroom/feed?format=json (JSON Feed 1.1); `rss` and `atom` answer the same items as XML. */
export const jsonFeed = z
  .object({
    version: z.literal('https://jsonfeed.org/version/1.1'),
    title: z.string(),
    home_page_url: z.string().optional(),
    feed_url: z.string(),
    description: z.string().optional(),
    language: z.string().optional(),
    items: z.array(jsonFeedItem),
  })
  .meta({ id: 'NewsroomJsonFeed' });
