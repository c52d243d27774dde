import type { LinkCandidate } from '../../../../contracts/reading-order';
import type { Transaction } from '../database';
import type { LinkTable } from './link-table';
import { isDraft, statusOf } from './versions';

export interface CandidateQuery {
  locale: string | null;
  /** The asking admin's Content Manager read filters (see permission-checker `sanitizedQuery.read`). */
  allowed: Record<string, unknown>;
  q: string;
  exclude?: string;
  page: number;
  pageSize: number;
}

/**
 * Articles an editor may link to, by title, in one locale, each with its current
 * neighbors so the admin can warn before a link is moved.
 */
export const searchCandidates = async (
  trx: Transaction,
  links: LinkTable,
  query: CandidateQuery
): Promise<{ items: LinkCandidate[]; total: number }> => {
  const { drafts, total } = await links.searchDrafts(query);
  const touching = await links.linksTouching(
    trx,
    drafts.map((draft) => draft.id)
  );
  const neighbors = await links.versionsByIds(
    trx,
    touching.flatMap((link) => [link.previousId, link.nextId])
  );
  const published = (
    await links.versions(
      trx,
      drafts.map((draft) => draft.documentId),
      query.locale
    )
  ).filter((version) => !isDraft(version));
  const brief = (id: number | undefined) => {
    const version = neighbors.find((candidate) => candidate.id === id);
    return version ? { documentId: version.documentId, title: version.title } : null;
  };

  const items = drafts.map((draft) => ({
    documentId: draft.documentId,
    title: draft.title,
    slug: draft.slug,
    locale: draft.locale,
    status: statusOf(
      draft,
      published.find((version) => version.documentId === draft.documentId)
    ),
    previous: brief(touching.find((link) => link.nextId === draft.id)?.previousId),
    next: brief(touching.find((link) => link.previousId === draft.id)?.nextId),
  }));
  return { items, total };
};
