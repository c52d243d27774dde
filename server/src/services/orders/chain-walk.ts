/**
 * Finding places in a chain without reading it: the database walks the draft links
 * (a recursive statement over the link table's indexes) and answers only the rows
 * asked for.
 *
 * Why a walk in the database and not a stored position column: a position would have
 * to be rewritten for every article after a change (a move to the head of a chain of
 * 100,000 renumbers 100,000 rows), or kept with gaps and renumbered now and then; and
 * every path that writes links would have to keep it: the Content Manager, the
 * document service, publication, the bulk link, the repair, series, imports and data
 * transfers (which write the join table without the plugin). One stale position would
 * put a move in the wrong place. The walk costs index look-ups per step inside one
 * statement (a move to the middle of 10,000 articles: 120 ms on SQLite, docs/benchmarks.md),
 * ships two or three rows whatever the chain's length, and can never disagree with the
 * links readers follow.
 */
import type { TypeTables } from '../../registry';
import { RECURSION_HINT, rowsOf, type Transaction } from '../database';

/** The row `alias` is a draft of the locale: the draft order links drafts of one locale only. */
const draftOf = (alias: string, locale: string | null) =>
  `${alias}.:publishedAt: IS NULL AND ${alias}.:locale: ${locale === null ? 'IS NULL' : '= :localeCode'}`;

/**
 * The row `column` names is a draft of the locale, looked up by its primary key. As a
 * join, SQLite's planner may read the articles by locale first, one pass per step of the
 * walk (a walk of 5,000 steps took 50 s on 10,000 articles); EXISTS keeps each step an
 * index look-up on every database.
 */
const draftRow = (column: string, locale: string | null) =>
  `EXISTS (SELECT 1 FROM :articles: d WHERE d.:id: = ${column} AND ${draftOf('d', locale)})`;

/** The tables' identifiers as knex named bindings (`:name:` quotes an identifier), and the locale. */
const bindingsOf = ({ articles, link, columns: c }: TypeTables, locale: string | null) => ({
  articles,
  links: link.table,
  previous: link.previous,
  next: link.next,
  id: c.id,
  publishedAt: c.publishedAt,
  locale: c.locale,
  localeCode: locale,
});

/**
 * The first draft row of the chain holding `rowId`, or null when its draft links go
 * round (or, damaged, lead back to more than one first article). UNION keeps each row
 * once, so a loop ends the walk.
 */
export const headOf = async (trx: Transaction, tables: TypeTables, locale: string | null, rowId: number): Promise<number | null> => {
  const rows = rowsOf(
    await trx.raw(
      `WITH RECURSIVE behind (id) AS (
         SELECT a.:id: FROM :articles: a WHERE a.:id: = :start
         UNION
         SELECT l.:previous: FROM :links: l JOIN behind ON l.:next: = behind.id
           WHERE ${draftRow('l.:previous:', locale)}
       )
       SELECT ${RECURSION_HINT} b.id AS "id" FROM behind b
       WHERE NOT EXISTS (
         SELECT 1 FROM :links: l JOIN :articles: p ON p.:id: = l.:previous: WHERE l.:next: = b.id AND ${draftOf('p', locale)}
       )`,
      { ...bindingsOf(tables, locale), start: rowId }
    )
  );
  return rows.length === 1 ? Number(rows[0].id) : null;
};

/** What a walk from the first article found. */
export interface ChainStretch {
  /** Draft row ids by their place in the chain (1 = the first), for the places asked for. */
  at: Map<number, number>;
  /** The documents at those places, in chain order. */
  documentIds: string[];
  /** The place of `watch` in the chain, when the walk met it. */
  watched: number | null;
  /** How far the walk went: the chain's length when it is shorter than the walk's reach. */
  reached: number;
  /** Damage: the walk met a row twice, or a row with two next articles. */
  damaged: boolean;
}

/**
 * Walks forward from the first row of a chain up to place `reach`, and answers the rows
 * at places `from`..`to` (`to` defaults to `reach`) and the place of `watch` (the
 * article being moved, whose place shifts the others). One statement; the rows outside
 * are never sent.
 */
export const stretchOf = async (
  trx: Transaction,
  tables: TypeTables,
  locale: string | null,
  head: number,
  { from, reach, to = reach, watch = 0 }: { from: number; reach: number; to?: number; watch?: number }
): Promise<ChainStretch> => {
  const rows = rowsOf<{
    id: number | string;
    depth: number | string;
    documentId: string;
    walked: number | string;
    rows: number | string;
    reached: number | string;
  }>(
    await trx.raw(
      `WITH RECURSIVE ahead (id, depth) AS (
         SELECT a.:id:, 1 FROM :articles: a WHERE a.:id: = :head
         UNION ALL
         SELECT l.:next:, ahead.depth + 1 FROM :links: l JOIN ahead ON l.:previous: = ahead.id
           WHERE ahead.depth < :reach AND ${draftRow('l.:next:', locale)}
       )
       SELECT ${RECURSION_HINT} w.id AS "id", w.depth AS "depth", a.:documentId: AS "documentId",
         (SELECT COUNT(*) FROM ahead) AS "walked",
         (SELECT COUNT(DISTINCT id) FROM ahead) AS "rows",
         (SELECT MAX(depth) FROM ahead) AS "reached"
       FROM ahead w JOIN :articles: a ON a.:id: = w.id
       WHERE w.depth = 1 OR (w.depth >= :from AND w.depth <= :to) OR w.id = :watch
       ORDER BY w.depth`,
      { ...bindingsOf(tables, locale), documentId: tables.columns.documentId, head, reach, from, to, watch }
    )
  );
  const at = new Map<number, number>();
  const documentIds: string[] = [];
  let watched: number | null = null;
  for (const row of rows) {
    const [id, depth] = [Number(row.id), Number(row.depth)];
    if (depth >= from && depth <= to) {
      at.set(depth, id);
      documentIds.push(row.documentId);
    }
    if (id === watch) watched = depth;
  }
  const [walked, distinct, reached] = (['walked', 'rows', 'reached'] as const).map((key) => Number(rows[0][key]));
  return { at, documentIds, watched, reached, damaged: walked !== distinct || walked !== reached };
};
