import type { TypeTables } from '../../registry';
import type { RawLinkRow, Transaction } from '../database';
import type { ArticleRow, LinkRow } from './analyse';

/**
 * Reads what the check analyses, in two statements whatever the size of the
 * type: every row of its link table and every article row's identity. Every
 * locale is read, since a damaged link may cross locales.
 */
export const readCheckRows = async (trx: Transaction, tables: TypeTables): Promise<{ articles: ArticleRow[]; links: LinkRow[] }> => {
  const { articles, columns, link } = tables;
  const articleRows = await trx(articles).select({
    id: columns.id,
    documentId: columns.documentId,
    locale: columns.locale,
    publishedAt: columns.publishedAt,
  });
  // Strapi gives every join table an `id` primary key: the one way to tell two copies of a link apart.
  const linkRows = await trx(link.table).select({ id: 'id', previousId: link.previous, nextId: link.next });
  return {
    articles: articleRows.map((row: { id: number | string; documentId: string; locale: string | null; publishedAt: unknown }) => ({
      id: Number(row.id),
      documentId: row.documentId,
      locale: row.locale ?? null,
      published: row.publishedAt !== null && row.publishedAt !== undefined,
    })),
    links: linkRows.map((row: RawLinkRow & { id: number | string }) => ({
      id: Number(row.id),
      previousId: Number(row.previousId),
      nextId: Number(row.nextId),
    })),
  };
};

/** Largest number of ids in one `IN (...)`: SQLite allows 999 bound values in older builds. */
const CHUNK = 500;

/** Removes link rows by their own id. */
export const removeLinkRows = async (trx: Transaction, tables: TypeTables, ids: number[]) => {
  for (let start = 0; start < ids.length; start += CHUNK) {
    await trx(tables.link.table)
      .whereIn('id', ids.slice(start, start + CHUNK))
      .delete();
  }
};

/** Adds links (a split chain's two ends joined). */
export const addLinkRows = async (trx: Transaction, tables: TypeTables, links: Array<{ previousId: number; nextId: number }>) => {
  for (let start = 0; start < links.length; start += CHUNK) {
    await trx(tables.link.table).insert(
      links
        .slice(start, start + CHUNK)
        .map(({ previousId, nextId }) => ({ [tables.link.previous]: previousId, [tables.link.next]: nextId }))
    );
  }
};
