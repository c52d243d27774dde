/**
 * Request and response shapes of the reading-order admin routes, shared by the
 * admin panels and the server.
 */

export type ArticleStatus = 'draft' | 'published' | 'modified';

export interface ReadingOrderItem {
  documentId: string;
  title: string;
  slug: string;
  /** Null on a type without i18n. */
  locale: string | null;
  status: ArticleStatus;
}

/** A link removed as a side effect of a change, so the admin can warn about it. */
export interface DetachedLink {
  previous: Pick<ReadingOrderItem, 'documentId' | 'title'>;
  next: Pick<ReadingOrderItem, 'documentId' | 'title'>;
  /**
   * `taken`: the target was linked to another article and was moved ("steal").
   * `replaced`: the edited article's own link on that side gave way to the new one.
   */
  reason: 'taken' | 'replaced';
}

/** GET /newsroom/articles/:documentId/reading-order?locale=&before=&after= */
export interface Neighborhood {
  article: ReadingOrderItem;
  previous: ReadingOrderItem | null;
  next: ReadingOrderItem | null;
  /** Articles before this one, in reading order (the farthest first). */
  before: ReadingOrderItem[];
  /** Articles after this one, in reading order (the nearest first). */
  after: ReadingOrderItem[];
  /** Whether the order goes on past `before` / `after` (or past an article the admin may not read). */
  hasMoreBefore: boolean;
  hasMoreAfter: boolean;
  /**
   * Whether the previous / next article exists but the admin may not read it (the
   * Content Manager's read permission with its conditions): `previous` / `next` is
   * then null, and `before` / `after` stop before it.
   */
  hidden: { previous: boolean; next: boolean };
}

export interface GetReadingOrderResponse {
  data: Neighborhood;
}

/** PUT /newsroom/articles/:documentId/links */
export interface UpdateLinksRequest {
  locale?: string;
  /** A documentId to link, `null` to unlink, absent to leave as is. */
  previous?: string | null;
  next?: string | null;
  /** Report what would be detached without changing anything. */
  dryRun?: boolean;
}

export interface UpdateLinksResponse {
  data: Neighborhood & { detached: DetachedLink[]; dryRun: boolean };
}

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

/** GET /newsroom/articles/search?locale=&q=&exclude=&page=&pageSize= */
export interface LinkCandidate extends ReadingOrderItem {
  /** The candidate's current neighbors: linking it elsewhere would detach these (null for one the admin may not read). */
  previous: Pick<ReadingOrderItem, 'documentId' | 'title'> | null;
  next: Pick<ReadingOrderItem, 'documentId' | 'title'> | null;
}

export interface SearchCandidatesResponse {
  data: LinkCandidate[];
  meta: { pagination: { page: number; pageSize: number; total: number; pageCount: number } };
}
