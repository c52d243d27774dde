import type { Core } from '@strapi/strapi';

import type { NewsroomType, TypeTables } from '../../registry';
import { maxRowId, RECURSION_HINT, rowsOf, type RawLinkRow, type Transaction } from '../database';

/** One row of the articles table: a draft or a published version in one locale. */
export interface ArticleVersion {
  id: number;
  documentId: string;
  /** Null on a type without i18n. */
  locale: string | null;
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

const VERSION_KEYS = ['id', 'documentId', 'locale', 'title', 'slug', 'publishedAt', 'updatedAt'] as const;

/**
 * Reads and writes one type's reading order where Strapi stores it: the join table
 * of its link fields (one row per link: the article, and the article before it).
 * Draft rows only link to draft rows, published rows to published rows.
 */
export const createLinkTable = (strapi: Core.Strapi, type: NewsroomType, tables: TypeTables) => {
  const { articles, link, columns } = tables;

  const largestId = maxRowId(strapi);

  const selectVersion = (alias: string) => VERSION_KEYS.map((key) => `${alias}.${columns[key]} as ${key}`);

  return {
    /** Every version (draft and published) of the given documents, optionally in one locale. */
    versions(trx: Transaction, documentIds: string[], locale?: string | null): Promise<ArticleVersion[]> {
      const query = trx(`${articles} as a`).select(selectVersion('a')).whereIn(`a.${columns.documentId}`, documentIds);
      // knex turns a null into IS NULL: the one locale of a type without i18n.
      if (locale !== undefined) query.where(`a.${columns.locale}`, locale);
      return query.orderBy(`a.${columns.id}`);
    },

    versionById(trx: Transaction, id: number): Promise<ArticleVersion | undefined> {
      if (id > largestId) return Promise.resolve(undefined);
      return trx(`${articles} as a`).select(selectVersion('a')).where(`a.${columns.id}`, id).first();
    },

    versionsByIds(trx: Transaction, ids: number[]): Promise<ArticleVersion[]> {
      const possible = ids.filter((id) => id <= largestId);
      if (possible.length === 0) return Promise.resolve([]);
      return trx(`${articles} as a`).select(selectVersion('a')).whereIn(`a.${columns.id}`, possible);
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
      locale: string | null;
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
          ...(q ? [{ [type.fields.title]: { $containsi: q } }] : []),
        ],
      };
      const { title, slug } = type.fields;
      const { results, pagination } = await strapi.db.query(type.uid).findPage({
        where,
        select: ['id', 'documentId', 'locale', title, slug, 'publishedAt', 'updatedAt'],
        orderBy: [{ [title]: 'asc' }, { id: 'asc' }],
        page,
        pageSize,
      });
      const drafts = results.map((row: Record<string, unknown>) => ({ ...row, title: row[title], slug: row[slug] }) as ArticleVersion);
      return { drafts, total: pagination.total };
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
      const rows = rowsOf<RawLinkRow>(
        await trx.raw(
          `WITH RECURSIVE ahead (id) AS (
             SELECT a.?? FROM ?? a WHERE a.?? = ?
             UNION
             SELECT l.?? FROM ?? l JOIN ahead ON l.?? = ahead.id
           )
           SELECT ${RECURSION_HINT} l.?? AS "previousId", l.?? AS "nextId"
           FROM ?? l JOIN ahead ON l.?? = ahead.id`,
          [
            columns.id,
            articles,
            columns.id,
            rowId,
            link.next,
            link.table,
            link.previous,
            link.previous,
            link.next,
            link.table,
            link.previous,
          ]
        )
      );
      return rows.map((row: RawLinkRow) => ({ previousId: Number(row.previousId), nextId: Number(row.nextId) }));
    },

    /**
     * Up to `steps` versions after (`forward`) or before (`backward`) a row, nearest
     * first, in one statement. The step cap bounds the walk on damaged data too.
     */
    async walk(trx: Transaction, rowId: number, direction: 'forward' | 'backward', steps: number): Promise<ArticleVersion[]> {
      if (steps <= 0) return [];
      const [from, to] = direction === 'forward' ? [link.previous, link.next] : [link.next, link.previous];
      const rows = rowsOf(
        await trx.raw(
          `WITH RECURSIVE chain (id, depth) AS (
             SELECT a.??, 0 FROM ?? a WHERE a.?? = ?
             UNION ALL
             SELECT l.??, chain.depth + 1 FROM ?? l JOIN chain ON l.?? = chain.id WHERE chain.depth < ?
           )
           SELECT ${RECURSION_HINT} ${selectVersion('a')
             .join(', ')
             .replace(/ as (\w+)/g, ' AS "$1"')}
           FROM chain JOIN ?? a ON a.?? = chain.id
           WHERE chain.depth > 0
           ORDER BY chain.depth`,
          [columns.id, articles, columns.id, rowId, to, link.table, from, steps, articles, columns.id]
        )
      );
      return rows.map((row) => ({ ...row, id: Number(row.id) }) as ArticleVersion);
    },

    async remove(trx: Transaction, links: RowLink[]): Promise<void> {
      for (const { previousId, nextId } of links) {
        await trx(link.table)
          .where({ [link.previous]: previousId, [link.next]: nextId })
          .delete();
      }
    },

    async add(trx: Transaction, links: RowLink[]): Promise<void> {
      if (links.length === 0) return;
      await trx(link.table).insert(links.map(({ previousId, nextId }) => ({ [link.previous]: previousId, [link.next]: nextId })));
    },
  };
};

export type LinkTable = ReturnType<typeof createLinkTable>;
