import type { Problem } from '../../../../contracts/reading-order-check';
import type { TypeTables } from '../../registry';
import type { Transaction } from '../database';

/** documentIds per statement: well under every database's bind-parameter limit. */
const CHUNK = 500;

const keyOf = (documentId: string, locale: string | null, published: boolean) => JSON.stringify([documentId, locale, published]);

/**
 * The problems with the title of each article version they name (null for a row that
 * no longer exists), read for the problems shown alone: a statement per 500 of their
 * documents, whatever the archive's size.
 */
export const withTitles = async <P extends Problem>(
  trx: Transaction,
  { articles, columns: c }: TypeTables,
  problems: P[]
): Promise<P[]> => {
  const named = [
    ...new Set(
      problems.flatMap((problem) => problem.articles.flatMap((article) => (article.documentId === null ? [] : [article.documentId])))
    ),
  ];
  const titles = new Map<string, string>();
  for (let start = 0; start < named.length; start += CHUNK) {
    const rows: Array<{ documentId: string; locale: string | null; publishedAt: unknown; title: string | null }> = await trx(articles)
      .select({ documentId: c.documentId, locale: c.locale, publishedAt: c.publishedAt, title: c.title })
      .whereIn(c.documentId, named.slice(start, start + CHUNK));
    for (const row of rows)
      titles.set(keyOf(row.documentId, row.locale ?? null, row.publishedAt !== null && row.publishedAt !== undefined), row.title ?? '');
  }
  return problems.map((problem) => ({
    ...problem,
    articles: problem.articles.map((article) => ({
      ...article,
      title:
        article.documentId === null || article.status === 'missing'
          ? null
          : (titles.get(keyOf(article.documentId, article.locale, article.status === 'published')) ?? null),
    })),
  }));
};
