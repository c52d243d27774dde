import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';

import { SERIES_MEMBERS_TABLE } from '../../constants';
import { seriesTableOf } from '../../registry/tables';
import type { Transaction } from '../database';
import { decodeList, positionsOf, type MembershipStatus } from './plan';

/** One article of one version (draft or published) of a series in one locale. */
export interface MemberRow {
  seriesDocumentId: string;
  locale: string;
  status: MembershipStatus;
  articleType: string;
  articleDocumentId: string;
  position: number;
}

/** What a rebuild of the index changed. */
export interface IndexChange {
  added: number;
  removed: number;
}

/** Which series rows a rebuild covers: all, one series, or one locale. */
export interface IndexScope {
  documentId?: string;
  locale?: string;
}

/** Rows per statement: well under the bind-parameter limits of SQLite, PostgreSQL and MySQL. */
const ROWS_PER_STATEMENT = 100;

const statusOfRow = (publishedAt: unknown): MembershipStatus => (publishedAt === null || publishedAt === undefined ? 'draft' : 'published');

const keyOf = (row: MemberRow) =>
  JSON.stringify([row.seriesDocumentId, row.locale, row.status, row.articleType, row.articleDocumentId, row.position]);

/** A row of the members index table as the driver answers it. */
interface IndexTableRow {
  id: number;
  series_document_id: string;
  locale: string;
  status: MembershipStatus;
  article_type: string;
  article_document_id: string;
  position: number | string;
}

const fromIndexRow = (row: IndexTableRow): MemberRow & { id: number } => ({
  id: row.id,
  seriesDocumentId: row.series_document_id,
  locale: row.locale,
  status: row.status,
  articleType: row.article_type,
  articleDocumentId: row.article_document_id,
  position: Number(row.position),
});

const toIndexRow = (row: MemberRow) => ({
  series_document_id: row.seriesDocumentId,
  locale: row.locale,
  status: row.status,
  article_type: row.articleType,
  article_document_id: row.articleDocumentId,
  position: row.position,
});

const chunks = <T>(items: T[]): T[][] => {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += ROWS_PER_STATEMENT) out.push(items.slice(start, start + ROWS_PER_STATEMENT));
  return out;
};

/**
 * Where series keep their articles. Each series row (one locale, draft or published)
 * holds its own list in the hidden `articles` JSON attribute: the one place a list is
 * stored, so Strapi's export, import and transfer carry it with the series, and its
 * publish, unpublish and discard copy or drop it as they do every other field.
 *
 * The plugin's table `newsroom_series_articles` is an index derived from those lists
 * (one row per member, looked up by article for "Part N of M"). It is never the
 * truth: every write here changes a list and its index rows in the same transaction,
 * and the index is rebuilt from the lists wherever they may have changed without the
 * plugin (at startup, after a data transfer, after a locale is deleted).
 */
