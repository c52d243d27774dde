import type { ArticleStatus } from '../../../../contracts/reading-order';
import type { TypeTables } from '../../registry';
import type { PlanArticle, PlanRowLink } from '../bulk/plan-link-by-date';
import type { RawLinkRow, Transaction } from '../database';
import { statusOf } from '../reading-order/versions';

const time = (value: unknown) => (value === null || value === undefined ? null : new Date(value as string).getTime());

/** One article of a locale as the orders see it: its rows, and what the admin shows of it. */
export interface OrderRowArticle extends PlanArticle {
  slug: string;
  status: ArticleStatus;
}

/**
 * Every article of one type and locale, with its draft and published rows, in one
 * statement. Locales are compared again in JavaScript: MariaDB's collation finds
 * `en` for `EN`.
 */
export const readArticles = async (trx: Transaction, tables: TypeTables, locale: string | null): Promise<OrderRowArticle[]> => {
  const { articles, columns: c } = tables;
  const query = trx(articles).select({
    id: c.id,
    documentId: c.documentId,
    locale: c.locale,
    title: c.title,
    slug: c.slug,
    publishedAt: c.publishedAt,
    updatedAt: c.updatedAt,
  });
  if (locale === null) query.whereNull(c.locale);
  else query.where(c.locale, locale);
  const drafts = new Map<string, OrderRowArticle & { updatedAt: number | null }>();
  const published = new Map<string, { id: number; publishedAt: number | null; updatedAt: number | null }>();
  for (const row of await query) {
    if ((row.locale ?? null) !== locale) continue;
    if (row.publishedAt === null) {
      drafts.set(row.documentId, {
        documentId: row.documentId,
        title: row.title ?? '',
        slug: row.slug ?? '',
        status: 'draft',
        draftId: Number(row.id),
        publishedId: null,
        publishedAt: null,
        updatedAt: time(row.updatedAt),
      });
    } else {
      published.set(row.documentId, { id: Number(row.id), publishedAt: time(row.publishedAt), updatedAt: time(row.updatedAt) });
    }
  }
  // A published row without a draft is damage (Strapi keeps a draft of every document): it is left out.
  return [...drafts.values()].map(({ updatedAt, ...article }) => {
    const version = published.get(article.documentId);
    if (!version) return article;
    return { ...article, publishedId: version.id, publishedAt: version.publishedAt, status: statusOf({ updatedAt }, version) };
  });
};

/** Every link row with an end among the rows of one type and locale. */
export const readLinks = async (trx: Transaction, tables: TypeTables, locale: string | null): Promise<PlanRowLink[]> => {
  const { articles, columns: c, link } = tables;
  const rowsOfLocale = () => {
    const query = trx(articles).select(c.id);
    return locale === null ? query.whereNull(c.locale) : query.where(c.locale, locale);
  };
  const rows = await trx(link.table)
    .select({ previousId: link.previous, nextId: link.next })
    .whereIn(link.previous, rowsOfLocale())
    .orWhereIn(link.next, rowsOfLocale());
  return rows.map((row: RawLinkRow) => ({ previousId: Number(row.previousId), nextId: Number(row.nextId) }));
};
