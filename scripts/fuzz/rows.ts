/** The article rows read straight from the database: what the generators pick ids from. */
import type { Knex } from 'knex';

import { ARTICLE_TABLE, LINK_OWNER_COLUMN, LINK_TABLE, LINK_TARGET_COLUMN } from './schema-names';
import type { ArticleRow } from './types';

export const loadRows = async (knex: Knex): Promise<ArticleRow[]> => {
  const rows = await knex(`${ARTICLE_TABLE} as a`)
    .leftJoin(`${LINK_TABLE} as l`, 'l.' + LINK_OWNER_COLUMN, 'a.id')
    .leftJoin(`${ARTICLE_TABLE} as p`, 'p.id', 'l.' + LINK_TARGET_COLUMN)
    .select('a.id', 'a.document_id', 'a.locale', 'a.slug', 'a.published_at', 'p.document_id as previous')
    // A fixed order, so the same database state gives the same picks for a seed.
    .orderBy('a.id');
  return rows.map((row) => ({
    id: Number(row.id),
    documentId: row.document_id,
    locale: row.locale,
    slug: row.slug,
    published: row.published_at !== null,
    previous: row.previous ?? null,
  }));
};
