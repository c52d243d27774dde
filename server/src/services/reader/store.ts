import type { Core } from '@strapi/strapi';

import type { NewsroomType, TypeTables } from '../../registry';
import type { ScopeTables } from '../../registry/tables';
import { RECURSION_HINT, rowsOf, type Transaction } from '../database';

type Knex = Core.Strapi['db']['connection'] | Transaction;

/** One published article with what a page shows, as the database returns it. */
export interface ArticleRow {
  id: number;
  draftId: number | null;
  documentId: string;
  title: string;
  slug: string;
  locale: string | null;
  publishedAt: unknown;
  updatedAt: unknown;
  /** Null when the body lives in component tables (read separately). */
  body: unknown;
  summary: string | null;
  autoSummary: string | null;
  /** The mapped key-points field as stored; null when the type maps none. */
  keyPoints: unknown;
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
 * The reader API's SQL for one served type: a fixed number of statements per
 * request whatever the length of the reading order (recursive CTEs walk the order
 * inside the database). Table and column names come from Strapi's metadata.
 */
/** The upload plugin's `related` attribute: a morph relation, whose join table links a file to a cover field. */
interface MorphRelation {
  joinTable: {
    name: string;
    joinColumn: { name: string };
    morphColumn: { idColumn: { name: string }; typeColumn: { name: string } };
  };
}

export const createReaderStore = (strapi: Core.Strapi, type: NewsroomType, tables: TypeTables) => {
  const { articles: table, link, columns: c } = tables;
  const file = strapi.db.metadata.get('plugin::upload.file');
  const morph = (file.attributes.related as MorphRelation).joinTable;
  const media = {
    table: file.tableName,
    morphTable: morph.name,
    fileColumn: morph.joinColumn.name,
    idColumn: morph.morphColumn.idColumn.name,
    typeColumn: morph.morphColumn.typeColumn.name,
  };

  const teaserColumns = (alias: string) =>
    `${alias}.${c.id} AS "id", ${alias}.${c.title} AS "title", ${alias}.${c.slug} AS "slug", ${alias}.${c.summary} AS "summary", ` +
    `${alias}.${c.autoSummary} AS "autoSummary", ${alias}.${c.publishedAt} AS "publishedAt", ${alias}.${c.updatedAt} AS "updatedAt"`;

  // A type without i18n has one locale, none: its rows' locale is null.
  const draftOfSameLocale = type.localized ? `d.${c.locale} = a.${c.locale}` : `d.${c.locale} IS NULL`;
  const localeIs = (alias: string, locale: string | null) =>
    locale === null ? `${alias}.${c.locale} IS NULL` : `${alias}.${c.locale} = :locale`;

  const coverJoin = type.fields.cover
    ? `LEFT JOIN ${media.morphTable} m ON m.${media.idColumn} = a.${c.id} AND m.${media.typeColumn} = :uid AND m.field = :coverField
       LEFT JOIN ${media.table} f ON f.id = m.${media.fileColumn}`
    : `LEFT JOIN ${media.table} f ON 1 = 0`;

  /**
   * One direction of the walk along the published order: published links between
   * published rows only, so nothing a draft changed reaches readers. UNION (not
   * UNION ALL) drops repeated (row, depth) pairs, so duplicate link rows in
   * damaged data cannot multiply the rows at each step; the depth cap ends loops.
   */
  const walkDirection = (name: string, forward: boolean) => {
    const [from, to] = forward ? [link.previous, link.next] : [link.next, link.previous];
    return `${name} (id, depth) AS (
      SELECT a.${c.id}, 0 FROM ${table} a WHERE a.${c.id} = :articleId
      UNION
      SELECT n.${c.id}, w.depth + 1
      FROM ${name} w
      JOIN ${link.table} l ON l.${from} = w.id
      JOIN ${table} n ON n.${c.id} = l.${to} AND n.${c.publishedAt} IS NOT NULL
      WHERE w.depth < :maxDepth
    )`;
  };

  /**
   * Candidates `p` that share the scope's value with the article row `:articleId`:
   * the same column value, or a related document in common (compared by documentId,
   * so a related type with draft & publish matches across its versions). An article
   * without a value has no scoped neighbor.
   *
   * A relation is tested per candidate (`EXISTS`, correlated on `p`): the candidates
   * are walked in date order and the walk stops at the first that shares one related
   * document. The earlier `IN (...)` listed every (document, article) pair first: with
   * posts sharing 3,000 tags that was 600,000 pairs per read (`npm run bench:scopes`).
   */
  const sharesScope = (scope: ScopeTables) =>
    scope.kind === 'field'
      ? `p.${scope.column} = (SELECT s.${scope.column} FROM ${table} s WHERE s.${c.id} = :articleId)`
      : `EXISTS (SELECT 1 FROM ${scope.joinTable} j2
           JOIN ${scope.targetTable} t2 ON t2.${scope.targetId} = j2.${scope.targetColumn}
           JOIN ${scope.targetTable} t1 ON t1.${scope.targetDocumentId} = t2.${scope.targetDocumentId}
           JOIN ${scope.joinTable} j1 ON j1.${scope.targetColumn} = t1.${scope.targetId} AND j1.${scope.articleColumn} = :articleId
           WHERE j2.${scope.articleColumn} = p.${c.id})`;

  /** `p` shares the scope's value (a related documentId, or a column value) given as `:scopeValue`. */
  const hasScopeValue = (scope: ScopeTables) =>
    scope.kind === 'field'
      ? `p.${scope.column} = :scopeValue`
      : `EXISTS (SELECT 1 FROM ${scope.joinTable} j
           JOIN ${scope.targetTable} t ON t.${scope.targetId} = j.${scope.targetColumn}
           WHERE j.${scope.articleColumn} = p.${c.id} AND t.${scope.targetDocumentId} = :scopeValue)`;

  return {
    /**
     * The oldest and the newest published article by `publishedAt` (ties by documentId)
     * other than `row`, optionally among those sharing its scope's value: where the
     * computed order goes round (`readingOrder.wrap`); one statement. The oldest comes
     * as `next` (after the newest), the newest as `previous` (before the oldest).
     */
    async ends(knex: Knex, row: Pick<ArticleRow, 'id' | 'locale' | 'documentId'>, scope?: ScopeTables): Promise<NeighborRow[]> {
      const side = (direction: 'previous' | 'next') => {
        const order = direction === 'previous' ? 'DESC' : 'ASC';
        return `SELECT * FROM (
          SELECT '${direction}' AS "direction", 1 AS "depth", p.${c.documentId} AS "documentId", ${teaserColumns('p')}
          FROM ${table} p
          WHERE ${localeIs('p', row.locale)} AND p.${c.publishedAt} IS NOT NULL AND p.${c.documentId} <> :documentId
            ${scope ? `AND ${sharesScope(scope)}` : ''}
          ORDER BY p.${c.publishedAt} ${order}, p.${c.documentId} ${order}
          LIMIT 1) ${direction}_end`;
      };
      const rows = rowsOf<NeighborRow>(
        await knex.raw(`${side('previous')} UNION ALL ${side('next')}`, {
          ...(row.locale === null ? {} : { locale: row.locale }),
          documentId: row.documentId,
          ...(scope ? { articleId: row.id } : {}),
        })
      );
      return rows.map((item) => ({ ...item, depth: 1, id: Number(item.id) }));
    },

    /**
     * The newest published articles of a locale, newest first, optionally only those
     * with one scope value (`scopeValue`: a related documentId, or the column's value); one statement.
     */
    async newest(knex: Knex, locale: string | null, limit: number, scope?: { tables: ScopeTables; value: string }): Promise<NeighborRow[]> {
      const rows = rowsOf<NeighborRow>(
        await knex.raw(
          `SELECT 'next' AS "direction", 0 AS "depth", p.${c.documentId} AS "documentId", ${teaserColumns('p')}
           FROM ${table} p
           WHERE ${localeIs('p', locale)} AND p.${c.publishedAt} IS NOT NULL ${scope ? `AND ${hasScopeValue(scope.tables)}` : ''}
           ORDER BY p.${c.publishedAt} DESC, p.${c.documentId} DESC
           LIMIT ${Number(limit)}`,
          { ...(locale === null ? {} : { locale }), ...(scope ? { scopeValue: scope.value } : {}) }
        )
      );
      return rows.map((item) => ({ ...item, depth: 0, id: Number(item.id) }));
    },

    /**
     * The published articles of the row's locale that `scored` (a subquery answering
     * `related_document_id` and `related_dot`) rates, best first, optionally within a scope; one statement.
     * Joined to the published rows, so an index row of an unpublished version is never shown.
     */
    async ranked(
      knex: Knex,
      scored: { sql: string; bindings: Record<string, string | number> },
      row: Pick<ArticleRow, 'id' | 'locale'>,
      limit: number,
      scope?: ScopeTables
    ): Promise<Array<NeighborRow & { dot: number }>> {
      const rows = rowsOf<NeighborRow & { dot: number | string }>(
        await knex.raw(
          `SELECT 'next' AS "direction", 1 AS "depth", p.${c.documentId} AS "documentId", ${teaserColumns('p')}, s.related_dot AS "dot"
           FROM (${scored.sql}) s
           JOIN ${table} p ON p.${c.documentId} = s.related_document_id AND ${localeIs('p', row.locale)} AND p.${c.publishedAt} IS NOT NULL
           ${scope ? `WHERE ${sharesScope(scope)}` : ''}
           ORDER BY s.related_dot DESC, p.${c.publishedAt} DESC, p.${c.documentId} ASC
           LIMIT :limit`,
          { ...scored.bindings, ...(row.locale === null ? {} : { locale: row.locale }), ...(scope ? { articleId: row.id } : {}), limit }
        )
      );
      return rows.map((item) => ({ ...item, depth: 1, id: Number(item.id), dot: Number(item.dot) }));
    },

    /** The published article by documentId or slug in one locale (null: a type without i18n), with its cover; one statement. */
    async findPublished(knex: Knex, key: string, locale: string | null): Promise<ArticleRow | undefined> {
      const rows = rowsOf<ArticleRow>(
        await knex.raw(
          `SELECT a.${c.id} AS "id", d.${c.id} AS "draftId", a.${c.documentId} AS "documentId", a.${c.title} AS "title",
             a.${c.slug} AS "slug", a.${c.locale} AS "locale", a.${c.publishedAt} AS "publishedAt", a.${c.updatedAt} AS "updatedAt",
             ${c.body ? `a.${c.body}` : 'NULL'} AS "body", a.${c.summary} AS "summary", a.${c.autoSummary} AS "autoSummary",
             a.${c.wordCount} AS "wordCount", ${c.keyPoints ? `a.${c.keyPoints}` : 'NULL'} AS "keyPoints",
             f.id AS "coverId", f.document_id AS "coverDocumentId", f.name AS "coverName",
             f.alternative_text AS "coverAlternativeText", f.caption AS "coverCaption", f.width AS "coverWidth",
             f.height AS "coverHeight", f.formats AS "coverFormats", f.mime AS "coverMime", f.url AS "coverUrl",
             f.updated_at AS "coverUpdatedAt"
           FROM ${table} a
           LEFT JOIN ${table} d ON d.${c.documentId} = a.${c.documentId} AND ${draftOfSameLocale}
             AND d.${c.publishedAt} IS NULL
           ${coverJoin}
           WHERE ${localeIs('a', locale)} AND a.${c.publishedAt} IS NOT NULL AND (a.${c.documentId} = :key OR a.${c.slug} = :key)
           ORDER BY CASE WHEN a.${c.documentId} = :key THEN 0 ELSE 1 END
           LIMIT 1`,
          { key, ...(locale === null ? {} : { locale }), ...(type.fields.cover ? { uid: type.uid, coverField: type.fields.cover } : {}) }
        )
      );
      return rows[0];
    },

    /** The published articles linked to it each way, up to `maxDepth` steps, nearest first; one statement. */
    async walk(knex: Knex, articleId: number, maxDepth: number): Promise<NeighborRow[]> {
      const rows = rowsOf<NeighborRow>(
        await knex.raw(
          `WITH RECURSIVE ${walkDirection('ahead', true)}, ${walkDirection('behind', false)}
           SELECT ${RECURSION_HINT} 'next' AS "direction", w.depth AS "depth", p.${c.documentId} AS "documentId", ${teaserColumns('p')}
           FROM ahead w JOIN ${table} p ON p.${c.id} = w.id WHERE w.depth > 0
           UNION ALL
           SELECT 'previous' AS "direction", w.depth AS "depth", p.${c.documentId} AS "documentId", ${teaserColumns('p')}
           FROM behind w JOIN ${table} p ON p.${c.id} = w.id WHERE w.depth > 0`,
          { articleId, maxDepth }
        )
      );
      return rows.map((row) => ({ ...row, depth: Number(row.depth), id: Number(row.id) })).sort((a, b) => a.depth - b.depth || a.id - b.id);
    },

    /** The most recently published article of a locale: where a new publication lands in the `publishedAt` order. */
    async latestPublished(knex: Knex, locale: string | null): Promise<string | undefined> {
      const rows = rowsOf<{ documentId: string }>(
        await knex.raw(
          `SELECT p.${c.documentId} AS "documentId" FROM ${table} p
           WHERE ${localeIs('p', locale)} AND p.${c.publishedAt} IS NOT NULL
           ORDER BY p.${c.publishedAt} DESC, p.${c.documentId} DESC
           LIMIT 1`,
          locale === null ? {} : { locale }
        )
      );
      return rows[0]?.documentId;
    },

    /**
     * The previous and next published articles by `publishedAt`, ties broken by
     * documentId, optionally within a scope; one statement.
     */
    async byPublishedAt(
      knex: Knex,
      row: Pick<ArticleRow, 'id' | 'locale' | 'publishedAt' | 'documentId'>,
      scope?: ScopeTables
    ): Promise<NeighborRow[]> {
      const side = (direction: 'previous' | 'next') => {
        const [compare, order] = direction === 'previous' ? ['<', 'DESC'] : ['>', 'ASC'];
        return `SELECT * FROM (
          SELECT '${direction}' AS "direction", 1 AS "depth", p.${c.documentId} AS "documentId", ${teaserColumns('p')}
          FROM ${table} p
          WHERE ${localeIs('p', row.locale)} AND p.${c.publishedAt} IS NOT NULL
            AND (p.${c.publishedAt} ${compare} :publishedAt OR (p.${c.publishedAt} = :publishedAt AND p.${c.documentId} ${compare} :documentId))
            ${scope ? `AND ${sharesScope(scope)}` : ''}
          ORDER BY p.${c.publishedAt} ${order}, p.${c.documentId} ${order}
          LIMIT 1) ${direction}_side`;
      };
      const rows = rowsOf<NeighborRow>(
        await knex.raw(`${side('previous')} UNION ALL ${side('next')}`, {
          ...(row.locale === null ? {} : { locale: row.locale }),
          publishedAt: row.publishedAt,
          documentId: row.documentId,
          ...(scope ? { articleId: row.id } : {}),
        })
      );
      return rows.map((item) => ({ ...item, depth: 1, id: Number(item.id) }));
    },
  };
};
