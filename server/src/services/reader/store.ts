import type { Core } from '@strapi/strapi';

import { ARTICLE_UID } from '../../constants';
import { articleTables, RECURSION_HINT, rowsOf, type Transaction } from '../database';

type Knex = Core.Strapi['db']['connection'] | Transaction;

/** One published article with what a page shows, as the database returns it. */
export interface ArticleRow {
  id: number;
  draftId: number | null;
  documentId: string;
  title: string;
  slug: string;
  locale: string;
  publishedAt: unknown;
  updatedAt: unknown;
  body: unknown;
  summary: string | null;
  autoSummary: string | null;
  wordCount: number | null;
  coverId: number | null;
  coverDocumentId: string | null;
  coverName: string | null;
  coverAlternativeText: string | null;
  coverCaption: string | null;
  coverWidth: number | null;
  coverHeight: number | null;
  coverFormats: unknown;
  coverMime: string | null;
  coverUrl: string | null;
  coverUpdatedAt: unknown;
}

/** A published neighbor found by walking the order (or by date), as the database returns it. */
export interface NeighborRow {
  direction: 'previous' | 'next';
  depth: number;
  documentId: string;
  id: number;
  title: string | null;
  slug: string | null;
  summary: string | null;
  autoSummary: string | null;
  publishedAt: unknown;
  updatedAt: unknown;
}

/**
 * The reader API's SQL: a fixed number of statements per request whatever the
 * length of the reading order (recursive CTEs walk the order inside the database).
 */
export const createReaderStore = (strapi: Core.Strapi) => {
  const { articles: table, link } = articleTables(strapi);
  const file = strapi.db.metadata.get('plugin::upload.file' as any) as any;
  const morph = file.attributes.related.joinTable;
  const media = {
    table: file.tableName as string,
    morphTable: morph.name as string,
    fileColumn: morph.joinColumn.name as string,
    idColumn: morph.morphColumn.idColumn.name as string,
    typeColumn: morph.morphColumn.typeColumn.name as string,
  };

  const teaserColumns = (alias: string) =>
    `${alias}.id AS "id", ${alias}.title AS "title", ${alias}.slug AS "slug", ${alias}.summary AS "summary", ` +
    `${alias}.auto_summary AS "autoSummary", ${alias}.published_at AS "publishedAt", ${alias}.updated_at AS "updatedAt"`;

  /**
   * One direction of the walk along the published order: published links between
   * published rows only, so nothing a draft changed reaches readers. UNION (not
   * UNION ALL) drops repeated (row, depth) pairs, so duplicate link rows in
   * damaged data cannot multiply the rows at each step; the depth cap ends loops.
   */
  const walkDirection = (name: string, forward: boolean) => {
    const [from, to] = forward ? [link.previous, link.next] : [link.next, link.previous];
    return `${name} (id, depth) AS (
      SELECT a.id, 0 FROM ${table} a WHERE a.id = :articleId
      UNION
      SELECT n.id, w.depth + 1
      FROM ${name} w
      JOIN ${link.table} l ON l.${from} = w.id
      JOIN ${table} n ON n.id = l.${to} AND n.published_at IS NOT NULL
      WHERE w.depth < :maxDepth
    )`;
  };

  return {
    /** The published article by documentId or slug in one locale, with its cover; one statement. */
    async findPublished(knex: Knex, key: string, locale: string): Promise<ArticleRow | undefined> {
      const rows = rowsOf(
        await knex.raw(
          `SELECT a.id AS "id", d.id AS "draftId", a.document_id AS "documentId", a.title AS "title", a.slug AS "slug",
             a.locale AS "locale", a.published_at AS "publishedAt", a.updated_at AS "updatedAt", a.body AS "body",
             a.summary AS "summary", a.auto_summary AS "autoSummary", a.word_count AS "wordCount",
             f.id AS "coverId", f.document_id AS "coverDocumentId", f.name AS "coverName",
             f.alternative_text AS "coverAlternativeText", f.caption AS "coverCaption", f.width AS "coverWidth",
             f.height AS "coverHeight", f.formats AS "coverFormats", f.mime AS "coverMime", f.url AS "coverUrl",
             f.updated_at AS "coverUpdatedAt"
           FROM ${table} a
           LEFT JOIN ${table} d ON d.document_id = a.document_id AND d.locale = a.locale AND d.published_at IS NULL
           LEFT JOIN ${media.morphTable} m ON m.${media.idColumn} = a.id AND m.${media.typeColumn} = :uid AND m.field = 'cover'
           LEFT JOIN ${media.table} f ON f.id = m.${media.fileColumn}
           WHERE a.locale = :locale AND a.published_at IS NOT NULL AND (a.document_id = :key OR a.slug = :key)
           ORDER BY CASE WHEN a.document_id = :key THEN 0 ELSE 1 END
           LIMIT 1`,
          { key, locale, uid: ARTICLE_UID }
        )
      );
      return rows[0];
    },

    /** The published articles linked to it each way, up to `maxDepth` steps, nearest first; one statement. */
    async walk(knex: Knex, articleId: number, maxDepth: number): Promise<NeighborRow[]> {
      const rows = rowsOf(
        await knex.raw(
          `WITH RECURSIVE ${walkDirection('ahead', true)}, ${walkDirection('behind', false)}
           SELECT ${RECURSION_HINT} 'next' AS "direction", w.depth AS "depth", p.document_id AS "documentId", ${teaserColumns('p')}
           FROM ahead w JOIN ${table} p ON p.id = w.id WHERE w.depth > 0
           UNION ALL
           SELECT 'previous' AS "direction", w.depth AS "depth", p.document_id AS "documentId", ${teaserColumns('p')}
           FROM behind w JOIN ${table} p ON p.id = w.id WHERE w.depth > 0`,
          { articleId, maxDepth }
        )
      );
      return rows
        .map((row) => ({ ...row, depth: Number(row.depth), id: Number(row.id) }))
        .sort((a, b) => a.depth - b.depth || a.id - b.id);
    },

    /** The previous and next published articles by `publishedAt`, ties broken by documentId; one statement. */
    async byPublishedAt(knex: Knex, row: Pick<ArticleRow, 'locale' | 'publishedAt' | 'documentId'>): Promise<NeighborRow[]> {
      const side = (direction: 'previous' | 'next') => {
        const [compare, order] = direction === 'previous' ? ['<', 'DESC'] : ['>', 'ASC'];
        return `SELECT * FROM (
          SELECT '${direction}' AS "direction", 1 AS "depth", p.document_id AS "documentId", ${teaserColumns('p')}
          FROM ${table} p
          WHERE p.locale = :locale AND p.published_at IS NOT NULL
            AND (p.published_at ${compare} :publishedAt OR (p.published_at = :publishedAt AND p.document_id ${compare} :documentId))
          ORDER BY p.published_at ${order}, p.document_id ${order}
          LIMIT 1) ${direction}_side`;
      };
      const rows = rowsOf(
        await knex.raw(`${side('previous')} UNION ALL ${side('next')}`, {
          locale: row.locale,
          publishedAt: row.publishedAt as any,
          documentId: row.documentId,
        })
      );
      return rows.map((item) => ({ ...item, depth: 1, id: Number(item.id) }));
    },
  };
};

export type ReaderStore = ReturnType<typeof createReaderStore>;
