import type { Core } from '@strapi/strapi';

import { relatedTag } from '../../../../contracts/related';
import { getService } from '../../accessors';
import { defaultLocale } from '../../locales';
import type { NewsroomType } from '../../registry';
import { articleBody, bodyPopulate } from '../../registry/article-rows';
import { inTransaction, type Transaction } from '../database';
import { SummaryInputError } from '../summary/errors';
import {
  ensureTables,
  indexedDocuments,
  localeKey,
  removeDocuments,
  replaceDocuments,
  scoreSql,
  vectorWithFrequencies,
  type IndexEntry,
} from './store';
import { documentVector, normalizedScore, queryVector, termCounts } from './vector';

type Knex = Core.Strapi['db']['connection'] | Transaction;

/** Documents indexed per transaction when rebuilding: small, so that writers and readers interleave. */
const BATCH_SIZE = 25;
/** Pause between batches, to leave the event loop and the database to readers. */
const PAUSE_MS = 20;

const pause = () => new Promise((resolve) => setTimeout(resolve, PAUSE_MS));

/** A published version as the query engine answers it: the fields named by the type's mapping besides these. */
interface VersionRow {
  id: number;
  documentId: string;
  locale?: string | null;
  updatedAt: unknown;
  [field: string]: unknown;
}

const iso = (value: unknown) => new Date(value as string | number | Date).toISOString();

/** What a published version was computed from: a new publication is a new row, an edit in place (a transfer) a new time. */
const stampOf = (row: { id: number; updatedAt: unknown }) => `${row.id}:${iso(row.updatedAt)}`;

/**
 * Related articles: an index of the published articles' term vectors (store.ts), kept
 * in step on every publication, unpublication and deletion (the `related` document
 * middleware, inside the same transaction as the change), and rebuilt from the content
 * after startup and after a data transfer (`reconcile`). Drafts are never indexed.
 */
