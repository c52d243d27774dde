import type { ArticleStatus } from '../../../../contracts/reading-order';
import type { TypeTables } from '../../registry';
import type { PlanArticle, PlanRowLink } from '../bulk/plan-link-by-date';
import type { RawLinkRow, Transaction } from '../database';
import { statusOf } from '../reading-order/versions';
import { batches } from './write-links';

const time = (value: unknown) => (value === null || value === undefined ? null : new Date(value as string).getTime());

/** One article of a locale as the orders see it: its rows, and what the admin shows of it. */
export interface OrderRowArticle extends PlanArticle {
  slug: string;
  status: ArticleStatus;
}

/** One row of the articles table as `selectArticles` reads it. */
interface ArticleRow {
  id: number | string;
  documentId: string;
  locale: string | null;
  title: string | null;
  slug: string | null;
  publishedAt: string | Date | null;
  updatedAt: string | Date | null;
}

const selectArticles = (trx: Transaction, { articles, columns: c }: TypeTables, locale: string | null) => {
  const query = trx(articles).select({
    id: c.id,
    documentId: c.documentId,
    locale: c.locale,
    title: c.title,
    slug: c.slug,
    publishedAt: c.publishedAt,
    updatedAt: c.updatedAt,
  });
  return locale === null ? query.whereNull(c.locale) : query.where(c.locale, locale);
};

/** Article rows (drafts and published versions) as articles. Locales are compared again: MariaDB's collation finds `en` for `EN`. */
const articlesOfRows = (rows: ArticleRow[], locale: string | null): OrderRowArticle[] => {
  const drafts = new Map<string, OrderRowArticle & { updatedAt: number | null }>();
  const published = new Map<string, { id: number; publishedAt: number | null; updatedAt: number | null }>();
  for (const row of rows) {
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

/** Every article of one type and locale, with its draft and published rows, in one statement. */
export const readArticles = async (trx: Transaction, tables: TypeTables, locale: string | null): Promise<OrderRowArticle[]> =>
  articlesOfRows(await selectArticles(trx, tables, locale), locale);

/** Some articles of one type and locale by documentId, a statement per 200. */
export const readArticlesOf = async (
  trx: Transaction,
  tables: TypeTables,
  locale: string | null,
  documentIds: string[]
): Promise<OrderRowArticle[]> => {
  const rows: ArticleRow[] = [];
  for (const batch of batches([...new Set(documentIds)]))
    rows.push(...(await selectArticles(trx, tables, locale).whereIn(tables.columns.documentId, batch)));
  return articlesOfRows(rows, locale);
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
