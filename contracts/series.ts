/**
 * Request and response shapes of the series admin routes, shared by the admin and
 * the server. The admin routes read and write the DRAFT membership of a series;
 * readers see the published membership once the series is published.
 */
import type { ArticleStatus } from './reading-order';

/** The plugin's series content type: its Content Manager permissions guard series in the admin and on the server. */
export const SERIES_UID = 'plugin::newsroom.series';

export interface SeriesSummary {
  documentId: string;
  title: string;
  slug: string;
  locale: string | null;
  /** The content-type uid of its articles. */
  articleType: string;
  status: ArticleStatus;
}

export interface SeriesMember {
  documentId: string;
  title: string;
  slug: string;
  status: ArticleStatus;
  /** ISO time of the published version; null for an article never published. */
  publishedAt: string | null;
  /** 1-based place in the draft series. */
  position: number;
}

/** GET and PUT /newsroom/series/:documentId/articles?locale= */
export interface SeriesArticlesResponse {
  data: {
    series: SeriesSummary;
    /** The members the admin may read (the Content Manager's read permission on the articles, with its conditions). */
    articles: SeriesMember[];
    /** Members the admin may not read, left out of `articles` (their positions still count). */
    hidden: number;
  };
}

/** PUT /newsroom/series/:documentId/articles?locale= */
export interface SetSeriesArticlesRequest {
  /**
   * The whole draft series, first article first (at most 1,000, no duplicates): the
   * members the admin may read, in their new order. Members it may not read are not
   * named and keep their positions. Adding or removing an article needs the Content
   * Manager's update permission on it.
   */
  articles: string[];
}

/**
 * GET /newsroom/articles/:documentId/series?type=&locale= : the series an article is in
 * (draft membership) that the admin may read; a neighbor it may not read is null.
 */
export interface ArticleSeriesResponse {
  data: Array<{
    series: SeriesSummary;
    position: number;
    total: number;
    previous: Pick<SeriesMember, 'documentId' | 'title'> | null;
    next: Pick<SeriesMember, 'documentId' | 'title'> | null;
  }>;
}
