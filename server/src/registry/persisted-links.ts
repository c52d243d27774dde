import type { Core } from '@strapi/strapi';

import type { NewsroomType } from './resolve';
import type { TypeTables } from './tables';

interface PersistedTable {
  name: string;
  dependsOn?: Array<{ name: string }>;
}

/**
 * Strapi's schema sync drops a table it made once its attribute is gone, unless the
 * table is listed in the core store's `persisted_tables` (how Strapi keeps EE tables
 * on a downgrade). The link tables the plugin adds to a site's types are listed there,
 * so turning the plugin off for a type and on again keeps its reading order; each goes
 * away with its type's own table (`dependsOn`).
 */
export const persistLinkTables = async (strapi: Core.Strapi, types: Array<{ type: NewsroomType; tables: TypeTables }>) => {
  const wanted: PersistedTable[] = types
    .filter(({ type }) => type.addsLinkFields)
    .map(({ tables }) => ({ name: tables.link.table, dependsOn: [{ name: tables.articles }] }));
  if (wanted.length === 0) return;
  const store = { type: 'core', key: 'persisted_tables' } as const;
  const current = ((await strapi.store.get(store)) as Array<PersistedTable | string> | null) ?? [];
  const names = new Set(current.map((table) => (typeof table === 'string' ? table : table.name)));
  const missing = wanted.filter((table) => !names.has(table.name));
  if (missing.length > 0) await strapi.store.set({ ...store, value: [...current, ...missing] });
};
