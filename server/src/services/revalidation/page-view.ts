import type { PublishedPage } from '../reader';

/**
 * What readers see of one article page, compared before and after a change to tell
 * whether it altered the page: its own answer's fields and its neighbors' teasers.
 */
export interface PageView {
  /**
   * The published row, when it was written, and what the plugin computes for it
   * (word count, the summary shown): a new publication replaces the first two, the
   * backfill of rows written before the plugin served their type changes the others.
   */
  row: string;
  slug: string;
  /** The fields other pages show of this one in their teasers. */
  teaser: unknown[];
  previous: { documentId: string; stamp: unknown[] } | null;
  next: { documentId: string; stamp: unknown[] } | null;
}

const iso = (value: unknown): string => new Date(value as string | number | Date).toISOString();

type Neighbor = PublishedPage['previous'];

const neighborView = (teaser: Neighbor): PageView['previous'] =>
  teaser && {
    documentId: teaser.documentId,
    stamp: [teaser.title, teaser.slug, teaser.summary, teaser.publishedAt, teaser.source, teaser.wrapped === true],
  };

/** The view of a published page (null: not published, so readers see none). */
export const pageViewOf = (page: PublishedPage | null): PageView | null =>
  page && {
    row: JSON.stringify([page.row.id, iso(page.row.updatedAt), page.row.wordCount ?? null, page.summary]),
    slug: page.row.slug,
    teaser: [page.row.title, page.row.slug, page.summary, iso(page.row.publishedAt)],
    previous: neighborView(page.previous),
    next: neighborView(page.next),
  };
