import type { Core } from '@strapi/strapi';

import { ARTICLE_UID } from '../../constants';

/**
 * Indexes the reader's look-ups need and Strapi does not make:
 * - by slug: Strapi indexes documentId but not uid fields, and readers look articles up by slug;
 * - by date: the `publishedAt` fallback asks for the published article just before or
 *   after one, per locale, ties broken by documentId, which without an index is a scan
 *   and sort of every article of the locale on each read.
 */
const READER_INDEXES = [
  { name: 'newsroom_articles_slug_locale_idx', columns: ['slug', 'locale'] },
  { name: 'newsroom_articles_locale_published_idx', columns: ['locale', 'published_at', 'document_id'] },
];

/**
 * Strapi's schema sync leaves indexes it did not create alone, so these survive
 * restarts; creating them is idempotent and safe when several instances start at once.
 */
export const ensureReaderIndexes = async (strapi: Core.Strapi) => {
  const table: string = (strapi.db.metadata.get(ARTICLE_UID) as any).tableName;
  const inspector = (strapi.db.dialect as any).schemaInspector;
  const existing = async () => new Set(((await inspector.getIndexes(table)) as Array<{ name: string }>).map((index) => index.name));
  const present = await existing();
  for (const { name, columns } of READER_INDEXES.filter((index) => !present.has(index.name))) {
    try {
      await strapi.db.connection.schema.alterTable(table, (builder) => {
        builder.index(columns, name);
      });
    } catch (error) {
      // Another instance made it first.
      if (!(await existing()).has(name)) throw error;
    }
  }
};
