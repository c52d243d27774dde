/**
 * The series routes of the admin. They read and write the DRAFT membership of a
 * series; readers see the published membership once the series is published.
 */
import { z } from 'zod';

import { articleStatus, contentTypeUid, listedDocumentId, localeCode } from './common';
import { orderArticle } from './orders';

/** A series holds at most this many articles. */
export const MAX_SERIES_ARTICLES = 1_000;

/** `?locale=` of /series/:documentId/articles (the series' locale; default: the default locale). */
export const seriesArticlesQuery = { locale: localeCode().optional() };

/** `?type=&locale=` of /articles/:documentId/series (the article's type and locale). */
export const articleSeriesQuery = { type: contentTypeUid().optional(), locale: localeCode().optional() };

/** PUT /newsroom/series/:documentId/articles?locale= */
export const setSeriesArticlesBody = z.strictObject({
  /**
   * The whole draft series, first article first (at most 1,000, no duplicates): the
   * members the admin may read, in their new order. Members it may not read are not
   * named and keep their positions. Adding or removing an article needs the Content
   * Manager's update permission on it.
   */
  articles: z
    .array(listedDocumentId(), {
      error: (issue) =>
        issue.input === undefined ? 'articles is required: the whole series, first article first ([] empties it)' : undefined,
    })
    .max(MAX_SERIES_ARTICLES, `a series holds at most ${MAX_SERIES_ARTICLES} articles`),
});

export const seriesSummary = z.object({
  documentId: z.string(),
  title: z.string(),
  slug: z.string(),
  locale: z.string().nullable(),
  /** The content-type uid of its articles. */
  articleType: z.string(),
  status: articleStatus,
});

export const seriesMember = orderArticle.extend({
  /** 1-based place in the draft series. */
  position: z.number().int(),
});

/** GET and PUT /newsroom/series/:documentId/articles?locale= */
export const seriesArticlesResponse = z.object({
  data: z.object({
    series: seriesSummary,
    /** The members the admin may read (the Content Manager's read permission on the articles, with its conditions). */
    articles: z.array(seriesMember),
    /** Members the admin may not read, left out of `articles` (their positions still count). */
    hidden: z.number().int(),
  }),
});

const memberName = seriesMember.pick({ documentId: true, title: true });

/**
 * GET /newsroom/articles/:documentId/series?type=&locale= : the series an article is in
 * (draft membership) that the admin may read; a neighbor it may not read is null.
 */
export const articleSeriesResponse = z.object({
  data: z.array(
    z.object({
      series: seriesSummary,
      position: z.number().int(),
      total: z.number().int(),
      previous: memberName.nullable(),
      next: memberName.nullable(),
    })
  ),
});
