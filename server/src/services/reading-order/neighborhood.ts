import type { Neighborhood, ReadingOrderItem } from '../../../../contracts/reading-order';
import type { Transaction } from '../database';
import type { ArticleVersion, LinkTable } from './link-table';
import { isDraft, statusOf } from './versions';

/**
 * The editors' view of the order around an article: drafts included, each with
 * its Content Manager status. Two walks of one statement each, plus one look-up
 * of the published versions.
 */
export const readNeighborhood = async (
  trx: Transaction,
  links: LinkTable,
  { documentId, locale, before, after }: { documentId: string; locale: string | null; before: number; after: number }
): Promise<Neighborhood | null> => {
  const draft = (await links.versions(trx, [documentId], locale)).find(isDraft);
  if (!draft) return null;

  // One extra step each way tells whether the order goes on; at least one finds previous/next.
  const [behind, ahead] = await Promise.all([
    links.walk(trx, draft.id, 'backward', Math.max(before, 1) + 1),
    links.walk(trx, draft.id, 'forward', Math.max(after, 1) + 1),
  ]);
  const documentIds = [draft, ...behind, ...ahead].map((version) => version.documentId);
  const published = (await links.versions(trx, documentIds, locale)).filter((version) => !isDraft(version));

  const item = (version: ArticleVersion): ReadingOrderItem => ({
    documentId: version.documentId,
    title: version.title,
    slug: version.slug,
    locale: version.locale,
    status: statusOf(
      version,
      published.find((candidate) => candidate.documentId === version.documentId)
    ),
  });

  return {
    article: item(draft),
    previous: behind[0] ? item(behind[0]) : null,
    next: ahead[0] ? item(ahead[0]) : null,
    before: behind.slice(0, before).reverse().map(item),
    after: ahead.slice(0, after).map(item),
    hasMoreBefore: behind.length > before,
    hasMoreAfter: ahead.length > after,
    // Every article is read here; the admin routes leave out those the asking admin may not read.
    hidden: { previous: false, next: false },
  };
};
