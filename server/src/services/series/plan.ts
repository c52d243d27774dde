/**
 * The series rules as pure functions (no Strapi, no database): what a membership
 * write must refuse, and what each series action makes of the stored lists. The
 * service reads the lists, asks these, and writes the answer.
 */
import type { ReadingOrderViolation } from '../../../../contracts/reading-order';

export type MembershipStatus = 'draft' | 'published';

/** The documentIds that occur more than once, each once, in order of their second occurrence. */
export const duplicatesOf = (articles: readonly string[]): string[] => {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const documentId of articles) {
    if (seen.has(documentId)) repeated.add(documentId);
    seen.add(documentId);
  }
  return [...repeated];
};

/** What is known of the requested articles: drafts of the series' type and locale, and ids found elsewhere. */
export interface ArticlesFound {
  /** Drafts of the series' type in the series' article locale. */
  member: ReadonlySet<string>;
  /** Documents of the series' type in another locale only. */
  otherLocale: ReadonlySet<string>;
  /** Documents of another served type. */
  otherType: ReadonlySet<string>;
}

/** Why a requested list is refused: the broken rule, in the reading order's terms, and what the editor should fix. */
export interface MembershipViolation {
  reason: 'duplicate' | 'other-locale' | 'other-type' | 'unknown';
  details: ReadingOrderViolation;
}

/**
 * The first rule a requested series list breaks, or null: an article at most once,
 * then every article a draft of the series' type in its locale. The most specific
 * reason wins so the editor learns what to fix (another locale, another type, or
 * no such article at all); an article of another type is `not-found` among the
 * series' type, the rule the reading order answers for it too.
 */
export const membershipViolation = (articles: readonly string[], found: ArticlesFound): MembershipViolation | null => {
  const duplicates = duplicatesOf(articles);
  if (duplicates.length > 0) return { reason: 'duplicate', details: { rule: 'duplicate', field: 'articles', articles: duplicates } };
  const missing = articles.filter((documentId) => !found.member.has(documentId));
  if (missing.length === 0) return null;
  const otherLocale = missing.filter((documentId) => found.otherLocale.has(documentId));
  if (otherLocale.length > 0)
    return { reason: 'other-locale', details: { rule: 'locale-mismatch', field: 'articles', articles: otherLocale } };
  const otherType = missing.filter((documentId) => found.otherType.has(documentId));
  if (otherType.length > 0) return { reason: 'other-type', details: { rule: 'not-found', field: 'articles', articles: otherType } };
  return { reason: 'unknown', details: { rule: 'not-found', field: 'articles', articles: missing } };
};

/** A list without the article: the articles after it move up one place, so positions stay 1..n. */
export const withoutArticle = (list: readonly string[], documentId: string): string[] => list.filter((id) => id !== documentId);

/**
 * The list an edit by an admin who may not read every member makes: `shown` in its
 * order, with the members it may not read (and does not name) at the positions they
 * had; where `shown` is shorter than before, those past its end follow it in their order.
 */
export const keepHidden = (current: readonly string[], shown: readonly string[], hidden: (documentId: string) => boolean): string[] => {
  const named = new Set(shown);
  const keptAt = new Map(
    current.flatMap((documentId, index) => (hidden(documentId) && !named.has(documentId) ? [[index, documentId] as const] : []))
  );
  const list: string[] = [];
  let next = 0;
  let kept = 0;
  for (let index = 0; next < shown.length || kept < keptAt.size; index += 1) {
    const keep = keptAt.get(index);
    if (keep !== undefined) {
      list.push(keep);
      kept += 1;
    } else if (next < shown.length) {
      list.push(shown[next]);
      next += 1;
    }
  }
  return list;
};

/** The stored positions of a list: 1 for the first article, no gaps. */
export const positionsOf = (list: readonly string[]): Array<{ articleDocumentId: string; position: number }> =>
  list.map((articleDocumentId, index) => ({ articleDocumentId, position: index + 1 }));

/** An article's place in a list: its position, the list's length, and its neighbors there (null at an end). */
export const placeIn = (list: readonly string[], documentId: string) => {
  const index = list.indexOf(documentId);
  if (index < 0) return null;
  return { position: index + 1, total: list.length, previous: list[index - 1] ?? null, next: list[index + 1] ?? null };
};

/** Longest documentId kept in a stored list (the index column's width). */
const MAX_DOCUMENT_ID_LENGTH = 255;

/**
 * A series row's stored `articles` value as a list: JSON text (SQLite, MariaDB) or
 * an array (PostgreSQL, MySQL). `damaged` when it is anything but an array of
 * distinct documentIds (written by SQL, a restore, a bug): the list then keeps the
 * first occurrence of each valid documentId, which is what readers are shown and
 * what repair writes back. NULL (a series that never held a list) is an empty list.
 */
export const decodeList = (stored: unknown): { list: string[]; damaged: boolean } => {
  if (stored === null || stored === undefined) return { list: [], damaged: false };
  let value = stored;
  if (typeof stored === 'string') {
    try {
      value = JSON.parse(stored);
    } catch {
      return { list: [], damaged: true };
    }
  }
  if (!Array.isArray(value)) return { list: [], damaged: true };
  const valid = value.filter(
    (item): item is string => typeof item === 'string' && item.length > 0 && item.length <= MAX_DOCUMENT_ID_LENGTH
  );
  const list = [...new Set(valid)];
  return { list, damaged: list.length !== value.length };
};
