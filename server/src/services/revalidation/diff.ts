import { pageTag } from '../../../../contracts/reader';
import type { RevalidatePage, RevalidateReason } from '../../../../contracts/revalidation';
import type { PageView } from './page-view';

export interface PageKey {
  type: string;
  documentId: string;
  locale: string | null;
}

const sameTeaser = (a: PageView['previous'], b: PageView['previous']) =>
  a === b || (a !== null && b !== null && a.documentId === b.documentId && JSON.stringify(a.stamp) === JSON.stringify(b.stamp));

/**
 * How one page changed between two views of it (null: not published), or null when
 * readers see the same answer. `deleted`: the page's own document was deleted.
 */
export const diffPage = (key: PageKey, before: PageView | null, after: PageView | null, deleted: boolean): RevalidatePage | null => {
  const page = (slug: string, reasons: RevalidateReason[], previousSlug?: string): RevalidatePage => ({
    ...key,
    slug,
    ...(previousSlug === undefined ? {} : { previousSlug }),
    tag: pageTag(key.documentId, key.locale),
    reasons,
  });
  if (before === null && after === null) return null;
  if (before === null) return page(after!.slug, ['published']);
  if (after === null) return page(before.slug, [deleted ? 'deleted' : 'unpublished']);

  const reasons: RevalidateReason[] = [];
  if (before.row !== after.row) reasons.push('updated');
  if (before.slug !== after.slug) reasons.push('slug-changed');
  if (!sameTeaser(before.previous, after.previous)) reasons.push('previous-changed');
  if (!sameTeaser(before.next, after.next)) reasons.push('next-changed');
  if (reasons.length === 0) return null;
  return page(after.slug, reasons, before.slug !== after.slug ? before.slug : undefined);
};
