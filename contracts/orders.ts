/**
 * Request and response shapes of the reading-order workspace routes
 * (`GET /newsroom/orders`, `GET /newsroom/orders/:documentId`,
 * `PUT /newsroom/orders/:documentId`), shared by the admin page and the server.
 *
 * A chain is one reading order as editors see it: the articles linked by their
 * draft links, from the one with no previous to the one with no next.
 *
 * Every answer shows only the articles the admin may read (the Content Manager's
 * read permission with its locale and "is creator" conditions); `hidden` says how
 * many were left out.
 */
import type { ArticleStatus } from './reading-order';

export interface OrderArticle {
  documentId: string;
  title: string;
  slug: string;
  status: ArticleStatus;
  /** ISO time of the published version; null for an article never published. */
  publishedAt: string | null;
}

/** One chain in the overview: its ends, not every article (open it with `GET /newsroom/orders/:documentId`). */
export interface OrderSummary {
  /** The first and last articles of the chain the admin may read. */
  first: OrderArticle;
  last: OrderArticle;
  /** Articles in the chain the admin may read. */
  length: number;
  /** Articles in the chain the admin may not read, left out of `first`, `last`, `length` and `published`. */
  hidden: number;
  /** How many of the readable ones are published. */
  published: number;
  /**
   * Whether the published order of these articles differs from their draft order
   * (a change applied with `apply: "draft"` and not yet published).
   */
  staged: boolean;
  /** Damaged data: the draft links go round in a loop (first and last are where it was cut open). */
  loop: boolean;
}

export interface OrdersPagination {
  page: number;
  pageSize: number;
  total: number;
  pageCount: number;
}

/** GET /newsroom/orders?type=&locale=&page=&pageSize=&q= */
export interface OrdersOverviewResponse {
  data: {
    /** Chains of two articles or more with an article the admin may read, longest first (ties by the first article's title). */
    chains: OrderSummary[];
    /** Articles in no chain, by title. */
    unlinked: OrderArticle[];
  };
  meta: {
    /** `page` and `pageSize` page both lists; each has its own total. */
    chains: OrdersPagination;
    unlinked: OrdersPagination;
    /** Every article of the type and locale the admin may read, whatever `q`. */
    articles: number;
    /** The articles of the type and locale the admin may not read: left out of every list and count. */
    hidden: number;
  };
}

/** GET /newsroom/orders/:documentId?type=&locale=: the whole chain holding the article, in draft order. */
export interface OrderDetailResponse {
  data: {
    /** The articles of the chain the admin may read. */
    articles: OrderArticle[];
    /** Those of them that are published, in the order readers see them now (may differ from the draft order: `staged`). */
    publishedOrder: string[];
    staged: boolean;
    loop: boolean;
    /**
     * Articles of the chain the admin may not read, left out of `articles`. A reorder
     * must name every article of the chain, so a chain with hidden articles can only be
     * reordered by an admin who may change them too.
     */
    hidden: number;
  };
}

/**
 * `published`: the draft and the published links change at once; readers see the
 * new order immediately, no article is republished or marked Modified.
 * `draft`: only the draft links change (the changed articles that are published
 * show as Modified); readers see the order as each article is published.
 */
export type ApplyTo = 'published' | 'draft';

/** PUT /newsroom/orders/:documentId?type=&locale= */
export interface ReorderRequest {
  /** The whole new chain, first article first; must contain `:documentId`. */
  order: string[];
  apply: ApplyTo;
}

export interface ReorderResponse {
  data: OrderDetailResponse['data'] & {
    apply: ApplyTo;
    /** Articles of the chain left out of `order`: unlinked, or kept linked to the left-out articles they were next to (those the admin may read). */
    removed: string[];
    /** Articles of `order` taken from another chain, which closed the gap they left (those the admin may read). */
    taken: string[];
  };
}
