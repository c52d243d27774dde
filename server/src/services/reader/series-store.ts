import type { Core } from '@strapi/strapi';

import { SERIES_MEMBERS_TABLE } from '../../constants';
import type { TypeTables } from '../../registry';
import { seriesTableOf } from '../../registry/tables';
import { rowsOf, type Transaction } from '../database';
import type { NeighborRow } from './store';

type Knex = Core.Strapi['db']['connection'] | Transaction;

/** A published series, as the reader API shows it. */
export interface SeriesRow {
  documentId: string;
  slug: string;
  title: string;
  description: string | null;
  locale: string | null;
  articleType: string;
  updatedAt: unknown;
}

/** A published article of a published series (the columns a teaser shows), with its place among the series' published articles. */
export interface SeriesMemberRow extends Omit<NeighborRow, 'direction' | 'depth'> {
  seriesDocumentId: string;
  /** 1-based, counting only what readers see. */
  position: number;
  total: number;
}

/** Where a series' articles are read from: their type's table, and the locale of their rows (null without i18n). */
export interface MemberSource {
  uid: string;
  tables: TypeTables;
  articleLocale: string | null;
}

/** The condition on an article row `a` of the members' locale. */
const articleLocaleOf = ({ tables: { columns: c }, articleLocale }: MemberSource) =>
  articleLocale === null ? `a.${c.locale} IS NULL` : `a.${c.locale} = :articleLocale`;

/**
 * The reader API's SQL for series: what readers see is the published membership
 * of a published series, restricted to the articles that are published, numbered
 * in that order (window functions: SQLite 3.25+, PostgreSQL, MySQL 8, MariaDB 10.2+).
 * One statement per question whatever the length of the series. Aliases inside the
 * statements are lowercase and unquoted: MySQL reads a double-quoted name in a WHERE
 * clause as a string.
 */
