/** Response shapes of the reader (content) API under /api/newsroom, inferred from the routes' schemas (`schemas/reader.ts`). */
import type { z } from 'zod';

import type {
  continueResponse,
  cover,
  feedQuery,
  jsonFeed,
  neighborsResponse,
  readerOrderItem,
  readerOrderResponse,
  readingOrderQuery,
  readQuery,
  readResponse,
  seriesQuery,
  seriesArticle,
  seriesPagination,
  seriesPlacement,
  seriesResponse,
  summaryResponse,
  teaser,
  tocEntry,
} from './schemas/reader';

/** A reader route's query as a client sends it: every parameter optional, the server applies the defaults. */
type ClientQuery<Shape extends Record<string, z.ZodType>> = Partial<z.output<z.ZodObject<Shape>>>;
/** `?type=&locale=&scope=` of read and neighbors (summary takes type and locale). */
export type ReadQuery = ClientQuery<typeof readQuery>;
/** `?type=&locale=&before=&after=` of the reading-order list. */
export type ReadingOrderQuery = ClientQuery<typeof readingOrderQuery>;
/** `?locale=&page=&pageSize=` of a series. */
export type SeriesQuery = ClientQuery<typeof seriesQuery>;

/** `?type=&locale=&format=&series=&scope=&value=&limit=` of the feed. */
export type FeedQuery = ClientQuery<typeof feedQuery>;
export type FeedFormat = NonNullable<FeedQuery['format']>;
/** GET /api/newsroom/feed?format=json */
export type JsonFeed = z.infer<typeof jsonFeed>;
/** A heading of an article's body in `read`'s `toc`. */
export type TocEntry = z.infer<typeof tocEntry>;

/** A neighbor as an article page shows it under the story. */
export type Teaser = z.infer<typeof teaser>;
/** `linked`: the editors' reading order; `computed`: the `publishedAt` fallback. */
export type NeighborSource = Teaser['source'];
export type Cover = z.infer<typeof cover>;
/** A published series an article is in, as its page shows it: "Part 3 of 7", with its neighbors there. */
export type SeriesPlacement = z.infer<typeof seriesPlacement>;
/** GET /api/newsroom/read/:slugOrDocumentId */
export type ReadResponse = z.infer<typeof readResponse>;
export type SummarySource = ReadResponse['data']['summarySource'];
/** GET /api/newsroom/articles/:slugOrDocumentId/neighbors */
export type NeighborsResponse = z.infer<typeof neighborsResponse>;
/** GET /api/newsroom/articles/:slugOrDocumentId/summary */
export type SummaryResponse = z.infer<typeof summaryResponse>;
/** An article of GET /api/newsroom/articles/:slugOrDocumentId/reading-order */
export type ReaderOrderItem = z.infer<typeof readerOrderItem>;
export type ReaderOrderResponse = z.infer<typeof readerOrderResponse>;
/** An article of a series as a series page lists it. */
export type SeriesArticle = z.infer<typeof seriesArticle>;
export type SeriesPagination = z.infer<typeof seriesPagination>;
/** GET /api/newsroom/series/:slugOrDocumentId?locale=&page=&pageSize= */
export type SeriesResponse = z.infer<typeof seriesResponse>;
/** GET /api/newsroom/series/:slugOrDocumentId/continue?read=<documentId>,... */
export type ContinueResponse = z.infer<typeof continueResponse>;

/**
 * The cache tag of one article page (a document in one locale): reader answers list
 * the tags of every article they show in their cache-tag header, and
 * `newsroom.revalidate` events name the same pages, so a CDN or a framework's tag
 * revalidation can purge exactly what a change touched. `locale` is null for a type
 * without i18n.
 */
export const pageTag = (documentId: string, locale: string | null): string =>
  locale === null ? `newsroom:${documentId}` : `newsroom:${documentId}:${locale}`;

/**
 * The cache tag every reader answer of a type in one locale carries: a
 * `newsroom.revalidate` event with `purge` (a data transfer, a deleted locale)
 * names it, so a CDN can drop the whole type at once.
 */
export const typeTag = (type: string, locale: string | null): string =>
  locale === null ? `newsroom-type:${type}` : `newsroom-type:${type}:${locale}`;

/**
 * The cache tag of every scoped answer (`?scope=`) of a type in one locale: a
 * publication anywhere in the type can change scoped neighbors far from it, so
 * any change of the type's published order purges them all.
 */
export const scopeTag = (type: string, locale: string | null): string =>
  locale === null ? `newsroom-scope:${type}` : `newsroom-scope:${type}:${locale}`;

/**
 * The cache tag of every answer that shows series of a type in one locale (an
 * article's `series`, a series page): a publication in a series renumbers every
 * other article of it, so such answers are dropped together.
 */
export const seriesTag = (type: string, locale: string | null): string =>
  locale === null ? `newsroom-series:${type}` : `newsroom-series:${type}:${locale}`;

/**
 * The cache tag of every feed of a type in one locale: a publication anywhere in the
 * type may add an item, so any change of the type's published articles drops them all.
 */
export const feedTag = (type: string, locale: string | null): string =>
  locale === null ? `newsroom-feed:${type}` : `newsroom-feed:${type}:${locale}`;
