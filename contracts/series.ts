/**
 * Request and response shapes of the series admin routes, shared by the admin and
 * the server (inferred from the routes' schemas, `schemas/series.ts`). The admin routes read and write the DRAFT membership of a series;
 * readers see the published membership once the series is published.
 */
import type { z } from 'zod';

import type {
  articleSeriesQuery,
  articleSeriesResponse,
  seriesArticlesQuery,
  seriesArticlesResponse,
  seriesMember,
  seriesSummary,
  setSeriesArticlesBody,
} from './schemas/series';

/** The plugin's series content type: its Content Manager permissions guard series in the admin and on the server. */
export const SERIES_UID = 'plugin::newsroom.series';

export type SeriesSummary = z.infer<typeof seriesSummary>;
export type SeriesMember = z.infer<typeof seriesMember>;

/** `?locale=` of /newsroom/series/:documentId/articles */
export type SeriesArticlesQuery = z.output<z.ZodObject<typeof seriesArticlesQuery>>;
/** GET and PUT /newsroom/series/:documentId/articles?locale= */
export type SeriesArticlesResponse = z.infer<typeof seriesArticlesResponse>;
/** PUT /newsroom/series/:documentId/articles?locale= */
export type SetSeriesArticlesRequest = z.infer<typeof setSeriesArticlesBody>;

/** `?type=&locale=` of /newsroom/articles/:documentId/series */
export type ArticleSeriesQuery = z.output<z.ZodObject<typeof articleSeriesQuery>>;
/** GET /newsroom/articles/:documentId/series?type=&locale= */
export type ArticleSeriesResponse = z.infer<typeof articleSeriesResponse>;