export const createSeriesStore = (strapi: Core.Strapi) => {
  const series = () => seriesTableOf(strapi);
  const m = SERIES_MEMBERS_TABLE;

  /**
   * The visible members of the series chosen by `seriesFilter` (SQL on `m`), numbered
   * per series: narrow rows (series, locale, article, place), so numbering 500 members
   * reads index entries only; `withArticles` joins the teaser columns of the few rows an
   * answer shows. `seriesLocale` null: the series of any locale (a type without i18n has
   * its series in the default locale, whichever it was when they were filled).
   */
  const visibleMembers = (source: MemberSource, seriesLocale: string | null, seriesFilter: string) => {
    const s = series();
    const { articles, columns: c } = source.tables;
    const memberLocale = seriesLocale === null ? '' : 'AND m.locale = :seriesLocale';
    return `visible AS (
      SELECT m.series_document_id AS sid, m.locale AS series_locale, m.article_document_id AS doc,
             ROW_NUMBER() OVER (PARTITION BY m.series_document_id, m.locale ORDER BY m.position) AS pos,
             COUNT(*) OVER (PARTITION BY m.series_document_id, m.locale) AS total
      FROM ${m} m
      JOIN ${s.table} s ON s.${s.documentId} = m.series_document_id AND s.${s.locale} = m.locale AND s.${s.publishedAt} IS NOT NULL
      WHERE m.status = 'published' AND m.article_type = :uid ${memberLocale} AND ${seriesFilter}
        AND EXISTS (SELECT 1 FROM ${articles} a WHERE a.${c.documentId} = m.article_document_id AND a.${c.publishedAt} IS NOT NULL AND ${articleLocaleOf(source)})
    )`;
  };

  /**
   * The member rows `rows` (a name in the WITH clause: sid, series_locale, doc, pos,
   * total) with their published article's teaser columns. CROSS JOIN keeps SQLite
   * from starting at the article table (it honours the written order there; the other
   * databases plan it themselves).
   */
  const withArticles = (source: MemberSource, rows: string, extraColumns = '', extraJoin = '') => {
    const { articles, columns: c } = source.tables;
    return `SELECT v.sid AS "seriesDocumentId", v.pos AS "position", v.total AS "total", v.doc AS "documentId", a.${c.id} AS "id",
        a.${c.title} AS "title", a.${c.slug} AS "slug", a.${c.summary} AS "summary", a.${c.autoSummary} AS "autoSummary",
        a.${c.publishedAt} AS "publishedAt", a.${c.updatedAt} AS "updatedAt"${extraColumns}
      FROM ${rows} v
      CROSS JOIN ${articles} a
      ${extraJoin}
      WHERE a.${c.documentId} = v.doc AND a.${c.publishedAt} IS NOT NULL AND ${articleLocaleOf(source)}`;
  };

  const params = (source: MemberSource, seriesLocale: string | null) => ({
    ...(seriesLocale === null ? {} : { seriesLocale }),
    uid: source.uid,
    ...(source.articleLocale === null ? {} : { articleLocale: source.articleLocale }),
  });

  /** A member row as the driver answers it: counts and ids may come back as strings. */
  const toMember = (row: SeriesMemberRow): SeriesMemberRow => ({
    ...row,
    position: Number(row.position),
    total: Number(row.total),
    id: Number(row.id),
  });

  return {
    /**
     * For every published series the article is in: the article and the visible
     * members on each side of it (its previous and next there), with the series'
     * title and slug, in one statement.
     */
    async around(
      knex: Knex,
      source: MemberSource,
      seriesLocale: string | null,
      documentId: string
    ): Promise<Array<SeriesMemberRow & { seriesSlug: string; seriesTitle: string }>> {
      const s = series();
      const memberLocale = seriesLocale === null ? '' : 'AND m2.locale = :seriesLocale';
      const rows = rowsOf<SeriesMemberRow & { seriesSlug: string; seriesTitle: string }>(
        await knex.raw(
          `WITH ${visibleMembers(
            source,
            seriesLocale,
            `m.series_document_id IN (SELECT m2.series_document_id FROM ${m} m2
               WHERE m2.status = 'published' AND m2.article_type = :uid ${memberLocale} AND m2.article_document_id = :documentId)`
          )},
          me AS (SELECT sid, series_locale, pos FROM visible WHERE doc = :documentId),
          around_rows AS (SELECT v.* FROM visible v JOIN me ON me.sid = v.sid AND me.series_locale = v.series_locale WHERE v.pos BETWEEN me.pos - 1 AND me.pos + 1)
          ${withArticles(
            source,
            'around_rows',
            `, s.${s.slug} AS "seriesSlug", s.${s.title} AS "seriesTitle"`,
            `JOIN ${s.table} s ON s.${s.documentId} = v.sid AND s.${s.locale} = v.series_locale AND s.${s.publishedAt} IS NOT NULL`
          )}
          ORDER BY v.sid, v.pos`,
          { ...params(source, seriesLocale), documentId }
        )
      );
      return rows.map((row) => ({ ...toMember(row), seriesSlug: row.seriesSlug, seriesTitle: row.seriesTitle }));
    },

    /** The published series by slug or documentId in one locale; one statement. */
    async find(knex: Knex, key: string, locale: string): Promise<SeriesRow | undefined> {
      const s = series();
      const rows = rowsOf<SeriesRow>(
        await knex.raw(
          `SELECT s.${s.documentId} AS "documentId", s.${s.slug} AS "slug", s.${s.title} AS "title", s.${s.description} AS "description",
             s.${s.locale} AS "locale", s.${s.articleType} AS "articleType", s.${s.updatedAt} AS "updatedAt"
           FROM ${s.table} s
           WHERE s.${s.locale} = :locale AND s.${s.publishedAt} IS NOT NULL AND (s.${s.documentId} = :key OR s.${s.slug} = :key)
           ORDER BY CASE WHEN s.${s.documentId} = :key THEN 0 ELSE 1 END
           LIMIT 1`,
          { key, locale }
        )
      );
      return rows[0];
    },

    /** Positions `from` to `to` (1-based, inclusive) of a published series' visible articles; one statement. */
    async members(
      knex: Knex,
      source: MemberSource,
      seriesLocale: string,
      seriesDocumentId: string,
      from: number,
      to: number
    ): Promise<SeriesMemberRow[]> {
      const rows = rowsOf<SeriesMemberRow>(
        await knex.raw(
          `WITH ${visibleMembers(source, seriesLocale, 'm.series_document_id = :seriesDocumentId')},
          page_rows AS (SELECT * FROM visible WHERE pos BETWEEN :from AND :to)
          ${withArticles(source, 'page_rows')}
          ORDER BY v.pos`,
          { ...params(source, seriesLocale), seriesDocumentId, from, to }
        )
      );
      return rows.map(toMember);
    },

    /** How many articles of a published series readers see; one statement (only for a page past the end). */
    async count(knex: Knex, source: MemberSource, seriesLocale: string, seriesDocumentId: string): Promise<number> {
      const rows = rowsOf(
        await knex.raw(
          `WITH ${visibleMembers(source, seriesLocale, 'm.series_document_id = :seriesDocumentId')} SELECT COUNT(*) AS "count" FROM visible v`,
          {
            ...params(source, seriesLocale),
            seriesDocumentId,
          }
        )
      );
      return Number(rows[0]?.count ?? 0);
    },
  };
};
