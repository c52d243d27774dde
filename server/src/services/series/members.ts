import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';

import { SERIES_MEMBERS_TABLE } from '../../constants';
import type { Transaction } from '../database';
import { positionsOf, type MembershipStatus } from './plan';


/** One article of one version (draft or published) of a series in one locale. */
export interface MemberRow {
  seriesDocumentId: string;
  locale: string;
  status: MembershipStatus;
  articleType: string;
  articleDocumentId: string;
  position: number;
}

/** Rows per statement: well under the bind-parameter limits of SQLite, PostgreSQL and MySQL. */
const ROWS_PER_INSERT = 100;

const fromRow = (row: any): MemberRow => ({
  seriesDocumentId: row.series_document_id,
  locale: row.locale,
  status: row.status,
  articleType: row.article_type,
  articleDocumentId: row.article_document_id,
  position: Number(row.position),
});

/**
 * The membership table the plugin owns (as `newsroom_bulk_jobs`): Strapi's schema
 * sync leaves it alone, and no series ever needs a relation field per series. The
 * unique keys make a second copy of an article or of a position in one series
 * version impossible, whatever writes it.
 */
export const createMemberTable = (strapi: Core.Strapi) => {
  const db = () => strapi.db.connection;

  return {
    /** Made at bootstrap, once; another instance may make it first. */
    async prepare() {
      const knex = db();
      if (await knex.schema.hasTable(SERIES_MEMBERS_TABLE)) return;
      try {
        await knex.schema.createTable(SERIES_MEMBERS_TABLE, (table) => {
          table.increments('id');
          table.string('series_document_id', 255).notNullable();
          table.string('locale', 64).notNullable();
          table.string('status', 16).notNullable();
          table.string('article_type', 255).notNullable();
          table.string('article_document_id', 255).notNullable();
          table.integer('position').notNullable();
          table.unique(['series_document_id', 'locale', 'status', 'article_document_id'], { indexName: 'newsroom_series_articles_article_uq' });
          table.unique(['series_document_id', 'locale', 'status', 'position'], { indexName: 'newsroom_series_articles_position_uq' });
          table.index(['article_document_id', 'status'], 'newsroom_series_articles_article_idx');
        });
      } catch (error) {
        if (!(await knex.schema.hasTable(SERIES_MEMBERS_TABLE))) throw error;
      }
    },

    /** The articles of one version of a series in one locale, in order. */
    /** Reads run in a transaction or, after a commit, on the connection. */
    async list(trx: Knex, seriesDocumentId: string, locale: string, status: MembershipStatus): Promise<MemberRow[]> {
      const rows = await trx(SERIES_MEMBERS_TABLE)
        .where({ series_document_id: seriesDocumentId, locale, status })
        .orderBy('position');
      // Compared again in JavaScript: MariaDB's collation finds `en` for `EN`.
      return rows.map(fromRow).filter((row: MemberRow) => row.locale === locale);
    },

    /** Every membership of the articles (any series, both versions). */
    async ofArticles(trx: Knex, articleType: string, articleDocumentIds: string[]): Promise<MemberRow[]> {
      if (articleDocumentIds.length === 0) return [];
      const rows = await trx(SERIES_MEMBERS_TABLE).where({ article_type: articleType }).whereIn('article_document_id', articleDocumentIds);
      return rows.map(fromRow).filter((row: MemberRow) => articleDocumentIds.includes(row.articleDocumentId));
    },

    /** Makes one version of a series in one locale exactly `articles`, positions 1..n. */
    async replace(trx: Transaction, seriesDocumentId: string, locale: string, status: MembershipStatus, articleType: string, articles: string[]) {
      await trx(SERIES_MEMBERS_TABLE).where({ series_document_id: seriesDocumentId, locale, status }).delete();
      const rows = positionsOf(articles).map(({ articleDocumentId, position }) => ({
        series_document_id: seriesDocumentId,
        locale,
        status,
        article_type: articleType,
        article_document_id: articleDocumentId,
        position,
      }));
      for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
        await trx(SERIES_MEMBERS_TABLE).insert(rows.slice(start, start + ROWS_PER_INSERT));
      }
    },

    /** Removes every version of a series in the locales. */
    async removeSeries(trx: Transaction, seriesDocumentId: string, locales: string[]) {
      await trx(SERIES_MEMBERS_TABLE).where({ series_document_id: seriesDocumentId }).whereIn('locale', locales).delete();
    },

    /** Whether any version of the series in any locale holds an article. */
    async hasArticles(trx: Transaction, seriesDocumentId: string): Promise<boolean> {
      return Boolean(await trx(SERIES_MEMBERS_TABLE).where({ series_document_id: seriesDocumentId }).first('id'));
    },
  };
};

export type MemberTable = ReturnType<typeof createMemberTable>;
