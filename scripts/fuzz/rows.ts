/** The rows of every fuzzed type, read straight from the database: what the generators pick ids from. */
import type { Knex } from 'knex';

import { TYPES, type FuzzType } from './content-types';
import type { ArticleRow } from './types';

/** Rows by type uid. */
export type RowsByType = Record<string, ArticleRow[]>;

const loadRowsOf = async (knex: Knex, { tables }: FuzzType): Promise<ArticleRow[]> => {
  const rows = await knex(`${tables.articles} as a`)
    .leftJoin(`${tables.link} as l`, `l.${tables.owner}`, 'a.id')
    .leftJoin(`${tables.articles} as p`, 'p.id', `l.${tables.target}`)
    .select('a.id', 'a.document_id', 'a.locale', 'a.slug', 'a.published_at', 'p.document_id as previous')
    // A fixed order, so the same database state gives the same picks for a seed.
    .orderBy('a.id');
  return rows.map((row) => ({
    id: Number(row.id),
    documentId: row.document_id,
    locale: row.locale ?? null,
    slug: row.slug,
    published: row.published_at !== null,
    previous: row.previous ?? null,
  }));
};

export const loadRows = async (knex: Knex): Promise<RowsByType> =>
  Object.fromEntries(await Promise.all(TYPES.map(async (type) => [type.uid, await loadRowsOf(knex, type)] as const)));
