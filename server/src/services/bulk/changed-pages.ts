import { pageTag } from '../../../../contracts/reader';
import type { RevalidatePage, RevalidateReason } from '../../../../contracts/revalidation';
import type { TypeTables } from '../../registry';
import type { Transaction } from '../database';
import type { PublishedLinkChange } from './apply-chunk';

/**
 * The pages a relink changes for readers, and how: a published link added or removed
 * changes the next teaser of its first article and the previous teaser of its second;
 * nothing else of either page, and no other page, changes. Slugs in one statement.
 */
export const changedPages = async (
  trx: Transaction,
  tables: TypeTables,
  uid: string,
  locale: string | null,
  changes: PublishedLinkChange[]
): Promise<RevalidatePage[]> => {
  const reasons = new Map<string, Set<RevalidateReason>>();
  const add = (documentId: string, reason: RevalidateReason) => reasons.set(documentId, (reasons.get(documentId) ?? new Set()).add(reason));
  for (const { previous, next } of changes) {
    add(previous, 'next-changed');
    add(next, 'previous-changed');
  }
  if (reasons.size === 0) return [];
  const { articles, columns: c } = tables;
  const slugs = new Map<string, string>();
  const documentIds = [...reasons.keys()];
  for (let start = 0; start < documentIds.length; start += 500) {
    const query = trx(articles)
      .select({ documentId: c.documentId, slug: c.slug, locale: c.locale })
      .whereIn(c.documentId, documentIds.slice(start, start + 500))
      .whereNotNull(c.publishedAt);
    for (const row of await (locale === null ? query.whereNull(c.locale) : query.where(c.locale, locale))) {
      if ((row.locale ?? null) === locale) slugs.set(row.documentId, row.slug);
    }
  }
  return documentIds.map((documentId) => ({
    type: uid,
    documentId,
    locale,
    slug: slugs.get(documentId) ?? '',
    tag: pageTag(documentId, locale),
    reasons: (['previous-changed', 'next-changed'] as const).filter((reason) => reasons.get(documentId)!.has(reason)),
  }));
};