export const createMemberStore = (strapi: Core.Strapi) => {
  /** The series rows of the scope with their decoded lists; `locale` compared in JavaScript (MariaDB's collation finds `en` for `EN`). */
  const seriesRows = async (knex: Knex, scope: IndexScope) => {
    const s = seriesTableOf(strapi);
    const query = knex(s.table).select({
      id: s.id,
      documentId: s.documentId,
      locale: s.locale,
      publishedAt: s.publishedAt,
      articleType: s.articleType,
      articles: s.articles,
    });
    if (scope.documentId !== undefined) query.where(s.documentId, scope.documentId);
    if (scope.locale !== undefined) query.where(s.locale, scope.locale);
    const rows = (await query) as Array<Record<string, unknown>>;
    return rows
      .filter(
        (row) =>
          (scope.documentId === undefined || row.documentId === scope.documentId) &&
          (scope.locale === undefined || row.locale === scope.locale)
      )
      .map((row) => ({
        id: row.id as number,
        documentId: row.documentId as string,
        locale: row.locale as string,
        status: statusOfRow(row.publishedAt),
        articleType: (row.articleType ?? '') as string,
        stored: row.articles as unknown,
        ...decodeList(row.articles),
      }));
  };

  type SeriesRow = Awaited<ReturnType<typeof seriesRows>>[number];

  const membersOf = (row: SeriesRow): MemberRow[] =>
    positionsOf(row.list).map(({ articleDocumentId, position }) => ({
      seriesDocumentId: row.documentId,
      locale: row.locale,
      status: row.status,
      articleType: row.articleType,
      articleDocumentId,
      position,
    }));

  const indexRows = async (knex: Knex, scope: IndexScope) => {
    const query = knex(SERIES_MEMBERS_TABLE);
    if (scope.documentId !== undefined) query.where({ series_document_id: scope.documentId });
    if (scope.locale !== undefined) query.where({ locale: scope.locale });
    return ((await query) as IndexTableRow[])
      .map(fromIndexRow)
      .filter(
        (row) =>
          (scope.documentId === undefined || row.seriesDocumentId === scope.documentId) &&
          (scope.locale === undefined || row.locale === scope.locale)
      );
  };

  /** Makes the index rows of the scope exactly those its series rows' lists describe; writes only the difference (nothing on a dry run). */
  const reindex = async (knex: Knex, scope: IndexScope, { dryRun = false } = {}): Promise<IndexChange> => {
    const wanted = new Map((await seriesRows(knex, scope)).flatMap(membersOf).map((row) => [keyOf(row), row]));
    const held = await indexRows(knex, scope);
    const stale = held.filter((row) => !wanted.has(keyOf(row)));
    for (const row of held) wanted.delete(keyOf(row));
    if (dryRun) return { added: wanted.size, removed: stale.length };
    // Stale rows go first: a kept article may move to a position a stale row still holds.
    for (const ids of chunks(stale.map((row) => row.id))) await knex(SERIES_MEMBERS_TABLE).whereIn('id', ids).delete();
    for (const rows of chunks([...wanted.values()])) await knex(SERIES_MEMBERS_TABLE).insert(rows.map(toIndexRow));
    return { added: wanted.size, removed: stale.length };
  };

  const versionWhere = (documentId: string, locale: string, status: MembershipStatus) => {
    const s = seriesTableOf(strapi);
    return (query: Knex.QueryBuilder) => {
      query.where(s.documentId, documentId).andWhere(s.locale, locale);
      if (status === 'draft') query.whereNull(s.publishedAt);
      else query.whereNotNull(s.publishedAt);
    };
  };

  return {
    /** The index table, made at bootstrap once; another instance may make it first. */
    async prepare() {
      const knex = strapi.db.connection;
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
          table.unique(['series_document_id', 'locale', 'status', 'article_document_id'], {
            indexName: 'newsroom_series_articles_article_uq',
          });
          table.unique(['series_document_id', 'locale', 'status', 'position'], { indexName: 'newsroom_series_articles_position_uq' });
          table.index(['article_document_id', 'status'], 'newsroom_series_articles_article_idx');
        });
      } catch (error) {
        if (!(await knex.schema.hasTable(SERIES_MEMBERS_TABLE))) throw error;
      }
    },

    /** The articles of one version of a series in one locale, in order, from its stored list. */
    async list(knex: Knex, seriesDocumentId: string, locale: string, status: MembershipStatus): Promise<MemberRow[]> {
      const rows = await seriesRows(knex, { documentId: seriesDocumentId, locale });
      const row = rows.find((candidate) => candidate.status === status);
      return row ? membersOf(row) : [];
    },

    /** Every membership of the articles (any series, both versions), from the index. */
    async ofArticles(knex: Knex, articleType: string, articleDocumentIds: string[]): Promise<MemberRow[]> {
      if (articleDocumentIds.length === 0) return [];
      const wanted = new Set(articleDocumentIds);
      const rows: MemberRow[] = [];
      for (const ids of chunks(articleDocumentIds)) {
        const found = await knex(SERIES_MEMBERS_TABLE).where({ article_type: articleType }).whereIn('article_document_id', ids);
        rows.push(...found.map(fromIndexRow).filter((row: MemberRow) => wanted.has(row.articleDocumentId)));
      }
      return rows.map(({ id: _id, ...row }: MemberRow & { id?: number }) => row);
    },

    /**
     * Makes one version of a series in one locale exactly `articles`: its stored list,
     * then its index rows. A version with no row (an unpublished series has no published
     * row) can only be made empty.
     */
    async replace(trx: Transaction, seriesDocumentId: string, locale: string, status: MembershipStatus, articles: string[]) {
      const s = seriesTableOf(strapi);
      const updated = await trx(s.table)
        .where(versionWhere(seriesDocumentId, locale, status))
        .update({ [s.articles]: JSON.stringify(articles) });
      if (updated === 0 && articles.length > 0) {
        throw new Error(`newsroom: series ${seriesDocumentId} has no ${status} version in locale "${locale}" to hold articles`);
      }
      await reindex(trx, { documentId: seriesDocumentId, locale });
    },

    /** Whether any version of the series in any locale holds an article. */
    async hasArticles(knex: Knex, seriesDocumentId: string): Promise<boolean> {
      return (await seriesRows(knex, { documentId: seriesDocumentId })).some((row) => row.list.length > 0);
    },

    /** Rebuilds the index rows of the scope from the series rows' lists. */
    reindex,

    /** The series rows of the scope with their lists as stored and as read (for check and repair). */
    seriesRows,

    /**
     * Sites upgraded from a version that kept lists in the index table only: a series
     * row that has never held a list (NULL) takes the one its index rows describe.
     * Runs before the first rebuild, which would otherwise empty those index rows.
     */
    async adoptIndexedLists(trx: Transaction): Promise<number> {
      const s = seriesTableOf(strapi);
      const unfilled = (await seriesRows(trx, {})).filter((row) => row.stored === null || row.stored === undefined);
      if (unfilled.length === 0) return 0;
      const indexed = await indexRows(trx, {});
      let adopted = 0;
      for (const row of unfilled) {
        const list = indexed
          .filter((member) => member.seriesDocumentId === row.documentId && member.locale === row.locale && member.status === row.status)
          .sort((a, b) => a.position - b.position)
          .map((member) => member.articleDocumentId);
        if (list.length === 0) continue;
        await trx(s.table)
          .where(s.id, row.id)
          .update({ [s.articles]: JSON.stringify(list) });
        adopted += 1;
      }
      return adopted;
    },
  };
};
