import type { Core } from '@strapi/strapi';

import { ARTICLE_UID } from '../../constants';
import { articleTables, maxRowId, RECURSION_HINT, rowsOf, type Transaction } from '../database';

/** One row of the articles table: a draft or a published version in one locale. */
export interface ArticleVersion {
  id: number;
  documentId: string;
  locale: string;
  title: string;
  slug: string;
  publishedAt: Date | string | null;
  updatedAt: Date | string | null;
}

/** A link between two rows: `previousId` -> `nextId`. */
export interface RowLink {
  previousId: number;
  nextId: number;
}

const VERSION_COLUMNS = {
  id: 'id',
  documentId: 'document_id',
  locale: 'locale',
  title: 'title',
  slug: 'slug',
  publishedAt: 'published_at',
  updatedAt: 'updated_at',
} as const;

/**
 * Reads and writes the reading order where Strapi stores it: the join table of
 * `previousArticle` (one row per link: the article, and the article before it).
 * Draft rows only link to draft rows, published rows to published rows.
 */
export const createLinkTable = (strapi: Core.Strapi) => {
  const { articles, link } = articleTables(strapi);

  const largestId = maxRowId(strapi);

  const selectVersion = (alias: string) =>
    Object.entries(VERSION_COLUMNS).map(([key, column]) => `${alias}.${column} as ${key}`);

  return {
    /** Every version (draft and published) of the given documents, optionally in one locale. */
    versions(trx: Transaction, documentIds: string[], locale?: string): Promise<ArticleVersion[]> {
      const query = trx(`${articles} as a`).select(selectVersion('a')).whereIn('a.document_id', documentIds);
      if (locale !== undefined) query.where('a.locale', locale);
      return query.orderBy('a.id');
    },

    versionById(trx: Transaction, id: number): Promise<ArticleVersion | undefined> {
      if (id > largestId) return Promise.resolve(undefined);
      return trx(`${articles} as a`).select(selectVersion('a')).where('a.id', id).first();
    },

    versionsByIds(trx: Transaction, ids: number[]): Promise<ArticleVersion[]> {
      const possible = ids.filter((id) => id <= largestId);
      if (possible.length === 0) return Promise.resolve([]);
      return trx(`${articles} as a`).select(selectVersion('a')).whereIn('a.id', possible);
    },

    /**
     * Drafts of one locale whose title contains `q` (any case), by title, one page of
     * them, within `allowed` (the Content Manager's permission filters of the
     * admin asking, with their locale and creator conditions).
     */
    async searchDrafts({
      locale,
      q,
      exclude,
      page,
      pageSize,
      allowed,
    }: {
      locale: string;
      q: string;
      exclude?: string;
      page: number;
      pageSize: number;
      allowed: Record<string, unknown>;
    }): Promise<{ drafts: ArticleVersion[]; total: number }> {
      const where = {
        $and: [
          allowed,
          { locale, publishedAt: null },
          ...(exclude ? [{ documentId: { $ne: exclude } }] : []),
          ...(q ? [{ title: { $containsi: q } }] : []),
        ],
      };
      const { results, pagination } = await strapi.db.query(ARTICLE_UID).findPage({
        where,
        select: Object.keys(VERSION_COLUMNS),
        orderBy: [{ title: 'asc' }, { id: 'asc' }],
        page,
        pageSize,
      });
      return { drafts: results as ArticleVersion[], total: pagination.total };
    },

    /** The links that start or end at any of the rows. */
    linksTouching(trx: Transaction, rowIds: number[]): Promise<RowLink[]> {
      if (rowIds.length === 0) return Promise.resolve([]);
      return trx(link.table)
        .select({ previousId: link.previous, nextId: link.next })
        .whereIn(link.previous, rowIds)
        .orWhereIn(link.next, rowIds);
    },

    /**
     * Every link on the way forward from `rowId`, in one statement. UNION (not
     * UNION ALL) ends the recursion at a row seen before, so damaged data with a
     * loop still terminates.
     */
    async linksAhead(trx: Transaction, rowId: number): Promise<RowLink[]> {
      const rows = rowsOf(
        await trx.raw(
          `WITH RECURSIVE ahead (id) AS (
             SELECT a.id FROM ?? a WHERE a.id = ?
             UNION
             SELECT l.?? FROM ?? l JOIN ahead ON l.?? = ahead.id
           )
           SELECT ${RECURSION_HINT} l.?? AS "previousId", l.?? AS "nextId"
           FROM ?? l JOIN ahead ON l.?? = ahead.id`,
          [articles, rowId, link.next, link.table, link.previous, link.previous, link.next, link.table, link.previous]
        )
      );
      return rows.map((row: any) => ({ previousId: Number(row.previousId), nextId: Number(row.nextId) }));
    },

    /**
     * Up to `steps` versions after (`forward`) or before (`backward`) a row, nearest
     * first, in one statement. The step cap bounds the walk on damaged data too.
     */
    async walk(
      trx: Transaction,
      rowId: number,
      direction: 'forward' | 'backward',
      steps: number
    ): Promise<ArticleVersion[]> {
      if (steps <= 0) return [];
      const [from, to] = direction === 'forward' ? [link.previous, link.next] : [link.next, link.previous];
      const rows = rowsOf(
        await trx.raw(
          `WITH RECURSIVE chain (id, depth) AS (
             SELECT a.id, 0 FROM ?? a WHERE a.id = ?
             UNION ALL
             SELECT l.??, chain.depth + 1 FROM ?? l JOIN chain ON l.?? = chain.id WHERE chain.depth < ?
           )
           SELECT ${RECURSION_HINT} ${selectVersion('a').join(', ').replace(/ as (\w+)/g, ' AS "$1"')}
           FROM chain JOIN ?? a ON a.id = chain.id
           WHERE chain.depth > 0
           ORDER BY chain.depth`,
          [articles, rowId, to, link.table, from, steps, articles]
        )
      );
      return rows.map((row: any) => ({ ...row, id: Number(row.id) }));
    },

    async remove(trx: Transaction, links: RowLink[]): Promise<void> {
      for (const { previousId, nextId } of links) {
        await trx(link.table).where({ [link.previous]: previousId, [link.next]: nextId }).delete();
      }
    },

    async add(trx: Transaction, links: RowLink[]): Promise<void> {
      if (links.length === 0) return;
      await trx(link.table).insert(links.map(({ previousId, nextId }) => ({ [link.previous]: previousId, [link.next]: nextId })));
    },
  };
};

export type LinkTable = ReturnType<typeof createLinkTable>;
