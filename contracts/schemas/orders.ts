/** The reading-order workspace routes: the overview, one chain, a reorder, a move. */
import { z } from 'zod';

import { articleStatus, documentQuery, listedDocumentId, oneOf, pagination, trimmedText, wholeNumber } from './common';

/** Largest page of the overview. */
export const MAX_ORDERS_PAGE_SIZE = 100;

/** Longest `order` a reorder takes: a whole archive linked by date in one chain. */
export const MAX_ORDER_LENGTH = 10_000;

/** GET /newsroom/orders?type=&locale=&page=&pageSize=&q= */
export const ordersQuery = {
  ...documentQuery,
  page: wholeNumber(1, Number.MAX_SAFE_INTEGER, 1),
  pageSize: wholeNumber(1, MAX_ORDERS_PAGE_SIZE, 20),
  q: trimmedText(200).default(''),
};

/**
 * `published`: the draft and the published links change at once; readers see the
 * new order immediately, no article is republished or marked Modified.
 * `draft`: only the draft links change (the changed articles that are published
 * show as Modified); readers see the order as each article is published.
 */
const applyTo = ['published', 'draft'] as const;

/** PUT /newsroom/orders/:documentId?type=&locale= */
export const reorderBody = z.strictObject({
  /** The whole new chain, first article first; must contain `:documentId`. */
  order: z
    .array(listedDocumentId(), {
      error: (issue) => (issue.input === undefined ? 'order is required: the whole chain, first article first' : undefined),
    })
    .min(1, 'order must name at least the article of the route')
    .max(MAX_ORDER_LENGTH, `order may name at most ${MAX_ORDER_LENGTH} articles`),
  // Required: which readers see the change must be the editor's choice, never a default.
  apply: oneOf(applyTo, { invalid: 'apply must be "published" or "draft"', missing: 'apply is required ("published" or "draft")' }),
});

/**
 * Largest position a move takes: the scale of a real archive (a million articles).
 * The move walks the chain up to the position in one statement, so this bounds it.
 */
export const MAX_POSITION = 1_000_000;

/** POST /newsroom/orders/:documentId/move?type=&locale= */
export const moveBody = z.strictObject({
  /** The article to move: from this chain, from another chain, or from no chain; may be `:documentId` itself. */
  article: listedDocumentId(),
  /** Where it ends up in the chain holding `:documentId`, 1 being the first article. */
  position: z
    .number({
      error: (issue) =>
        issue.input === undefined ? 'position is required: a whole number from 1' : 'position must be a whole number from 1',
    })
    .int('position must be a whole number from 1')
    .min(1, 'position must be a whole number from 1')
    .max(MAX_POSITION, `position may be at most ${MAX_POSITION}`),
  apply: oneOf(applyTo, { invalid: 'apply must be "published" or "draft"', missing: 'apply is required ("published" or "draft")' }),
});

export const orderArticle = z.object({
  documentId: z.string(),
  title: z.string(),
  slug: z.string(),
  status: articleStatus,
  /** ISO time of the published version; null for an article never published. */
  publishedAt: z.string().nullable(),
});

/** One chain in the overview: its ends, not every article (open it with `GET /newsroom/orders/:documentId`). */
export const orderSummary = z.object({
  /** The first and last articles of the chain the admin may read. */
  first: orderArticle,
  last: orderArticle,
  /** Articles in the chain the admin may read. */
  length: z.number().int(),
  /** Articles in the chain the admin may not read, left out of `first`, `last`, `length` and `published`. */
  hidden: z.number().int(),
  /** How many of the readable ones are published. */
  published: z.number().int(),
  /**
   * Whether the published order of these articles differs from their draft order
   * (a change applied with `apply: "draft"` and not yet published).
   */
  staged: z.boolean(),
  /** Damaged data: the draft links go round in a loop (first and last are where it was cut open). */
  loop: z.boolean(),
});

export const ordersPagination = pagination;

/**
 * Every answer shows only the articles the admin may read (the Content Manager's
 * read permission with its locale and "is creator" conditions); `hidden` says how
 * many were left out.
 */
export const ordersOverviewResponse = z.object({
  data: z.object({
    /** Chains of two articles or more with an article the admin may read, longest first (ties by the first article's title). */
    chains: z.array(orderSummary),
    /** Articles in no chain, by title. */
    unlinked: z.array(orderArticle),
  }),
  meta: z.object({
    /** `page` and `pageSize` page both lists; each has its own total. */
    chains: ordersPagination,
    unlinked: ordersPagination,
    /** Every article of the type and locale the admin may read, whatever `q`. */
    articles: z.number().int(),
    /** The articles of the type and locale the admin may not read: left out of every list and count. */
    hidden: z.number().int(),
  }),
});

/** Largest window of a chain's detail. */
export const MAX_WINDOW = 500;

/** GET /newsroom/orders/:documentId?type=&locale=&offset=&limit= */
export const orderDetailQuery = {
  ...documentQuery,
  /** Articles of the chain to skip before the window (0 = from the first); with `limit` only. */
  offset: wholeNumber(0, MAX_POSITION, 0),
  /** Articles in the window, up to 500; 0 (the default): the whole chain, as before windows. */
  limit: wholeNumber(0, MAX_WINDOW, 0),
};

/** The whole chain holding the article, in draft order. */
export const orderDetail = z.object({
  /** The articles of the chain the admin may read. */
  articles: z.array(orderArticle),
  /** Those of them that are published, in the order readers see them now (may differ from the draft order: `staged`). */
  publishedOrder: z.array(z.string()),
  staged: z.boolean(),
  loop: z.boolean(),
  /**
   * Articles of the chain the admin may not read, left out of `articles`. A reorder
   * must name every article of the chain, so a chain with hidden articles can only be
   * reordered by an admin who may change them too.
   */
  hidden: z.number().int(),
});

/** Where a window lies in its chain. */
export const orderWindow = z.object({
  offset: z.number().int(),
  limit: z.number().int(),
  /** Articles in the whole chain, those the admin may not read too. */
  total: z.number().int(),
});

/**
 * GET /newsroom/orders/:documentId?type=&locale=&offset=&limit=: with `limit`, `data`
 * is the window of the chain (its `publishedOrder`, `staged` and `hidden` are the
 * window's) and `meta` says where it lies.
 */
export const orderDetailResponse = z.object({ data: orderDetail, meta: orderWindow.optional() });

export const reorderResponse = z.object({
  data: orderDetail.extend({
    apply: z.enum(applyTo),
    /** Articles of the chain left out of `order`: unlinked, or kept linked to the left-out articles they were next to (those the admin may read). */
    removed: z.array(z.string()),
    /** Articles of `order` taken from another chain, which closed the gap they left (those the admin may read). */
    taken: z.array(z.string()),
  }),
});

export const moveResponse = z.object({
  data: z.object({
    apply: z.enum(applyTo),
    /** The moved article. */
    article: orderArticle,
    /** Its place in the chain now, 1 being the first article. */
    position: z.number().int(),
    /** Its draft neighbors now; null at an end, or for one the admin may not read. */
    previous: orderArticle.nullable(),
    next: orderArticle.nullable(),
  }),
});
