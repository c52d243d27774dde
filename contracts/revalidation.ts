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
  | 'series-changed'
  /** Its locale was deleted (Settings -> Internationalization): the page is gone with every other page of the locale. */
  | 'locale-deleted';

/**
 * Why a whole type in one locale is to be purged, page by page unknown:
 * `data-transfer`: Strapi's import or transfer replaced the content (every page may
 * have changed, moved or gone); `locale-deleted`: the locale is gone (its pages are
 * also listed one by one).
 */
export type RevalidatePurgeReason = 'data-transfer' | 'locale-deleted';

/** Every page of a type in one locale is stale: a front end purges them all (for example by `tag`). */
export interface RevalidatePurge {
  /** Content-type uid. */
  type: string;
  /** Null for a type without i18n. */
  locale: string | null;
  /** The cache tag every reader answer of the type in the locale carries (`typeTag`). */
  tag: string;
  reason: RevalidatePurgeReason;
}

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

/**
 * The related-articles lists of a type in one locale may have changed: an article there
 * was published, republished, unpublished or deleted (a new candidate, one gone, other
 * words becoming rarer or commoner). Which pages' lists did is not worked out (it could
 * be any page sharing a word): purge them all by `tag`.
 */
export interface RevalidateRelated {
  /** Content-type uid. */
  type: string;
  /** Null for a type without i18n. */
  locale: string | null;
  /** The cache tag every related-articles answer of the type in the locale carries (`relatedTag`). */
  tag: string;
}

/** The webhook body Strapi sends (it adds `event` and `createdAt` to what the plugin emits). */
export interface RevalidateEvent {
  event: 'newsroom.revalidate';
  createdAt: string;
  pages: RevalidatePage[];
  /** Present when whole types were replaced or removed at once: purge every page of each (besides `pages`). */
  purge?: RevalidatePurge[];
  /** Present when related-articles lists may have changed: purge each entry's `tag`. */
  related?: RevalidateRelated[];
}

export const REVALIDATE_EVENT = 'newsroom.revalidate';
