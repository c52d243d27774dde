import type { Core } from '@strapi/strapi';

import { ARTICLE_UID } from '../../constants';

const INDEX_NAME = 'newsroom_articles_slug_locale_idx';

/**
 * Strapi indexes documentId but not uid fields, and readers look articles up by
 * slug: without this index every read scans the table. Strapi's schema sync leaves
 * indexes it did not create alone, so this one survives restarts; creating it is
 * idempotent and safe when several instances start at once.
 */
export const ensureSlugIndex = async (strapi: Core.Strapi) => {
  const table: string = (strapi.db.metadata.get(ARTICLE_UID) as any).tableName;
  const inspector = (strapi.db.dialect as any).schemaInspector;
  const exists = async () => ((await inspector.getIndexes(table)) as Array<{ name: string }>).some((index) => index.name === INDEX_NAME);
  if (await exists()) return;
  try {
    await strapi.db.connection.schema.alterTable(table, (builder) => {
      builder.index(['slug', 'locale'], INDEX_NAME);
    });
  } catch (error) {
    // Another instance made it first.
    if (!(await exists())) throw error;
  }
};
