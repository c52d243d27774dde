/**
 * Request and response shapes of the reading-order admin routes, shared by the
 * admin panels and the server: inferred from the routes' schemas (`schemas/reading-order.ts`).
 */
import type { z } from 'zod';

import type { articleStatus, documentQuery } from './schemas/common';
import type {
  candidatesQuery,
  candidatesResponse,
  detachedLink,
  linkCandidate,
  neighborhood,
  neighborhoodQuery,
  neighborhoodResponse,
  readingOrderItem,
  typeQuery,
  updateLinksBody,
  updateLinksResponse,
} from './schemas/reading-order';

export type ArticleStatus = z.infer<typeof articleStatus>;
export type ReadingOrderItem = z.infer<typeof readingOrderItem>;
/** A link removed as a side effect of a change, so the admin can warn about it. */
export type DetachedLink = z.infer<typeof detachedLink>;
/** The order around one article. */
export type Neighborhood = z.infer<typeof neighborhood>;

/** `?type=` of the admin's PUT and POST routes. */
export type TypeQuery = z.output<z.ZodObject<typeof typeQuery>>;
/** `?type=&locale=` of a route about one article, or a whole type, in one locale. */
export type DocumentQuery = z.output<z.ZodObject<typeof documentQuery>>;

/** GET /newsroom/articles/:documentId/reading-order?type=&locale=&before=&after= */
export type NeighborhoodQuery = z.output<z.ZodObject<typeof neighborhoodQuery>>;
export type GetReadingOrderResponse = z.infer<typeof neighborhoodResponse>;

/** PUT /newsroom/articles/:documentId/links?type= */
export type UpdateLinksRequest = z.input<typeof updateLinksBody>;
export type UpdateLinksResponse = z.infer<typeof updateLinksResponse>;

/** `error.details` of a rejected link change. */
export interface ReadingOrderViolation {
  rule: 'self-link' | 'cycle' | 'not-found' | 'locale-mismatch' | 'invalid-input' | 'duplicate';
  /** The field that carried the bad value (`previousArticle`, `nextArticle`, `previous`, `next`). */
  field?: string;
  /** The articles involved; for `cycle`, the loop in reading order. */
  articles: string[];
}

/**
 * A link of a Content History restore that no longer fits the reading order (it
 * would close a loop, or its article lost the locale): the restore writes the rest
 * of the version and keeps the article's current link on that side.
 */
export interface DroppedRestoreLink {
  /** The link field, as the type names it. */
  field: string;
  /** The article the old version linked to. */
  wanted: { documentId?: string; id?: number };
  rule: ReadingOrderViolation['rule'];
  message: string;
}

/** Added to the answer of `PUT /content-manager/history-versions/:versionId/restore` when links were dropped. */
export interface HistoryRestoreMeta {
  newsroom: { droppedLinks: DroppedRestoreLink[] };
}

/** GET /newsroom/articles/search?type=&locale=&q=&exclude=&page=&pageSize= (the query with its defaults) */
export type CandidatesQuery = z.output<z.ZodObject<typeof candidatesQuery>>;
/** A candidate with its current neighbors: linking it elsewhere would detach these (null for one the admin may not read). */
export type LinkCandidate = z.infer<typeof linkCandidate>;
export type SearchCandidatesResponse = z.infer<typeof candidatesResponse>;
