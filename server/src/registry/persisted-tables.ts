import type { Core } from '@strapi/strapi';

import { ARTICLE_UID, SERIES_UID } from '../constants';
import type { NewsroomType } from './resolve';
import type { TypeTables } from './tables';

interface PersistedTable {
  name: string;
  dependsOn?: Array<{ name: string }>;
}

type Metadata = { tableName: string; attributes: Record<string, { joinTable?: { name: string } }> };

/** The plugin's own content types: their tables hold the built-in articles, their links and the series. */
const PLUGIN_CONTENT_TYPES = [ARTICLE_UID, SERIES_UID] as const;

/**
 * The plugin's own registered content types' tables and the join tables their relations
 * own. With `builtInArticle` off, the built-in article's entries are those a start with
 * it on recorded (recorded entries are never removed here), which is what keeps its rows.
 */
const ownTables = (strapi: Core.Strapi): PersistedTable[] =>
  PLUGIN_CONTENT_TYPES.filter((uid) => strapi.contentTypes[uid] !== undefined).flatMap((uid) => {
    const metadata = strapi.db.metadata.get(uid) as Metadata;
    const joinTables = Object.values(metadata.attributes).flatMap((attribute) => (attribute.joinTable ? [attribute.joinTable.name] : []));
    return [{ name: metadata.tableName }, ...joinTables.map((name) => ({ name, dependsOn: [{ name: metadata.tableName }] }))];
  });

/**
 * Strapi's schema sync drops a table it made once its content type or attribute is
 * gone, unless the table is listed in the core store's `persisted_tables` (how Strapi
 * keeps EE tables on a downgrade). Listed there, so that turning the plugin off (or
 * off for a type) and on again loses nothing:
 * - the tables of the plugin's own content types (built-in articles, their links,
 *   series with their lists), which would go with the plugin;
 * - the link tables the plugin adds to a site's types, each going away with its
 *   type's own table (`dependsOn`).
 * A site that removes the plugin for good drops these tables itself (docs/data.md, "Removing the plugin for good").
 */
export const persistPluginTables = async (strapi: Core.Strapi, types: Array<{ type: NewsroomType; tables: TypeTables }>) => {
  const wanted: PersistedTable[] = [
    ...ownTables(strapi),
    ...types
      .filter(({ type }) => type.addsLinkFields)
      .map(({ tables }) => ({ name: tables.link.table, dependsOn: [{ name: tables.articles }] })),
  ];
  const store = { type: 'core', key: 'persisted_tables' } as const;
  const current = ((await strapi.store.get(store)) as Array<PersistedTable | string> | null) ?? [];
  const names = new Set(current.map((table) => (typeof table === 'string' ? table : table.name)));
  const missing = wanted.filter((table) => !names.has(table.name));
  if (missing.length > 0) await strapi.store.set({ ...store, value: [...current, ...missing] });
};
