import type { Core } from '@strapi/strapi';

import { pageTag } from '../../../../contracts/reader';
import type { RevalidatePage, RevalidateReason } from '../../../../contracts/revalidation';
import { getService } from '../../accessors';
import type { NewsroomType } from '../../registry';
import type { Transaction } from '../database';

/** Rows per page of the scan: a locale of a large site is read in bounded steps. */
const PAGE_SIZE = 1_000;

/**
 * Every page of the type readers can see in the locale (its published rows), for an
 * event that names them all: the locale is about to be deleted. Read page by page by
 * row id.
 */
export const publishedPagesOf = async (
  strapi: Core.Strapi,
  trx: Transaction,
  type: NewsroomType,
  locale: string,
  reason: RevalidateReason
): Promise<RevalidatePage[]> => {
  const { articles, columns: c } = getService(strapi, 'types').tables(type);
  const pages: RevalidatePage[] = [];
  let after = 0;
  for (;;) {
    const rows = (await trx(articles)
      .select({ id: c.id, documentId: c.documentId, locale: c.locale, slug: c.slug })
      .where(c.locale, locale)
      .whereNotNull(c.publishedAt)
      .andWhere(c.id, '>', after)
      .orderBy(c.id)
      .limit(PAGE_SIZE)) as Array<{ id: number; documentId: string; locale: string; slug: string | null }>;
    // Compared again in JavaScript: MariaDB's collation finds `en` for `EN`.
    for (const row of rows.filter((candidate) => candidate.locale === locale)) {
      pages.push({
        type: type.uid,
        documentId: row.documentId,
        locale,
        slug: row.slug ?? '',
        tag: pageTag(row.documentId, locale),
        reasons: [reason],
      });
    }
    if (rows.length < PAGE_SIZE) return pages;
    after = Number(rows[rows.length - 1].id);
  }
};
