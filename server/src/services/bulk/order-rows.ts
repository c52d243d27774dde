import type { TypeTables } from '../../registry';
import type { Transaction } from '../database';
import type { PlanArticle, PlanRowLink } from './plan-link-by-date';

const time = (value: unknown) => (value === null || value === undefined ? null : new Date(value as string).getTime());

/**
 * Every article of one type and locale, with its draft and published rows, in one
 * statement. Locales are compared again in JavaScript: MariaDB's collation finds
 * `en` for `EN`.
 */
export const readArticles = async (trx: Transaction, tables: TypeTables, locale: string | null): Promise<PlanArticle[]> => {
  const { articles, columns: c } = tables;
  const query = trx(articles).select({
    id: c.id,
    documentId: c.documentId,
    locale: c.locale,
    title: c.title,
    publishedAt: c.publishedAt,
  });
  if (locale === null) query.whereNull(c.locale);
  else query.where(c.locale, locale);
  const byDocument = new Map<string, PlanArticle>();
  const published = new Map<string, { id: number; publishedAt: number | null }>();
  for (const row of await query) {
    if ((row.locale ?? null) !== locale) continue;
    if (row.publishedAt === null) {
      byDocument.set(row.documentId, { documentId: row.documentId, title: row.title ?? '', draftId: Number(row.id), publishedId: null, publishedAt: null });
    } else {
      published.set(row.documentId, { id: Number(row.id), publishedAt: time(row.publishedAt) });
    }
  }
  // A published row without a draft is damage (Strapi keeps a draft of every document): it is left out.
  for (const [documentId, version] of published) {
    const article = byDocument.get(documentId);
    if (article) Object.assign(article, { publishedId: version.id, publishedAt: version.publishedAt });
  }
  return [...byDocument.values()];
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
  return rows.map((row: any) => ({ previousId: Number(row.previousId), nextId: Number(row.nextId) }));
};