const related = ({ strapi }: { strapi: Core.Strapi }) => {
  let stopped = false;
  let reconciling: Promise<void> | null = null;

  const text = (value: unknown) => (typeof value === 'string' ? value : null);

  const entryOf = (type: NewsroomType, row: VersionRow, language: string | null): IndexEntry => {
    let body: unknown = null;
    try {
      body = articleBody(type, row[type.fields.body] ?? null);
    } catch (error) {
      // A stored body the plugin would refuse today: matched on its title and summary alone.
      if (!(error instanceof SummaryInputError)) throw error;
    }
    const counts = termCounts({ title: text(row[type.fields.title]), summary: text(row[type.fields.summary]), body }, language);
    return {
      locale: localeKey(type.localized ? (row.locale ?? null) : null),
      documentId: row.documentId,
      stamp: stampOf(row),
      vector: documentVector(counts),
    };
  };

  /** The published versions of some documents, every locale, with what their vectors are computed from. */
  const publishedVersions = (type: NewsroomType, documentIds: string[]): Promise<Array<VersionRow>> =>
    strapi.db.query(type.uid).findMany({
      where: { documentId: { $in: documentIds }, publishedAt: { $notNull: true } },
      select: [
        'id',
        'documentId',
        'locale',
        'updatedAt',
        type.fields.title,
        type.fields.summary,
        ...(type.bodyShape.kind === 'components' ? [] : [type.fields.body]),
      ],
      populate: bodyPopulate(type),
    });

  /** A type without i18n is read in the default locale's language, as its summaries are. */
  const languageOf = async (type: NewsroomType, row: VersionRow) => (type.localized ? (row.locale ?? null) : defaultLocale(strapi));

  /** Makes the index hold exactly the published versions of these documents (in `trx`, so it commits with the change). */
  const indexDocuments = async (trx: Transaction, type: NewsroomType, documentIds: string[]) => {
    const rows = await publishedVersions(type, documentIds);
    const entries: IndexEntry[] = [];
    for (const row of rows) entries.push(entryOf(type, row, await languageOf(type, row)));
    await replaceDocuments(trx, type.uid, documentIds, entries);
    return entries;
  };

  /** Compares the index of one type with its published rows, and brings it in step, a batch at a time. */
  const reconcileType = async (type: NewsroomType) => {
    const published = (await strapi.db.query(type.uid).findMany({
      where: { publishedAt: { $notNull: true } },
      select: ['id', 'documentId', 'locale', 'updatedAt'],
    })) as Array<{ id: number; documentId: string; locale?: string | null; updatedAt: unknown }>;
    const keyOf = (locale: string, documentId: string) => `${locale}|${documentId}`;
    const wanted = new Set(published.map((row) => keyOf(localeKey(type.localized ? (row.locale ?? null) : null), row.documentId)));
    const indexed = await indexedDocuments(strapi.db.connection, type.uid);
    const stamps = new Map(indexed.map(({ locale, documentId, stamp }) => [keyOf(locale, documentId), stamp]));
    const stale = new Set(
      published
        .filter((row) => stamps.get(keyOf(localeKey(type.localized ? (row.locale ?? null) : null), row.documentId)) !== stampOf(row))
        .map((row) => row.documentId)
    );
    const gone = indexed.filter(({ locale, documentId }) => !wanted.has(keyOf(locale, documentId)));
    const changedLocales = new Set<string>([...gone.map(({ locale }) => locale)]);
    if (gone.length > 0) await inTransaction(strapi, (trx) => removeDocuments(trx, type.uid, gone));
    const documentIds = [...stale];
    for (let i = 0; i < documentIds.length && !stopped; i += BATCH_SIZE) {
      const entries = await inTransaction(strapi, (trx) => indexDocuments(trx, type, documentIds.slice(i, i + BATCH_SIZE)));
      for (const { locale } of entries) changedLocales.add(locale);
      await pause();
    }
    const tags = [...changedLocales].map((locale) => relatedTag(type.uid, type.localized ? locale : null));
    if (tags.length > 0) await getService(strapi, 'reader-cache').invalidate(tags);
    return documentIds.length + gone.length;
  };

  return {
    /** At bootstrap, before any request: the index tables exist. */
    ensureTables: () => ensureTables(strapi.db.connection),

    indexDocuments,

    /**
     * Brings the index in step with the published content of every served type (after
     * startup, after a data transfer): only what differs is recomputed, in batches.
     * Runs in the background; a failure is logged, not thrown. Resolves when done.
     */
    reconcile(): Promise<void> {
      reconciling ??= (async () => {
        for (const type of getService(strapi, 'types').all()) {
          if (stopped) return;
          const changed = await reconcileType(type);
          if (changed > 0) strapi.log.info(`newsroom: related-articles index of ${type.uid} brought up to date (${changed} documents)`);
        }
      })()
        .catch((error) => {
          if (!stopped) strapi.log.error(`newsroom: rebuilding the related-articles index failed: ${error?.message ?? error}`);
        })
        .finally(() => {
          reconciling = null;
        });
      return reconciling;
    },

    /**
     * How to score the published article `row` against the others: the SQL subquery of
     * the dot products (null when the article shares no indexed stem with another), and
     * how a dot product becomes the score readers see.
     */
    async scoring(knex: Knex, type: NewsroomType, row: { documentId: string; locale: string | null }) {
      const locale = localeKey(type.localized ? row.locale : null);
      const { vector, documentFrequency, total } = await vectorWithFrequencies(knex, type.uid, locale, row.documentId);
      const query = queryVector(vector, documentFrequency, total);
      if (query.length === 0) return null;
      const { sql, bindings } = scoreSql(query);
      return { sql, bindings: bindings(type.uid, locale, row.documentId), score: (dot: number) => normalizedScore(dot, query, vector) };
    },

    /** Called when Strapi stops: no batch starts after this; resolves once the running one ended. */
    async stop() {
      stopped = true;
      await reconciling;
    },
  };
};

export type RelatedService = ReturnType<typeof related>;

export default related;
