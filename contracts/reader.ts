/** Response shapes of the reader (content) API under /api/newsroom. */

export type SummarySource = 'editor' | 'auto' | 'none';
export type NeighborSource = 'linked' | 'computed';

/** A neighbor as an article page shows it under the story. */
export interface Teaser {
  documentId: string;
  title: string;
  slug: string;
  summary: string | null;
  publishedAt: string;
  /** `linked`: the editors' reading order; `computed`: the `publishedAt` fallback. */
  source: NeighborSource;
}

export interface Cover {
  id: number;
  documentId: string;
  name: string;
  alternativeText: string | null;
  caption: string | null;
  width: number | null;
  height: number | null;
  formats: unknown;
  mime: string;
  url: string;
}

/** A published series an article is in, as its page shows it: "Part 3 of 7", with its neighbors there. */
export interface SeriesPlacement {
  documentId: string;
  slug: string;
  title: string;
  /** 1-based, among the series' articles readers see (published ones). */
  position: number;
  total: number;
  previous: Teaser | null;
  next: Teaser | null;
}

/** GET /api/newsroom/read/:slugOrDocumentId */
export interface ReadResponse {
  data: {
    documentId: string;
    title: string;
    slug: string;
    /** Null on a type without i18n. */
    locale: string | null;
    publishedAt: string;
    body: unknown;
    cover: Cover | null;
    summary: string | null;
    summarySource: SummarySource;
    readingTimeMinutes: number;
    previous: Teaser | null;
    next: Teaser | null;
    /** Every published series the article is in (none: an empty list). */
    series: SeriesPlacement[];
  };
  meta: Record<string, never>;
}

/** GET /api/newsroom/articles/:slugOrDocumentId/neighbors */
export interface NeighborsResponse {
  data: { previous: Teaser | null; next: Teaser | null; series: SeriesPlacement[] };
}

/** GET /api/newsroom/articles/:slugOrDocumentId/summary */
export interface SummaryResponse {
  data: { summary: string | null; summarySource: SummarySource; readingTimeMinutes: number };
}

/** GET /api/newsroom/articles/:slugOrDocumentId/reading-order */
export interface ReaderOrderItem extends Omit<Teaser, 'source'> {
  /** True for the article asked about. */
  current: boolean;
}

/** An article of a series as a series page lists it. */
export interface SeriesArticle extends Omit<Teaser, 'source'> {
  /** 1-based, among the series' articles readers see. */
  position: number;
}

export interface SeriesPagination {
  page: number;
  pageSize: number;
  total: number;
  pageCount: number;
}

/** GET /api/newsroom/series/:slugOrDocumentId?locale=&page=&pageSize= */
export interface SeriesResponse {
  data: {
    documentId: string;
    slug: string;
    title: string;
    description: string | null;
    locale: string | null;
    /** The content-type uid of its articles. */
    articleType: string;
    articles: SeriesArticle[];
  };
  meta: { pagination: SeriesPagination };
}

/** GET /api/newsroom/series/:slugOrDocumentId/continue?read=<documentId>,... */
export interface ContinueResponse {
  /** The first article of the series the reader has not read; null when every one is read. */
  data: SeriesArticle | null;
  /** `total`: the articles readers see; `read`: how many of them the reader has read. */
  meta: { total: number; read: number };
}

export interface ReaderOrderResponse {
  data: ReaderOrderItem[];
  meta: { before: number; after: number; hasMoreBefore: boolean; hasMoreAfter: boolean };
}

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
