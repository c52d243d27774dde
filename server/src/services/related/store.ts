import type { Core } from '@strapi/strapi';

import { rowsOf, type Transaction } from '../database';
import type { WeightedTerm } from './vector';

type Knex = Core.Strapi['db']['connection'] | Transaction;

/**
 * The related-articles index: plain tables the plugin creates itself (Strapi's schema
 * sync leaves tables it never tracked alone), outside of any content type, so data
 * transfers and the Content Manager never see them. Nothing here is the only copy of
 * anything: every row is derived from published content and rebuilt from it
 * (`related.reconcile`).
 */
export const DOCUMENTS_TABLE = 'newsroom_related_documents';
export const TERMS_TABLE = 'newsroom_related_terms';

/** A type without i18n has no locale: stored as '' so that keys compare with `=`. */
export const localeKey = (locale: string | null): string => locale ?? '';

/** One indexed published version: which row it was computed from, and when that row was written. */
export interface IndexedDocument {
  locale: string;
  documentId: string;
  stamp: string;
}

export interface IndexEntry extends IndexedDocument {
  vector: WeightedTerm[];
}

/** knex's table builder (the callback's parameter is untyped on a transaction-or-connection union). */
type TableBuilder = import('knex').Knex.CreateTableBuilder;

/** Rows per INSERT: far below every database's limit on bound parameters. */
const INSERT_CHUNK = 200;

export const ensureTables = async (knex: Knex) => {
  // `knex.schema` is a new builder on each access: one reused would run every statement queued on it so far.
  if (!(await knex.schema.hasTable(DOCUMENTS_TABLE))) {
    await knex.schema.createTable(DOCUMENTS_TABLE, (table: TableBuilder) => {
      table.string('type', 255).notNullable();
      table.string('locale', 64).notNullable();
      table.string('document_id', 255).notNullable();
      table.string('stamp', 64).notNullable();
      table.primary(['type', 'locale', 'document_id']);
    });
  }
  if (!(await knex.schema.hasTable(TERMS_TABLE))) {
    await knex.schema.createTable(TERMS_TABLE, (table: TableBuilder) => {
      table.string('type', 255).notNullable();
      table.string('locale', 64).notNullable();
      table.string('document_id', 255).notNullable();
      table.string('term', 64).notNullable();
      table.double('weight').notNullable();
      // The postings of a term (a query), and the stems of one article (its vector, its removal).
      table.index(['type', 'locale', 'term', 'document_id', 'weight'], 'newsroom_related_terms_postings');
      table.index(['type', 'document_id'], 'newsroom_related_terms_document');
    });
  }
};

/** Every published version indexed for a type: what `reconcile` compares with the content. */
export const indexedDocuments = async (knex: Knex, type: string): Promise<IndexedDocument[]> =>
  (await knex(DOCUMENTS_TABLE).where({ type }).select('locale', 'document_id as documentId', 'stamp')) as IndexedDocument[];

/** Replaces what the index holds of some documents (all their locales) with `entries`. */
export const replaceDocuments = async (trx: Transaction, type: string, documentIds: string[], entries: IndexEntry[]) => {
  if (documentIds.length > 0) {
    await trx(TERMS_TABLE).where({ type }).whereIn('document_id', documentIds).delete();
    await trx(DOCUMENTS_TABLE).where({ type }).whereIn('document_id', documentIds).delete();
  }
  const documents = entries.map(({ locale, documentId, stamp }) => ({ type, locale, document_id: documentId, stamp }));
  const terms = entries.flatMap(({ locale, documentId, vector }) =>
    vector.map(({ term, weight }) => ({ type, locale, document_id: documentId, term, weight }))
  );
  for (let i = 0; i < documents.length; i += INSERT_CHUNK) await trx(DOCUMENTS_TABLE).insert(documents.slice(i, i + INSERT_CHUNK));
  for (let i = 0; i < terms.length; i += INSERT_CHUNK) await trx(TERMS_TABLE).insert(terms.slice(i, i + INSERT_CHUNK));
};

/** Removes the index rows of versions no longer published, by (locale, documentId). */
export const removeDocuments = async (trx: Transaction, type: string, gone: Array<{ locale: string; documentId: string }>) => {
  for (const { locale, documentId } of gone) {
    await trx(TERMS_TABLE).where({ type, locale, document_id: documentId }).delete();
    await trx(DOCUMENTS_TABLE).where({ type, locale, document_id: documentId }).delete();
  }
};

/** An indexed article's stems with how many indexed articles of its type and locale have each, and how many there are; one statement. */
export const vectorWithFrequencies = async (knex: Knex, type: string, locale: string, documentId: string) => {
  const rows = rowsOf(
    await knex.raw(
      `SELECT t.term AS "term", t.weight AS "weight",
         (SELECT COUNT(*) FROM ${TERMS_TABLE} x WHERE x.type = t.type AND x.locale = t.locale AND x.term = t.term) AS "df",
         (SELECT COUNT(*) FROM ${DOCUMENTS_TABLE} d WHERE d.type = t.type AND d.locale = t.locale) AS "total"
       FROM ${TERMS_TABLE} t
       WHERE t.type = ? AND t.locale = ? AND t.document_id = ?`,
      [type, locale, documentId]
    )
  ) as Array<{ term: string; weight: number | string; df: number | string; total: number | string }>;
  return {
    vector: rows.map(({ term, weight }) => ({ term, weight: Number(weight) })),
    documentFrequency: new Map(rows.map(({ term, df }) => [term, Number(df)])),
    total: rows.length > 0 ? Number(rows[0].total) : 0,
  };
};

const sqlNumber = (value: number): string => {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite weight: ${value}`);
  return value.toExponential(12);
};

/**
 * The dot product of each candidate with the query, as a subquery answering
 * `related_document_id` and `related_dot` (named bindings:
 * `:relatedType`, `:relatedLocale`, `:relatedSelf`, `:relatedTerm0`...). The terms are
 * bound values; the weights, numbers computed here, are inlined. The database sums
 * over the postings of the query's terms only (QUERY_TERMS at most).
 */
export const scoreSql = (query: WeightedTerm[]) => {
  const names = query.map((_, k) => `relatedTerm${k}`);
  const cases = query.map(({ weight }, k) => `WHEN :${names[k]} THEN ${sqlNumber(weight)}`).join(' ');
  return {
    // Plain lower-case aliases: the outer query refers to them, and MySQL reads "quoted" names as strings.
    sql: `SELECT r.document_id AS related_document_id, SUM(r.weight * CASE r.term ${cases} ELSE 0 END) AS related_dot
      FROM ${TERMS_TABLE} r
      WHERE r.type = :relatedType AND r.locale = :relatedLocale AND r.term IN (${names.map((name) => `:${name}`).join(', ')})
        AND r.document_id <> :relatedSelf
      GROUP BY r.document_id`,
    bindings: (type: string, locale: string, self: string): Record<string, string> => ({
      ...Object.fromEntries(query.map(({ term }, k) => [names[k], term])),
      relatedType: type,
      relatedLocale: locale,
      relatedSelf: self,
    }),
  };
};
