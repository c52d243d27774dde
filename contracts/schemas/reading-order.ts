/** The reading-order routes of the admin panels: the neighborhood, link candidates, link changes. */
import { z } from 'zod';

import {
  articleStatus,
  contentTypeUid,
  documentKey,
  documentQuery,
  exactText,
  localeCode,
  pagination,
  trimmedText,
  wholeNumber,
} from './common';

/** How far the editors' neighborhood view may reach each way. */
export const MAX_NEIGHBORHOOD_STEPS = 50;

/** Largest page of link candidates. */
export const MAX_CANDIDATES_PAGE_SIZE = 50;

/** `?type=`: the admin's PUT and POST routes take only the type in their query. */
export const typeQuery = { type: contentTypeUid().optional() };

const steps = wholeNumber(0, MAX_NEIGHBORHOOD_STEPS, 2);

/** GET /newsroom/articles/:documentId/reading-order?type=&locale=&before=&after= */
export const neighborhoodQuery = { ...documentQuery, before: steps, after: steps };

/** GET /newsroom/articles/search?type=&locale=&q=&exclude=&page=&pageSize= */
export const candidatesQuery = {
  ...documentQuery,
  q: trimmedText(200).default(''),
  /** The edited document, never offered. */
  exclude: documentKey().min(1).optional(),
  page: wholeNumber(1, Number.MAX_SAFE_INTEGER, 1),
  pageSize: wholeNumber(1, MAX_CANDIDATES_PAGE_SIZE, 10),
};

/** A documentId to link, `null` to unlink, absent to leave as is. */
const linkTarget = documentKey(exactText)
  .refine((value) => value !== '', '${path} must be a documentId or null')
  .nullable()
  .optional();

/** PUT /newsroom/articles/:documentId/links?type= */
export const updateLinksBody = z.strictObject({
  locale: localeCode(exactText).optional(),
  previous: linkTarget,
  next: linkTarget,
  /** Report what would be detached without changing anything. */
  dryRun: z.boolean().optional(),
});

export const readingOrderItem = z.object({
  documentId: z.string(),
  title: z.string(),
  slug: z.string(),
  /** Null on a type without i18n. */
  locale: z.string().nullable(),
  status: articleStatus,
});

const articleName = readingOrderItem.pick({ documentId: true, title: true });

/** A link removed as a side effect of a change, so the admin can warn about it. */
export const detachedLink = z.object({
  previous: articleName,
  next: articleName,
  /**
   * `taken`: the target was linked to another article and was moved ("steal").
   * `replaced`: the edited article's own link on that side gave way to the new one.
   */
  reason: z.enum(['taken', 'replaced']),
});

/** The order around one article, as the Reading order panel shows it. */
export const neighborhood = z.object({
  article: readingOrderItem,
  previous: readingOrderItem.nullable(),
  next: readingOrderItem.nullable(),
  /** Articles before this one, in reading order (the farthest first). */
  before: z.array(readingOrderItem),
  /** Articles after this one, in reading order (the nearest first). */
  after: z.array(readingOrderItem),
  /** Whether the order goes on past `before` / `after` (or past an article the admin may not read). */
  hasMoreBefore: z.boolean(),
  hasMoreAfter: z.boolean(),
  /**
   * Whether the previous / next article exists but the admin may not read it (the
   * Content Manager's read permission with its conditions): `previous` / `next` is
   * then null, and `before` / `after` stop before it.
   */
  hidden: z.object({ previous: z.boolean(), next: z.boolean() }),
});

export const neighborhoodResponse = z.object({ data: neighborhood });

export const updateLinksResponse = z.object({ data: neighborhood.extend({ detached: z.array(detachedLink), dryRun: z.boolean() }) });

/** A link candidate, with its current neighbors: linking it elsewhere would detach these (null for one the admin may not read). */
export const linkCandidate = readingOrderItem.extend({ previous: articleName.nullable(), next: articleName.nullable() });

export const candidatesResponse = z.object({ data: z.array(linkCandidate), meta: z.object({ pagination }) });
