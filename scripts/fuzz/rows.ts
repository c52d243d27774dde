/** The rows of every fuzzed type, read straight from the database: what the generators pick ids from. */
import type { Knex } from 'knex';

import { POST, TAG, TYPES, type FuzzType } from './content-types';
import type { ArticleRow, TagRow } from './types';

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

/** The playground's tags with the posts each holds (any version), in id order: what tag-side edits pick from. */
export const loadTags = async (knex: Knex): Promise<TagRow[]> => {
  const { tags, link, post, tag } = TAG.tables;
  const held = await knex(`${link} as l`)
    .join(`${POST.tables.articles} as p`, 'p.id', `l.${post}`)
    .distinct(`l.${tag} as tag`, 'p.document_id as post')
    .orderBy(['tag', 'post']);
  return (await knex(tags).select('id', 'document_id').orderBy('id')).map((row) => ({
    documentId: row.document_id,
    posts: held.filter((candidate) => Number(candidate.tag) === Number(row.id)).map((candidate) => candidate.post),
  }));
};
