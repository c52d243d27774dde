/**
 * The `newsroom.revalidate` event (Strapi's event hub and webhooks): after each
 * committed change, every published article page whose reader answer changed.
 */

export type RevalidateReason =
  /** The article became visible to readers. */
  | 'published'
  /** The article's own answer changed (a new publication of it). */
  | 'updated'
  | 'unpublished'
  | 'deleted'
  /** Its slug changed: `previousSlug` is the old URL's. */
  | 'slug-changed'
  /** The previous / next teaser it shows changed (another article, or the same one's title, slug, summary or date). */
  | 'previous-changed'
  | 'next-changed'
  /** A series it is in changed for readers (published, unpublished, deleted, reordered, or a member came or went). */
  | 'series-changed';

export interface RevalidatePage {
  /** Content-type uid. */
  type: string;
  documentId: string;
  /** Null for a type without i18n. */
  locale: string | null;
  /** The slug readers reach it by now (for an unpublished or deleted page: the last one). */
  slug: string;
  /** Set when the slug changed: the old URL to purge too. */
  previousSlug?: string;
  /** The cache tag reader answers carry for this page (`pageTag`). */
  tag: string;
  reasons: RevalidateReason[];
}

/** The webhook body Strapi sends (it adds `event` and `createdAt` to what the plugin emits). */
export interface RevalidateEvent {
  event: 'newsroom.revalidate';
  createdAt: string;
  pages: RevalidatePage[];
}

export const REVALIDATE_EVENT = 'newsroom.revalidate';
