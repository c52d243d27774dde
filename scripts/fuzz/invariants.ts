/**
 * The reading-order and publication invariants, checked with plain SQL on the
 * database the playground writes to, so no bug in the plugin's reads can hide one.
 */
import type { Knex } from 'knex';

import { ARTICLE_TABLE, LINK_OWNER_COLUMN, LINK_TABLE, LINK_TARGET_COLUMN } from './schema-names';

export interface InvariantResult {
  name: string;
  ok: boolean;
  /** Up to 5 offending rows, to reproduce from. */
  examples: unknown[];
  count: number;
}

const OWNER = `l.${LINK_OWNER_COLUMN}`;
const TARGET = `l.${LINK_TARGET_COLUMN}`;

const result = (name: string, rows: unknown[]): InvariantResult => ({ name, ok: rows.length === 0, examples: rows.slice(0, 5), count: rows.length });

/** Link rows with both ends, for the checks that compare them. */
const linkedPairs = (knex: Knex) =>
  knex(`${LINK_TABLE} as l`)
    .join(`${ARTICLE_TABLE} as a`, 'a.id', OWNER)
    .join(`${ARTICLE_TABLE} as p`, 'p.id', TARGET)
    .select('a.id as id', 'a.document_id as document', 'a.locale as locale', 'a.published_at as publishedAt', 'p.id as previousId', 'p.document_id as previousDocument', 'p.locale as previousLocale', 'p.published_at as previousPublishedAt');

/** Rows of a loop in the previous-links, found by walking from every row (each row has at most one previous when the shape holds). */
const loops = (links: Array<{ owner: number; target: number }>) => {
  const previousOf = new Map<number, number>();
  for (const { owner, target } of links) if (!previousOf.has(owner)) previousOf.set(owner, target);
  const inLoop = new Set<number>();
  const done = new Set<number>();
  for (const start of previousOf.keys()) {
    const path: number[] = [];
    const onPath = new Set<number>();
    let current: number | undefined = start;
    while (current !== undefined && !done.has(current) && !onPath.has(current)) {
      path.push(current);
      onPath.add(current);
      current = previousOf.get(current);
    }
    if (current !== undefined && onPath.has(current)) {
      for (const id of path.slice(path.indexOf(current))) inLoop.add(id);
    }
    for (const id of path) done.add(id);
  }
  return [...inLoop].map((id) => ({ id }));
};

export const checkInvariants = async (knex: Knex, { allowCycles }: { allowCycles: boolean }): Promise<InvariantResult[]> => {
  const links = (await knex(LINK_TABLE).select(`${LINK_OWNER_COLUMN} as owner`, `${LINK_TARGET_COLUMN} as target`)).map((row) => ({
    owner: Number(row.owner),
    target: Number(row.target),
  }));
  const pairs = await linkedPairs(knex);
  const isDraft = (value: unknown) => value === null || value === undefined;
  const results = [
    result(
      'at most one previous per row',
      await knex(LINK_TABLE).select(`${LINK_OWNER_COLUMN} as id`).count({ links: '*' }).groupBy(LINK_OWNER_COLUMN).havingRaw('count(*) > 1')
    ),
    result(
      'at most one next per row',
      await knex(LINK_TABLE).select(`${LINK_TARGET_COLUMN} as id`).count({ links: '*' }).groupBy(LINK_TARGET_COLUMN).havingRaw('count(*) > 1')
    ),
    result('no row linked to itself', links.filter((link) => link.owner === link.target)),
    result(
      'one row per document, locale and draft/published',
      await knex(ARTICLE_TABLE)
        .select('document_id', 'locale', knex.raw('case when published_at is null then 0 else 1 end as published'))
        .count({ rows: '*' })
        .groupBy('document_id', 'locale', knex.raw('case when published_at is null then 0 else 1 end'))
        .havingRaw('count(*) > 1')
    ),
    result('links join rows of one locale', pairs.filter((pair) => pair.locale !== pair.previousLocale)),
    result('no published row linked to a draft row, or a draft to a published one', pairs.filter((pair) => isDraft(pair.publishedAt) !== isDraft(pair.previousPublishedAt))),
    result(
      'no link row pointing at a missing row',
      await knex(`${LINK_TABLE} as l`)
        .leftJoin(`${ARTICLE_TABLE} as a`, 'a.id', OWNER)
        .leftJoin(`${ARTICLE_TABLE} as p`, 'p.id', TARGET)
        .whereNull('a.id')
        .orWhereNull('p.id')
        .select(`${OWNER} as owner`, `${TARGET} as target`)
    ),
  ];
  if (!allowCycles) results.push(result('no loop in the reading order', loops(links)));
  return results;
};
