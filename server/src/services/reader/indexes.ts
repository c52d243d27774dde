import { createHash } from 'node:crypto';

import type { Core } from '@strapi/strapi';

import { getService } from '../../accessors';
import type { TypeTables } from '../../registry';

/** PostgreSQL cuts identifiers at 63 bytes, MySQL refuses past 64. */
const MAX_INDEX_NAME = 60;

const indexName = (table: string, suffix: string) => {
  const name = `${table}_${suffix}`;
  if (name.length <= MAX_INDEX_NAME) return name;
  const hash = createHash('sha1').update(name).digest('hex').slice(0, 8);
  return `${table.slice(0, MAX_INDEX_NAME - suffix.length - 10)}_${hash}_${suffix}`;
};

/**
 * Indexes the reader's look-ups need and Strapi does not make, on every served type:
 * - by slug: Strapi indexes documentId but not uid fields, and readers look articles up by slug;
 * - by date: the `publishedAt` fallback asks for the published article just before or
 *   after one, per locale, ties broken by documentId, which without an index is a scan
 *   and sort of every article of the locale on each read.
 * (For the built-in article these are `newsroom_articles_slug_locale_idx` and
 * `newsroom_articles_locale_published_idx`, the names earlier versions made.)
 */
const readerIndexes = ({ articles, columns }: TypeTables) => [
  { name: indexName(articles, 'slug_locale_idx'), columns: [columns.slug, columns.locale] },
  { name: indexName(articles, 'locale_published_idx'), columns: [columns.locale, columns.publishedAt, columns.documentId] },
];

/**
 * Strapi's schema sync leaves indexes it did not create alone, so these survive
 * restarts; creating them is idempotent and safe when several instances start at once.
 */
export const ensureReaderIndexes = async (strapi: Core.Strapi) => {
  const types = getService(strapi, 'types');
  const inspector = strapi.db.dialect.schemaInspector;
  for (const type of types.all()) {
    const tables = types.tables(type);
    const table = tables.articles;
    const existing = async () => new Set(((await inspector.getIndexes(table)) as Array<{ name: string }>).map((index) => index.name));
    const present = await existing();
    for (const { name, columns } of readerIndexes(tables).filter((index) => !present.has(index.name))) {
      try {
        await strapi.db.connection.schema.alterTable(table, (builder) => {
          builder.index(columns, name);
        });
      } catch (error) {
        // Another instance made it first.
        if (!(await existing()).has(name)) throw error;
      }
    }
  }
};
