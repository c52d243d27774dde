import type { TypeTables } from '../../registry';
import type { PlanRowLink } from '../bulk/plan-link-by-date';
import { RECURSION_HINT, rowsOf, type Transaction } from '../database';
import { buildGraph, type OrderGraph } from './graph';
import { readArticlesOf, type OrderRowArticle } from './rows';
import { batches } from './write-links';

/** Part of a locale's orders, read around a few articles: what a change confined to them needs. */
export interface OrderWindow {
  articles: OrderRowArticle[];
  /** Every link row with an end at a row of `articles`. */
  links: PlanRowLink[];
  graph: OrderGraph;
}

/** The documents of the draft rows up to `radius` steps from `seeds` one way along the draft links, in one statement. */
const documentsAlong = async (
  trx: Transaction,
  { articles, link, columns: c }: TypeTables,
  seeds: number[],
  radius: number,
  way: 'forward' | 'backward'
): Promise<string[]> => {
  const [from, to] = way === 'forward' ? [link.previous, link.next] : [link.next, link.previous];
  const seedKeys = seeds.map((_, index) => `:seed${index}`).join(', ');
  const rows = rowsOf<{ documentId: string }>(
    await trx.raw(
      // UNION (not UNION ALL): seeds whose walks meet send each row once per step.
      `WITH RECURSIVE along (id, depth) AS (
         SELECT a.:id:, 0 FROM :articles: a WHERE a.:id: IN (${seedKeys})
         UNION
         SELECT l.:to:, along.depth + 1 FROM :links: l JOIN along ON l.:from: = along.id WHERE along.depth < :radius
       )
       SELECT ${RECURSION_HINT} DISTINCT a.:documentId: AS "documentId" FROM along w JOIN :articles: a ON a.:id: = w.id`,
      {
        articles,
        links: link.table,
        id: c.id,
        documentId: c.documentId,
        from,
        to,
        radius,
        ...Object.fromEntries(seeds.map((seed, index) => [`seed${index}`, seed])),
      }
    )
  );
  return rows.map((row) => row.documentId);
};

const linksTouching = async (trx: Transaction, { link }: TypeTables, rowIds: number[]): Promise<PlanRowLink[]> => {
  const rows: PlanRowLink[] = [];
  for (const batch of batches(rowIds)) {
    const found: Array<{ previousId: number | string; nextId: number | string }> = await trx(link.table)
      .select({ previousId: link.previous, nextId: link.next })
      .whereIn(link.previous, batch)
      .orWhereIn(link.next, batch);
    rows.push(...found.map((row) => ({ previousId: Number(row.previousId), nextId: Number(row.nextId) })));
  }
  // A link between two rows of the window is met from both ends.
  return [...new Map(rows.map((row) => [`${row.previousId}>${row.nextId}`, row])).values()];
};

const rowsOfArticles = (articles: OrderRowArticle[]) =>
  articles.flatMap((article) => (article.publishedId === null ? [article.draftId] : [article.draftId, article.publishedId]));

/** These articles of the locale with every link row of their rows, and the graph they make among themselves. */
export const readArticlesWithLinks = async (
  trx: Transaction,
  tables: TypeTables,
  locale: string | null,
  documentIds: string[]
): Promise<OrderWindow> => {
  const articles = await readArticlesOf(trx, tables, locale, documentIds);
  const links = await linksTouching(trx, tables, rowsOfArticles(articles));
  return { articles, links, graph: buildGraph(articles, links) };
};

/**
 * The articles within `radius` steps of the seed draft rows along the draft order
 * (both ways), every link row of their rows, and the articles at the other ends of
 * those rows (a published neighbor a staged change keeps elsewhere), with the graph
 * they make. A handful of statements, whatever the chain's or the archive's size.
 */
export const readWindow = async (
  trx: Transaction,
  tables: TypeTables,
  locale: string | null,
  seeds: number[],
  radius: number
): Promise<OrderWindow> => {
  const near = [
    ...(await documentsAlong(trx, tables, seeds, radius, 'forward')),
    ...(await documentsAlong(trx, tables, seeds, radius, 'backward')),
  ];
  const { articles, links } = await readArticlesWithLinks(trx, tables, locale, near);
  const known = new Set(rowsOfArticles(articles));
  const beyond = [...new Set(links.flatMap((row) => [row.previousId, row.nextId]))].filter((id) => !known.has(id));
  if (beyond.length > 0) {
    const { articles: table, columns: c } = tables;
    const documents: string[] = [];
    for (const batch of batches(beyond)) {
      const found: Array<{ documentId: string }> = await trx(table).select({ documentId: c.documentId }).whereIn(c.id, batch);
      documents.push(...found.map((row) => row.documentId));
    }
    const seen = new Set(articles.map((article) => article.documentId));
    articles.push(
      ...(await readArticlesOf(
        trx,
        tables,
        locale,
        documents.filter((documentId) => !seen.has(documentId))
      ))
    );
  }
  return { articles, links, graph: buildGraph(articles, links) };
};
